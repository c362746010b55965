package io.doublerandom.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of calendar dates, both ends inclusive (a leave period, a certificate's
 * validity, a task's inspection dates).
 */
public record DateRange(LocalDate from, LocalDate to) {
  /** Validates that both ends are present and {@code from <= to}. */
  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "date range must not end before it starts, got from " + from + " to " + to);
    }
  }

  /** A range of one day. */
  public static DateRange of(LocalDate day) {
    return new DateRange(day, day);
  }

  /** Whether {@code day} lies in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    return !other.to.isBefore(from) && !other.from.isAfter(to);
  }

  /** Whether every day of {@code other} lies in this range. */
  public boolean covers(DateRange other) {
    return contains(other.from) && contains(other.to);
  }
}
