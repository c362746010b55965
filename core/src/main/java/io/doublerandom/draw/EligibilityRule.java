package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import io.doublerandom.model.MarketEntity;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rule that removes entities from the population of a draw before the draw, with a stable reason
 * code. {@link Eligibility} applies its rules in a fixed order and the first rule that excludes an
 * entity gives the reason counted in the manifest (docs/draw-spec.md, "Eligibility").
 *
 * <p>A rule must be a pure function of the entity (and of data fixed before the manifest): the
 * same entity always gets the same answer, whatever the order in which entities are offered.
 */
public interface EligibilityRule {
  /**
   * The reason code recorded for the entities this rule excludes: lowercase ASCII letters, digits
   * and '-', stable across versions (auditors count by it), for example {@code "under-rectification"}.
   */
  String reason();

  /**
   * The rule and its parameters in words, on one line without control characters; written into
   * the manifest's population definition.
   */
  String description();

  /** Whether the rule removes {@code entity} from the population. */
  boolean excludes(MarketEntity entity);

  /**
   * A rule of a reason code, a description and a predicate that says which entities it excludes.
   *
   * @throws IllegalArgumentException if the reason is not a token or the description is empty or
   *     contains control characters
   */
  static EligibilityRule of(String reason, String description, Predicate<MarketEntity> excludes) {
    Codec.token("eligibility rule reason", reason);
    Codec.text("description of eligibility rule " + reason, description);
    Objects.requireNonNull(excludes, "predicate of eligibility rule " + reason);
    return new EligibilityRule() {
      @Override
      public String reason() {
        return reason;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public boolean excludes(MarketEntity entity) {
        return excludes.test(entity);
      }

      @Override
      public String toString() {
        return reason + ": " + description;
      }
    };
  }
}
