package io.doublerandom.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.doublerandom.model.DoubleRandomStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How many targets a plan item draws: exactly one of
 *
 * <ul>
 *   <li>{@link #ratiosByClass()}: a ratio per credit-risk class (差异化抽查, e.g. A 3%, B 5%, C 10%,
 *       D 20%), every class of the plan's risk scheme named;
 *   <li>{@link #ratio()}: one ratio for every entity (no risk-class differentiation);
 *   <li>{@link #count()}: a fixed number of targets (抽查数量).
 * </ul>
 *
 * <p>Ratios are exact decimals ({@link BigDecimal}, never {@code double}), since a ratio decides a
 * sample size. Their range and the configured floors and ceilings are checked by the core
 * module's plan validation, which reports every problem at once; this type only checks its shape.
 * {@link #minimumRatio()} is the published floor of the item (抽查比例不低于 x%), {@link
 * #minimumCount()} a minimum number of targets per non-empty class.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableSampling.class)
@JsonDeserialize(as = ImmutableSampling.class)
public abstract class Sampling {
  Sampling() {}

  /** The ratio per risk-class code; empty unless the sampling is differentiated. */
  @Value.NaturalOrder
  public abstract SortedMap<String, BigDecimal> ratiosByClass();

  /** The one ratio, when not differentiated and not a count. */
  public abstract Optional<BigDecimal> ratio();

  /** The fixed number of targets, when a count. */
  public abstract OptionalInt count();

  /** The item's published minimum ratio, if any. */
  public abstract Optional<BigDecimal> minimumRatio();

  /** The minimum number of targets per non-empty class (0 for none). */
  @Value.Default
  public int minimumCount() {
    return 0;
  }

  /** How ratio times population is rounded. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.CEILING;
  }

  /** Whether the sample is differentiated by credit-risk class. */
  public final boolean differentiated() {
    return !ratiosByClass().isEmpty();
  }

  /** Every ratio the sampling names, labelled by field (for validation messages). */
  public final Map<String, BigDecimal> ratios() {
    java.util.LinkedHashMap<String, BigDecimal> all = new java.util.LinkedHashMap<>();
    ratiosByClass().forEach((c, r) -> all.put("ratio of class " + c, r));
    ratio().ifPresent(r -> all.put("ratio", r));
    return java.util.Collections.unmodifiableMap(all);
  }

  @Value.Check
  void check() {
    int kinds = (ratiosByClass().isEmpty() ? 0 : 1) + (ratio().isPresent() ? 1 : 0)
        + (count().isPresent() ? 1 : 0);
    Fields.require(kinds == 1, "sampling", this,
        "must have exactly one of ratios by class, a ratio or a count");
    Fields.texts(ratiosByClass().keySet(), "risk class of sampling");
    count().ifPresent(c -> Fields.require(c >= 0, "sample count", c, "must be 0 or more"));
    Fields.require(minimumCount() >= 0, "minimum count", minimumCount(), "must be 0 or more");
  }

  /** A ratio per class, for example {@code byClass(Map.of("A", "0.03", "B", "0.05"))}. */
  public static Sampling byClass(Map<String, String> ratios) {
    Builder b = builder();
    ratios.forEach((c, r) -> b.putRatiosByClass(c, decimal("ratio of class " + c, r)));
    return b.build();
  }

  /** One ratio given as decimal text, for example {@code "0.05"}. */
  public static Sampling ratio(String ratio) {
    return builder().ratio(decimal("ratio", ratio)).build();
  }

  /** A fixed count. */
  public static Sampling count(int count) {
    return builder().count(count).build();
  }

  /** Parses an exact decimal; the error names the field and the value. */
  public static BigDecimal decimal(String field, String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException(field + " must be a decimal, got '" + text + "'", e);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sampling}. */
  public static final class Builder extends ImmutableSampling.Builder {}
}
