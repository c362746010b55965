package io.doublerandom.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Which entities an inspection item applies to (检查对象), as a rule over the entity's kind,
 * industry and tags. Every non-empty condition must hold; an empty condition imposes nothing:
 *
 * <ul>
 *   <li>{@link #kinds()}: the entity's kind is one of these;
 *   <li>{@link #industries()}: the entity's industry lies within one of these GB/T 4754 codes
 *       (prefix match; an entity without an industry does not match a non-empty set);
 *   <li>{@link #allTags()}: the entity has every one of these tags;
 *   <li>{@link #anyTags()}: the entity has at least one of these tags.
 * </ul>
 *
 * <p>Registration status is not part of the rule: eligibility (operating, exclusions) is decided
 * by the draw, which records its reasons.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableApplicabilityRule.class)
@JsonDeserialize(as = ImmutableApplicabilityRule.class)
public abstract class ApplicabilityRule {
  private static final ApplicabilityRule ANY = builder().build();

  ApplicabilityRule() {}

  /** Entity kinds the item applies to; empty for all kinds. */
  @Value.NaturalOrder
  public abstract SortedSet<EntityKind> kinds();

  /** Industries the item applies to; empty for all industries. */
  @Value.NaturalOrder
  public abstract SortedSet<IndustryCode> industries();

  /** Tags an entity must all carry. */
  @Value.NaturalOrder
  public abstract SortedSet<String> allTags();

  /** Tags of which an entity must carry at least one; empty for no such condition. */
  @Value.NaturalOrder
  public abstract SortedSet<String> anyTags();

  /** Whether the rule applies to {@code entity}. */
  public final boolean matches(MarketEntity entity) {
    if (!kinds().isEmpty() && !kinds().contains(entity.kind())) {
      return false;
    }
    if (!industries().isEmpty()) {
      if (entity.industry().isEmpty()) {
        return false;
      }
      IndustryCode industry = entity.industry().get();
      boolean any = false;
      for (IndustryCode code : industries()) {
        if (code.contains(industry)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    if (!entity.tags().containsAll(allTags())) {
      return false;
    }
    if (!anyTags().isEmpty()) {
      for (String tag : anyTags()) {
        if (entity.tags().contains(tag)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks.requireTexts(allTags(), "tag of applicability rule (allTags)");
    Checks.requireTexts(anyTags(), "tag of applicability rule (anyTags)");
  }

  /** The rule that applies to every entity. */
  public static ApplicabilityRule any() {
    return ANY;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicabilityRule}. */
  public static final class Builder extends ImmutableApplicabilityRule.Builder {}
}
