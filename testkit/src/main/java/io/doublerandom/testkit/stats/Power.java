package io.doublerandom.testkit.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * What the tests of {@link Fairness} can detect: the smallest deviation each finds with a given
 * probability (power) at a given significance level and number of draws. docs/testing.md quotes
 * these numbers; a test computes them, so they are not guessed.
 */
public final class Power {
  private Power() {}

  /**
   * The smallest absolute shift {@code δ} of one entity's inclusion probability from {@code pi}
   * that a two-sided binomial test at level {@code alpha} over {@code trials} draws detects with
   * probability {@code power} (normal approximation): {@code δ = (z_{1−α/2} + z_power) ·
   * sqrt(π(1−π)/trials)}. For Holm's correction over m entities use {@code alpha / m} (the worst
   * case).
   */
  public static double binomialShift(double pi, int trials, double alpha, double power) {
    NormalDistribution z = new NormalDistribution();
    return (z.inverseCumulativeProbability(1 - alpha / 2) + z.inverseCumulativeProbability(power))
        * Math.sqrt(pi * (1 - pi) / trials);
  }

  /**
   * The noncentrality {@code λ} at which a χ² test with {@code df} degrees of freedom at level
   * {@code alpha} rejects with probability {@code power}; the noncentral χ² law is evaluated as
   * the Poisson mixture of central χ² laws.
   */
  public static double chiSquareNoncentrality(int df, double alpha, double power) {
    double critical = new ChiSquaredDistribution(df).inverseCumulativeProbability(1 - alpha);
    double lo = 0;
    double hi = 1;
    while (rejection(df, critical, hi) < power) {
      hi *= 2;
    }
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      if (rejection(df, critical, mid) < power) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  /**
   * The smallest relative excess {@code ε} of one candidate's inclusion probability ({@code
   * p(1+ε)} instead of {@code p = n/N}, the others lowered evenly) that {@link
   * Fairness#srsworUniformity} over {@code trials} draws detects with probability {@code power}:
   * the excess gives the corrected statistic the noncentrality {@code λ = trials·p·ε²·N/(N−n)},
   * so {@code ε = sqrt(λ·(N−n)/(trials·n))}.
   */
  public static double srsworRelativeExcess(int bigN, int n, int trials, double alpha,
      double power) {
    double lambda = chiSquareNoncentrality(bigN - 1, alpha, power);
    return Math.sqrt(lambda * (bigN - n) / ((double) trials * n));
  }

  /** P(noncentral χ²(df, λ) > critical). */
  static double rejection(int df, double critical, double lambda) {
    double half = lambda / 2;
    double below = 0;
    double weight = Math.exp(-half);
    double total = 0;
    for (int j = 0; j < 10_000 && total < 1 - 1e-14; j++) {
      below += weight * new ChiSquaredDistribution(df + 2.0 * j).cumulativeProbability(critical);
      total += weight;
      weight *= half / (j + 1);
    }
    return 1 - below;
  }
}
