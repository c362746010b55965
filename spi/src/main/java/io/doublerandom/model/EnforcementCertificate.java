package io.doublerandom.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrative enforcement certificate (执法证): its number and validity, both ends inclusive.
 */
public record EnforcementCertificate(String number, LocalDate validFrom, LocalDate validTo) {
  /** Validates the fields; messages name the value. */
  public EnforcementCertificate {
    Checks.requireText(number, "certificate number");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("certificate " + number + " must not expire ("
          + validTo + ") before it becomes valid (" + validFrom + ")");
    }
  }

  /** Whether the certificate is valid on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }

  /** Whether the certificate is valid on every day of {@code dates}. */
  public boolean isValidThroughout(DateRange dates) {
    return isValidOn(dates.from()) && isValidOn(dates.to());
  }
}
