package io.doublerandom.indicator;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RiskRating;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An entity's general credit-risk class on a day, as the repeat-inspection indicator needs it to
 * call out low-risk entities (the notice 二(五)). A classification history (the credit-risk feed's)
 * is one implementation; {@link #of(Collection)} reads the ratings held in a directory.
 */
@FunctionalInterface
public interface RiskClasses {
  /** The entity's general class on {@code day}, or empty when it had none. */
  Optional<String> classOn(EntityId entity, LocalDate day);

  /** No entity has a class: no entity is low-risk. */
  static RiskClasses none() {
    return (entity, day) -> Optional.empty();
  }

  /**
   * The general rating each entity carries ({@link MarketEntity#riskRating}), counted from its
   * {@code assignedOn} date on: before that day the entity has no class.
   */
  static RiskClasses of(Collection<? extends MarketEntity> entities) {
    Map<EntityId, RiskRating> ratings = new TreeMap<>();
    for (MarketEntity e : entities) {
      e.riskRating(RiskRating.GENERAL).ifPresent(r -> ratings.put(e.id(), r));
    }
    return (entity, day) -> Optional.ofNullable(ratings.get(entity))
        .filter(r -> !r.assignedOn().isAfter(day)).map(RiskRating::riskClass);
  }

  /**
   * The general class each entity had on the day by the credit-risk feed's history (the
   * classification of the latest push as of that day).
   */
  static RiskClasses of(io.doublerandom.directory.RiskClassificationHistory history) {
    java.util.Objects.requireNonNull(history, "history");
    return (entity, day) -> history.ratingAsOf(entity, RiskRating.GENERAL, day)
        .map(RiskRating::riskClass);
  }

  /** Fixed classes, whatever the day (for examples and tests). */
  static RiskClasses fixed(Map<EntityId, String> classes) {
    Map<EntityId, String> copy = new TreeMap<>();
    copy.putAll(classes);
    return (entity, day) -> Optional.ofNullable(copy.get(entity));
  }
}
