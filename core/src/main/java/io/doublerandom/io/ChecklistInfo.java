package io.doublerandom.io;

import io.doublerandom.model.Checklist;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a checklist's CSV files do not hold: its name, version, issuer and effective date. The
 * items and claims files are read into a checklist with these.
 *
 * @param name the checklist's name, for example {@code 随机抽查事项清单}
 * @param version its version, 1 or more
 * @param issuedBy the code of the issuing authority, if recorded
 * @param effectiveFrom the date the version is in force from, if recorded
 */
public record ChecklistInfo(String name, int version, Optional<String> issuedBy,
    Optional<LocalDate> effectiveFrom) {
  /** Validates the name (not blank) and the version (at least 1). */
  public ChecklistInfo {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("checklist name must not be blank, got '" + name + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("checklist version must be >= 1, got " + version);
    }
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }

  /** A name and version without issuer or date. */
  public static ChecklistInfo of(String name, int version) {
    return new ChecklistInfo(name, version, Optional.empty(), Optional.empty());
  }

  /** The name, version, issuer and date of an existing checklist. */
  public static ChecklistInfo of(Checklist checklist) {
    return new ChecklistInfo(checklist.name(), checklist.version(), checklist.issuedBy(),
        checklist.effectiveFrom());
  }
}
