package io.doublerandom.directory;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.DoubleRandomStyle;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A selection of entities of an {@link EntityDirectory}. Every non-empty condition must hold
 * (they are ANDed); an empty condition imposes nothing, so {@link #all()} selects every entity:
 *
 * <ul>
 *   <li>{@link #regions()}: the entity's region lies within one of these regions
 *       ({@link RegionCode#contains}: {@code 140000} selects the province, {@code 140100} a
 *       prefecture, {@code 140105} a county);
 *   <li>{@link #kinds()}: the entity's kind is one of these;
 *   <li>{@link #industries()}: the entity's industry lies within one of these GB/T 4754 codes
 *       (prefix match, {@code C} ⊃ {@code C13} ⊃ {@code C1391}); an entity without an industry
 *       does not match;
 *   <li>{@link #allTags()}: the entity has every one of these tags;
 *   <li>{@link #anyTags()}: the entity has at least one of these tags;
 *   <li>{@link #statuses()}: the entity's registration status is one of these;
 *   <li>{@link #riskClasses()}: the entity's class in the domain {@link #riskDomain()} (default
 *       {@link RiskRating#GENERAL}) is one of these; an entity without a rating in that domain
 *       does not match;
 *   <li>{@link #abnormalList()}: when present, the entity's abnormal-operations flag equals it;
 *   <li>{@link #sizes()}: the entity's size class is one of these; an entity without a size
 *       does not match;
 *   <li>{@link #rule()}: when present, the applicability rule {@link ApplicabilityRule#matches
 *       matches} the entity.
 * </ul>
 *
 * <p>{@link #matches(MarketEntity)} is the definition; {@link EntityDirectory#query} answers
 * the same from its indexes.
 */
@Value.Immutable
@DoubleRandomStyle
public abstract class EntityQuery {
  private static final EntityQuery ALL = builder().build();

  EntityQuery() {}

  /** Regions (any of, by containment); empty for every region. */
  @Value.NaturalOrder
  public abstract SortedSet<RegionCode> regions();

  /** Entity kinds (any of); empty for every kind. */
  @Value.NaturalOrder
  public abstract SortedSet<EntityKind> kinds();

  /** Industries (any of, by prefix); empty for no industry condition. */
  @Value.NaturalOrder
  public abstract SortedSet<IndustryCode> industries();

  /** Tags an entity must all carry; empty for no condition. */
  @Value.NaturalOrder
  public abstract SortedSet<String> allTags();

  /** Tags of which an entity must carry at least one; empty for no condition. */
  @Value.NaturalOrder
  public abstract SortedSet<String> anyTags();

  /** Registration statuses (any of); empty for every status. */
  @Value.NaturalOrder
  public abstract SortedSet<RegistrationStatus> statuses();

  /** The risk domain {@link #riskClasses()} refers to; {@link RiskRating#GENERAL} by default. */
  @Value.Default
  public String riskDomain() {
    return RiskRating.GENERAL;
  }

  /** Risk classes in {@link #riskDomain()} (any of); empty for no risk condition. */
  @Value.NaturalOrder
  public abstract SortedSet<String> riskClasses();

  /** When present, the required value of the abnormal-operations flag. */
  public abstract Optional<Boolean> abnormalList();

  /** Size classes (any of); empty for no size condition. */
  @Value.NaturalOrder
  public abstract SortedSet<EntitySize> sizes();

  /** When present, an applicability rule the entity must satisfy. */
  public abstract Optional<ApplicabilityRule> rule();

  /** Whether {@code entity} satisfies every condition; the definition the indexes follow. */
  public final boolean matches(MarketEntity entity) {
    if (!regions().isEmpty() && regions().stream().noneMatch(r -> r.contains(entity.region()))) {
      return false;
    }
    if (!kinds().isEmpty() && !kinds().contains(entity.kind())) {
      return false;
    }
    if (!industries().isEmpty()) {
      Optional<IndustryCode> industry = entity.industry();
      if (industry.isEmpty()
          || industries().stream().noneMatch(i -> i.contains(industry.get()))) {
        return false;
      }
    }
    if (!entity.tags().containsAll(allTags())) {
      return false;
    }
    if (!anyTags().isEmpty() && anyTags().stream().noneMatch(entity.tags()::contains)) {
      return false;
    }
    if (!statuses().isEmpty() && !statuses().contains(entity.status())) {
      return false;
    }
    if (!riskClasses().isEmpty()) {
      Optional<String> cls = entity.riskClass(riskDomain());
      if (cls.isEmpty() || !riskClasses().contains(cls.get())) {
        return false;
      }
    }
    if (abnormalList().isPresent() && abnormalList().get() != entity.abnormalList()) {
      return false;
    }
    if (!sizes().isEmpty()
        && (entity.size().isEmpty() || !sizes().contains(entity.size().get()))) {
      return false;
    }
    return rule().isEmpty() || rule().get().matches(entity);
  }

  @Value.Check
  void check() {
    if (riskDomain().isBlank()) {
      throw new IllegalArgumentException("riskDomain must not be blank, got '" + riskDomain()
          + "'");
    }
  }

  /** The query that selects every entity. */
  public static EntityQuery all() {
    return ALL;
  }

  /** The query that selects the entities an applicability rule applies to. */
  public static EntityQuery of(ApplicabilityRule rule) {
    return builder().rule(rule).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EntityQuery}; copy an existing one with {@code builder().from(q)}. */
  public static final class Builder extends ImmutableEntityQuery.Builder {}
}
