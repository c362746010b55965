package io.doublerandom.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An entry of the inspector directory (执法检查人员名录库): an enforcement officer or an expert
 * (professional technician, 专业技术人员) who assists but never counts as an officer.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableInspector.class)
@JsonDeserialize(as = ImmutableInspector.class)
public abstract class Inspector {
  Inspector() {}

  /** Stable identifier in the directory. */
  public abstract String id();

  /** Name. */
  public abstract String name();

  /** Code of the authority the inspector belongs to. */
  public abstract String authorityCode();

  /** Department (处室/股室) within the authority, if recorded. */
  public abstract Optional<String> department();

  /** Level of the inspector's authority. */
  public abstract AuthorityLevel level();

  /** Region of the inspector's authority. */
  public abstract RegionCode region();

  /** Officer or expert. */
  public abstract InspectorKind kind();

  /** Enforcement certificate; officers need a valid one to inspect, experts may have none. */
  public abstract Optional<EnforcementCertificate> certificate();

  /** Specialties (业务专长), sorted, for example {@code "特种设备"}. */
  @Value.NaturalOrder
  public abstract SortedSet<String> specialties();

  /** Declared conflicts of interest. */
  public abstract List<DeclaredConflict> conflicts();

  /** Periods of unavailability (leave, training, secondment), inclusive. */
  public abstract List<DateRange> unavailable();

  /** Whether the entry is active; inactive entries are never drawn. */
  @Value.Default
  public boolean active() {
    return true;
  }

  /** Whether the inspector holds a certificate valid on {@code day}. */
  public final boolean isCertifiedOn(LocalDate day) {
    return certificate().map(c -> c.isValidOn(day)).orElse(false);
  }

  /** Whether the inspector is active and not on leave on {@code day}. */
  public final boolean isAvailableOn(LocalDate day) {
    if (!active()) {
      return false;
    }
    for (DateRange r : unavailable()) {
      if (r.contains(day)) {
        return false;
      }
    }
    return true;
  }

  /** Whether any declared conflict applies to {@code entity}. */
  public final boolean hasConflictWith(MarketEntity entity) {
    for (DeclaredConflict c : conflicts()) {
      if (c.appliesTo(entity)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    Checks.requireText(id(), "inspector id");
    Checks.requireText(name(), "name of inspector " + id());
    Checks.requireText(authorityCode(), "authority code of inspector " + id());
    Checks.requireText(department(), "department of inspector " + id());
    for (String s : specialties()) {
      Checks.require(!s.isBlank() && s.equals(s.strip()) && s.indexOf(';') < 0,
          "specialty of inspector " + id(), s, "must be non-blank, trimmed and without ';'");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Inspector}. */
  public static final class Builder extends ImmutableInspector.Builder {}
}
