package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How many candidates to draw from a stratum of {@code N} candidates: a ratio with a rounding mode
 * and an optional minimum, or a fixed count. The result is always capped at {@code N}.
 *
 * <ul>
 *   <li>{@code ratio r rounding [min m]}: {@code n = round(r * N)} computed exactly (the ratio is
 *       an exact decimal, {@code 0 <= r <= 1}); then, if {@code N > 0}, {@code n = max(n, min(m,
 *       N))}. {@link Rounding#CEILING} is the default: plan ratios are usually minimum coverage, and
 *       the ceiling is the smallest size that meets the ratio.
 *   <li>{@code count c}: {@code n = min(c, N)}.
 * </ul>
 *
 * <p>The canonical text (see {@link #toString()}) is what the manifest records, for example
 * {@code "ratio 0.05 ceiling min 1"} or {@code "count 10"}.
 */
public final class SizeRule {
  /** How {@code r * N} is rounded to an integer. */
  public enum Rounding {
    /** Up to the next integer: the sample never falls short of the ratio (the default). */
    CEILING("ceiling", RoundingMode.CEILING),
    /** To the nearest integer, halves up. */
    HALF_UP("half-up", RoundingMode.HALF_UP),
    /** Down: the sample never exceeds the ratio. */
    FLOOR("floor", RoundingMode.FLOOR);

    private final String token;
    private final RoundingMode mode;

    Rounding(String token, RoundingMode mode) {
      this.token = token;
      this.mode = mode;
    }

    /** The token in the rule text, for example {@code "half-up"}. */
    public String token() {
      return token;
    }

    static Rounding parse(String token) {
      for (Rounding r : values()) {
        if (r.token.equals(token)) {
          return r;
        }
      }
      throw new IllegalArgumentException("unknown rounding '" + token
          + "'; expected ceiling, half-up or floor");
    }
  }

  private final BigDecimal ratio; // null for a count rule
  private final Rounding rounding;
  private final int count;
  private final int minimum;

  private SizeRule(BigDecimal ratio, Rounding rounding, int count, int minimum) {
    this.ratio = ratio;
    this.rounding = rounding;
    this.count = count;
    this.minimum = minimum;
  }

  /** A ratio given as an exact decimal text such as {@code "0.05"}, rounded up. */
  public static SizeRule ratio(String ratio) {
    return ratio(ratio, Rounding.CEILING);
  }

  /** A ratio given as an exact decimal text such as {@code "0.05"}, with a rounding mode. */
  public static SizeRule ratio(String ratio, Rounding rounding) {
    Objects.requireNonNull(ratio, "ratio");
    BigDecimal r;
    try {
      r = new BigDecimal(ratio.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sampling ratio must be a decimal: '" + ratio + "'", e);
    }
    return ratio(r, rounding);
  }

  /** A ratio, {@code 0 <= ratio <= 1}, with a rounding mode. */
  public static SizeRule ratio(BigDecimal ratio, Rounding rounding) {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(rounding, "rounding");
    checkArgument(ratio.signum() >= 0 && ratio.compareTo(BigDecimal.ONE) <= 0,
        "sampling ratio must be between 0 and 1: %s", ratio.toPlainString());
    BigDecimal canonical = ratio.signum() == 0 ? BigDecimal.ZERO : ratio.stripTrailingZeros();
    return new SizeRule(canonical, rounding, 0, 0);
  }

  /** Every candidate of the stratum (ratio 1), for key-supervision (重点) items. */
  public static SizeRule all() {
    return ratio(BigDecimal.ONE, Rounding.CEILING);
  }

  /** A fixed count, capped at the stratum size. */
  public static SizeRule count(int count) {
    checkArgument(count >= 0, "sample count must be >= 0: %s", count);
    return new SizeRule(null, null, count, 0);
  }

  /** This ratio rule with a minimum per non-empty stratum. */
  public SizeRule withMinimum(int minimum) {
    checkArgument(ratio != null, "a minimum applies to ratio rules only, not to '%s'", this);
    checkArgument(minimum >= 0, "minimum sample size must be >= 0: %s", minimum);
    return new SizeRule(ratio, rounding, 0, minimum);
  }

  /** The sample size for a stratum of {@code populationSize} candidates. */
  public int sampleSize(int populationSize) {
    checkArgument(populationSize >= 0, "stratum size must be >= 0: %s", populationSize);
    if (ratio == null) {
      return Math.min(count, populationSize);
    }
    int n = ratio.multiply(BigDecimal.valueOf(populationSize)).setScale(0, rounding.mode)
        .intValueExact();
    if (populationSize > 0) {
      n = Math.max(n, Math.min(minimum, populationSize));
    }
    return Math.min(n, populationSize);
  }

  /** Whether the rule asks for no candidate at all: {@code count 0}, or ratio 0 without minimum. */
  boolean asksForNone() {
    return ratio == null ? count == 0 : ratio.signum() == 0 && minimum == 0;
  }

  /** Parses the canonical text (also accepts non-canonical decimals such as {@code 0.050}). */
  @JsonCreator
  public static SizeRule parse(String text) {
    Objects.requireNonNull(text, "size rule");
    String[] t = text.strip().split(" +");
    try {
      if (t.length == 2 && t[0].equals("count")) {
        return count(Integer.parseInt(t[1]));
      }
      if ((t.length == 3 || t.length == 5) && t[0].equals("ratio")) {
        SizeRule r = ratio(t[1], Rounding.parse(t[2]));
        if (t.length == 5) {
          checkArgument(t[3].equals("min"), "expected 'min' in size rule '%s'", text);
          r = r.withMinimum(Integer.parseInt(t[4]));
        }
        return r;
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed number in size rule '" + text + "'", e);
    }
    throw new IllegalArgumentException("size rule must be 'count <n>' or "
        + "'ratio <decimal> <ceiling|half-up|floor> [min <m>]': '" + text + "'");
  }

  /** The canonical text, for example {@code "ratio 0.05 ceiling min 1"} or {@code "count 10"}. */
  @JsonValue
  @Override
  public String toString() {
    if (ratio == null) {
      return "count " + count;
    }
    return "ratio " + Codec.decimal(ratio) + " " + rounding.token
        + (minimum > 0 ? " min " + minimum : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SizeRule r && toString().equals(r.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
