package io.doublerandom.indicator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every indicator of one scope.
 *
 * @param scope what was evaluated
 * @param values one value per {@link Indicator}, in the enum's order
 */
public record IndicatorReport(IndicatorScope scope, Map<Indicator, IndicatorValue> values) {

  /** Validates that every indicator has its value and copies the map. */
  public IndicatorReport {
    Objects.requireNonNull(scope, "scope");
    EnumMap<Indicator, IndicatorValue> m = new EnumMap<>(Indicator.class);
    m.putAll(values);
    for (Indicator i : Indicator.values()) {
      if (m.get(i) == null || m.get(i).indicator() != i) {
        throw new IllegalArgumentException("report lacks the value of " + i);
      }
    }
    values = Collections.unmodifiableMap(m);
  }

  /** The value of {@code indicator}. */
  public IndicatorValue get(Indicator indicator) {
    return values.get(indicator);
  }

  /** One line per indicator, for example {@code 抽查户次占比 7/10 (70.0%)}. */
  public String format() {
    StringBuilder b = new StringBuilder();
    values.values().forEach(v -> b.append(v).append('\n'));
    return b.toString();
  }
}
