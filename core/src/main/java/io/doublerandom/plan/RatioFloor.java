package io.doublerandom.plan;

import io.doublerandom.model.InspectionItem;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A lowest allowed sampling ratio for the plan items that inspect certain checklist items, with the
 * rule it comes from; for example 3% for the inspection of enterprises' published information
 * (企业公示信息抽查, 《企业公示信息抽查办法》 总局令第101号).
 *
 * @param scope whether {@code match} is an item category or an item code
 * @param match the category (抽查类别) or the item code the floor applies to
 * @param floor the lowest ratio, an exact decimal in [0, 1]
 * @param source the rule the floor comes from, named in validation messages
 */
public record RatioFloor(Scope scope, String match, BigDecimal floor, String source) {
  /** What {@link #match} names. */
  public enum Scope {
    /** Every item of a checklist category (抽查类别). */
    CATEGORY,
    /** One item by its code. */
    ITEM
  }

  /** Validates the fields. */
  public RatioFloor {
    Objects.requireNonNull(scope, "scope");
    if (match == null || match.isBlank()) {
      throw new IllegalArgumentException("floor match must not be blank, got '" + match + "'");
    }
    Objects.requireNonNull(floor, "floor");
    if (floor.signum() < 0 || floor.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("ratio floor of " + match + " must be in [0, 1], got '"
          + floor.toPlainString() + "'");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source of the ratio floor of " + match
          + " must not be blank, got '" + source + "'");
    }
  }

  /** A floor for every item of a category, the floor written as a decimal such as "0.03". */
  public static RatioFloor category(String category, String floor, String source) {
    return new RatioFloor(Scope.CATEGORY, category, new BigDecimal(floor), source);
  }

  /** A floor for one item, the floor written as a decimal such as "0.03". */
  public static RatioFloor item(String code, String floor, String source) {
    return new RatioFloor(Scope.ITEM, code, new BigDecimal(floor), source);
  }

  /** Whether the floor applies to {@code item}. */
  public boolean appliesTo(InspectionItem item) {
    return scope == Scope.CATEGORY ? item.category().equals(match) : item.code().equals(match);
  }
}
