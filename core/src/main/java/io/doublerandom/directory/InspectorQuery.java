package io.doublerandom.directory;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DoubleRandomStyle;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A selection of inspectors of an {@link InspectorDirectory}. Every non-empty condition must hold;
 * an empty condition imposes nothing, so {@link #all()} selects every inspector:
 *
 * <ul>
 *   <li>{@link #authorities()}: the inspector's authority code is one of these;
 *   <li>{@link #regions()}: the inspector's region lies within one of these regions;
 *   <li>{@link #levels()}: the inspector's level is one of these;
 *   <li>{@link #kinds()}: the inspector's kind is one of these;
 *   <li>{@link #specialties()}: the inspector has every one of these specialties;
 *   <li>{@link #certifiedOn()}: when present, the inspector holds a certificate valid on that
 *       day ({@link Inspector#isCertifiedOn});
 *   <li>{@link #availableOn()}: when present, the inspector is active and not on leave on that
 *       day ({@link Inspector#isAvailableOn});
 *   <li>{@link #activeOnly()}: when true, the inspector's entry is active.
 * </ul>
 */
@Value.Immutable
@DoubleRandomStyle
public abstract class InspectorQuery {
  private static final InspectorQuery ALL = builder().build();

  InspectorQuery() {}

  /** Authority codes (any of); empty for every authority. */
  @Value.NaturalOrder
  public abstract SortedSet<String> authorities();

  /** Regions (any of, by containment); empty for every region. */
  @Value.NaturalOrder
  public abstract SortedSet<RegionCode> regions();

  /** Levels (any of); empty for every level. */
  @Value.NaturalOrder
  public abstract SortedSet<AuthorityLevel> levels();

  /** Kinds (any of); empty for officers and experts alike. */
  @Value.NaturalOrder
  public abstract SortedSet<InspectorKind> kinds();

  /** Specialties the inspector must all have; empty for no condition. */
  @Value.NaturalOrder
  public abstract SortedSet<String> specialties();

  /** When present, the day on which the inspector's certificate must be valid. */
  public abstract Optional<LocalDate> certifiedOn();

  /** When present, the day on which the inspector must be active and not on leave. */
  public abstract Optional<LocalDate> availableOn();

  /** Whether only active entries are selected; false by default. */
  @Value.Default
  public boolean activeOnly() {
    return false;
  }

  /** Whether {@code inspector} satisfies every condition. */
  public final boolean matches(Inspector inspector) {
    if (!authorities().isEmpty() && !authorities().contains(inspector.authorityCode())) {
      return false;
    }
    if (!regions().isEmpty()
        && regions().stream().noneMatch(r -> r.contains(inspector.region()))) {
      return false;
    }
    if (!levels().isEmpty() && !levels().contains(inspector.level())) {
      return false;
    }
    if (!kinds().isEmpty() && !kinds().contains(inspector.kind())) {
      return false;
    }
    if (!inspector.specialties().containsAll(specialties())) {
      return false;
    }
    if (certifiedOn().isPresent() && !inspector.isCertifiedOn(certifiedOn().get())) {
      return false;
    }
    if (availableOn().isPresent() && !inspector.isAvailableOn(availableOn().get())) {
      return false;
    }
    return !activeOnly() || inspector.active();
  }

  /** The query that selects every inspector. */
  public static InspectorQuery all() {
    return ALL;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InspectorQuery}; copy an existing one with {@code builder().from(q)}. */
  public static final class Builder extends ImmutableInspectorQuery.Builder {}
}
