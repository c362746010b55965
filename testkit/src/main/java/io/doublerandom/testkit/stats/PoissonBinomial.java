package io.doublerandom.testkit.stats;

/**
 * The Poisson-binomial distribution: the law of the number of successes of independent trials with
 * probabilities {@code p_1 … p_N}, the sample-size law of Poisson sampling. Computed exactly (up to
 * rounding) by the O(N²) convolution recursion.
 */
public final class PoissonBinomial {
  private PoissonBinomial() {}

  /**
   * The probability mass function: element {@code k} is {@code P(size = k)}, {@code k = 0 … N}.
   *
   * @throws IllegalArgumentException if a probability is outside [0, 1]
   */
  public static double[] pmf(double[] p) {
    double[] f = new double[p.length + 1];
    f[0] = 1;
    for (int j = 0; j < p.length; j++) {
      double q = p[j];
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("probability " + j + " must be in [0, 1]: " + q);
      }
      for (int k = j + 1; k >= 1; k--) {
        f[k] = f[k] * (1 - q) + f[k - 1] * q;
      }
      f[0] *= 1 - q;
    }
    return f;
  }

  /** The mean, {@code Σ p}. */
  public static double mean(double[] p) {
    double s = 0;
    for (double q : p) {
      s += q;
    }
    return s;
  }

  /** The variance, {@code Σ p(1 − p)}. */
  public static double variance(double[] p) {
    double s = 0;
    for (double q : p) {
      s += q * (1 - q);
    }
    return s;
  }
}
