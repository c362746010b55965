package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Target inclusion probabilities proportional to risk scores, capped at 1, exactly as R's {@code
 * sampling::inclusionprobabilities(a, n)} but in exact rational arithmetic.
 *
 * <p>Start with {@code π_k = n·a_k/Σa}; while some {@code π_k >= 1}, fix all of them at 1 (the set
 * {@code C}) and recompute the others as {@code (n − |C|)·a_k / Σ_{j∉C} a_j}. A zero score gives
 * probability 0. If {@code n} exceeds the number of positive scores it is reduced to that number
 * (every positive score is then a certainty). The probabilities sum to exactly the (reduced) {@code
 * n}.
 */
public final class InclusionProbabilities {
  /** The probability of candidate k is {@code numerators[k] / denominator}; sum is n·denominator. */
  private final BigInteger[] numerators;
  private final BigInteger denominator;
  private final int size;

  private InclusionProbabilities(BigInteger[] numerators, BigInteger denominator, int size) {
    this.numerators = numerators;
    this.denominator = denominator;
    this.size = size;
  }

  /**
   * The inclusion probabilities for scores {@code a} and sample size {@code n}, as exact rationals
   * in the order of {@code a}.
   *
   * @throws IllegalArgumentException if a score is negative or {@code n < 0}
   */
  public static List<Rational> of(List<BigDecimal> scores, int n) {
    return compute(scores, n).rationals();
  }

  /** The sample size after reduction to the number of positive scores. */
  static int effectiveSize(List<BigDecimal> scores, int n) {
    return compute(scores, n).size;
  }

  static InclusionProbabilities compute(List<BigDecimal> scores, int n) {
    checkArgument(n >= 0, "sample size must be >= 0: %s", n);
    int scale = 0;
    for (BigDecimal a : scores) {
      Objects.requireNonNull(a, "risk score");
      checkArgument(a.signum() >= 0, "risk score must be >= 0: %s", a.toPlainString());
      scale = Math.max(scale, Math.max(0, a.scale()));
    }
    int count = scores.size();
    BigInteger[] a = new BigInteger[count];
    int positive = 0;
    for (int k = 0; k < count; k++) {
      a[k] = scores.get(k).setScale(scale).unscaledValue();
      if (a[k].signum() > 0) {
        positive++;
      }
    }
    int m = Math.min(n, positive);
    boolean[] certain = new boolean[count];
    int certainCount = 0;
    BigInteger rest;
    while (true) {
      rest = BigInteger.ZERO;
      for (int k = 0; k < count; k++) {
        if (!certain[k]) {
          rest = rest.add(a[k]);
        }
      }
      BigInteger remaining = BigInteger.valueOf(m - certainCount);
      int added = 0;
      if (remaining.signum() > 0) {
        for (int k = 0; k < count; k++) {
          if (!certain[k] && a[k].signum() > 0 && remaining.multiply(a[k]).compareTo(rest) >= 0) {
            certain[k] = true;
            added++;
          }
        }
      }
      if (added == 0) {
        break;
      }
      certainCount += added;
    }
    BigInteger remaining = BigInteger.valueOf(m - certainCount);
    // Non-certain probabilities are remaining·a_k/rest; with rest as the common denominator,
    // a certainty is rest/rest. If nothing is left to share, rest may be 0: use denominator 1.
    BigInteger d = remaining.signum() > 0 ? rest : BigInteger.ONE;
    BigInteger[] p = new BigInteger[count];
    for (int k = 0; k < count; k++) {
      if (certain[k]) {
        p[k] = d;
      } else if (remaining.signum() > 0) {
        p[k] = remaining.multiply(a[k]);
      } else {
        p[k] = BigInteger.ZERO;
      }
    }
    return new InclusionProbabilities(p, d, m);
  }

  /** Numerator of candidate k over {@link #denominator()}. */
  BigInteger numerator(int k) {
    return numerators[k];
  }

  /** The common denominator D; probability k is {@code numerator(k)/D}. */
  BigInteger denominator() {
    return denominator;
  }

  /** The sample size (sum of the probabilities). */
  int size() {
    return size;
  }

  List<Rational> rationals() {
    List<Rational> out = new ArrayList<>(numerators.length);
    for (BigInteger p : numerators) {
      out.add(Rational.of(p, denominator));
    }
    return out;
  }

  @Override
  public String toString() {
    return "InclusionProbabilities" + Arrays.toString(numerators) + "/" + denominator;
  }
}
