package io.doublerandom.testkit.stats;

import java.util.Arrays;

/**
 * Target inclusion probabilities from risk weights, as R's {@code
 * sampling::inclusionprobabilities(a, n)} computes them, in floating point and written from R's
 * description, independently of the library's exact implementation (so a tester can compare the
 * probabilities a draw record publishes against R's): {@code π_k = n·a_k/Σa}; repeatedly fix every
 * {@code π ≥ 1} at 1 and rescale the rest, {@code π_k = (n − |C|)·a_k / Σ_{j∉C} a_j}, until none
 * exceeds 1.
 */
public final class TargetProbabilities {
  private TargetProbabilities() {}

  /**
   * The inclusion probabilities of weights {@code a} for sample size {@code n}.
   *
   * @throws IllegalArgumentException if a weight is negative or not finite, or {@code n} is
   *     negative or larger than the number of positive weights
   */
  public static double[] inclusionProbabilities(double[] a, int n) {
    int positive = 0;
    for (int k = 0; k < a.length; k++) {
      if (!(a[k] >= 0) || Double.isInfinite(a[k])) {
        throw new IllegalArgumentException("weight " + k + " must be finite and >= 0: " + a[k]);
      }
      if (a[k] > 0) {
        positive++;
      }
    }
    if (n < 0 || n > positive) {
      throw new IllegalArgumentException("sample size " + n + " must be in 0.." + positive
          + " (the number of positive weights)");
    }
    double[] pi = new double[a.length];
    boolean[] certain = new boolean[a.length];
    while (true) {
      int m = n;
      double rest = 0;
      for (int k = 0; k < a.length; k++) {
        if (certain[k]) {
          m--;
        } else {
          rest += a[k];
        }
      }
      boolean changed = false;
      for (int k = 0; k < a.length; k++) {
        if (!certain[k]) {
          pi[k] = m == 0 || rest == 0 ? 0 : m * a[k] / rest;
          if (pi[k] >= 1) {
            certain[k] = true;
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    for (int k = 0; k < a.length; k++) {
      if (certain[k]) {
        pi[k] = 1;
      }
    }
    return pi;
  }

  /** The same for weights written as decimal text ({@code "1", "2.5"}). */
  public static double[] inclusionProbabilities(int n, String... weights) {
    return inclusionProbabilities(Arrays.stream(weights).mapToDouble(Double::parseDouble)
        .toArray(), n);
  }
}
