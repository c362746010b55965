package io.doublerandom.indicator;

import io.doublerandom.draw.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator's value as an exact fraction, with what it counted: the ids of the units in the
 * numerator and in the denominator (visit ids, result ids or entity ids, sorted), so a platform can
 * show the drill-down and an auditor can recount by hand.
 *
 * @param indicator which indicator
 * @param numerator the count above the line
 * @param denominator the count below the line
 * @param numeratorUnits the ids counted above the line (sorted)
 * @param denominatorUnits the ids counted below the line (sorted); for {@link
 *     Indicator#INSPECTION_SHARE} the inspections declared outside the library add to {@code
 *     denominator} without an id
 */
public record IndicatorValue(Indicator indicator, long numerator, long denominator,
    List<String> numeratorUnits, List<String> denominatorUnits) {

  /** Validates that {@code 0 <= numerator <= denominator} and copies the lists. */
  public IndicatorValue {
    Objects.requireNonNull(indicator, "indicator");
    numeratorUnits = List.copyOf(numeratorUnits);
    denominatorUnits = List.copyOf(denominatorUnits);
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(indicator + ": numerator " + numerator
          + " must lie in [0, denominator " + denominator + "]");
    }
    if (numeratorUnits.size() != numerator || denominatorUnits.size() > denominator) {
      throw new IllegalArgumentException(indicator + ": " + numeratorUnits.size()
          + " numerator units for numerator " + numerator + ", " + denominatorUnits.size()
          + " denominator units for denominator " + denominator);
    }
  }

  /** The exact value {@code numerator / denominator} in lowest terms; empty when nothing counted. */
  public Optional<Rational> value() {
    return denominator == 0 ? Optional.empty() : Optional.of(Rational.of(numerator, denominator));
  }

  /**
   * The value as a percentage rounded half-up to {@code decimals} places (display only), for
   * example {@code "70.0%"}; {@code "—"} when the denominator is 0.
   */
  public String percent(int decimals) {
    if (denominator == 0) {
      return "—";
    }
    return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP) + "%";
  }

  /** {@code 抽查户次占比 7/10 (70.0%)}. */
  @Override
  public String toString() {
    return indicator.label() + " " + numerator + "/" + denominator + " (" + percent(1) + ")";
  }
}
