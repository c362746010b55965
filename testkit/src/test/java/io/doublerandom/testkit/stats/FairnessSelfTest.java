package io.doublerandom.testkit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tests test themselves: they pass a fair reference sampler (p-values uniform across
 * experiments, which also shows the finite-population correction is right), and they catch the
 * faults of reference/sampling.md.
 */
class FairnessSelfTest {
  private static final double ALPHA = 0.001;

  private static List<String> ids(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("U" + i);
    }
    return out;
  }

  /** n of N by a partial Fisher–Yates shuffle: a fair srswor sampler, independent of the engine. */
  private static long[] fairCounts(int bigN, int n, int trials, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] c = new long[bigN];
    int[] a = new int[bigN];
    for (int t = 0; t < trials; t++) {
      for (int i = 0; i < bigN; i++) {
        a[i] = i;
      }
      for (int i = 0; i < n; i++) {
        int j = i + r.nextInt(bigN - i);
        int x = a[i];
        a[i] = a[j];
        a[j] = x;
        c[a[i]]++;
      }
    }
    return c;
  }

  @Test
  void pValuesOfAFairSamplerAreUniformAcrossExperimentsWithTheCorrection() {
    double[] corrected = new double[200];
    double[] naive = new double[200];
    for (int e = 0; e < 200; e++) {
      long[] c = fairCounts(29, 10, 300, e);
      corrected[e] = Fairness.srsworUniformity(ids(29), c, 10, 300, ALPHA, "e" + e).pValue();
      // without the correction: the plain statistic against chi-square(N - 1)
      double x = 0;
      double exp = 300 * 10 / 29.0;
      for (long o : c) {
        x += (o - exp) * (o - exp) / exp;
      }
      naive[e] = 1 - new org.apache.commons.math3.distribution.ChiSquaredDistribution(28)
          .cumulativeProbability(x);
    }
    Fairness.uniformPValues(corrected, ALPHA, "SplittableRandom 0..199").orThrow();
    // the naive test is too lenient: its p-values pile up near 1, and KS sees it
    assertFalse(Fairness.uniformPValues(naive, ALPHA, "naive").passed());
  }

  @Test
  void systematicSkippingWithIntegerDivisionIsCaught() {
    // N = 29, n = 10, step = 29 / 10 = 2, start in [0, 2): rows 0..19 get 1/2, rows 20..28 get 0
    SplittableRandom r = new SplittableRandom(1);
    long[] c = new long[29];
    int trials = 2000;
    for (int t = 0; t < trials; t++) {
      int start = r.nextInt(2);
      for (int k = 0; k < 10; k++) {
        c[start + 2 * k]++;
      }
    }
    TestOutcome o = Fairness.srsworUniformity(ids(29), c, 10, trials, ALPHA, Seeds.labelled(
        "skip", trials));
    assertFalse(o.passed());
    AssertionError e = assertThrows(AssertionError.class, o::orThrow);
    assertTrue(e.getMessage().contains("expected: every one of N = 29 selected 689.6552 times"),
        e.getMessage());
    assertTrue(e.getMessage().contains("statistic 13263.3288, p = 0"), e.getMessage());
    assertTrue(e.getMessage().contains("U20=0"), e.getMessage());
    assertTrue(e.getMessage().contains("reproduce: 2000 seeds SHA-256(\"skip-0\")"),
        e.getMessage());
  }

  @Test
  void efraimidisSpirakisKeysMissTheTargetsAndAreCaught() {
    // A-Res: keep the 2 largest U^(1/w); its inclusion probabilities are 0.2345/0.4413/
    // 0.6083/0.7159, not 0.2/0.4/0.6/0.8 (reference/sampling.md)
    double[] w = {1, 2, 3, 4};
    double[] target = TargetProbabilities.inclusionProbabilities(w, 2);
    int trials = 20000;
    long[] c = new long[4];
    SplittableRandom r = new SplittableRandom(2);
    for (int t = 0; t < trials; t++) {
      double[] key = new double[4];
      for (int k = 0; k < 4; k++) {
        key[k] = Math.pow(r.nextDouble(), 1 / w[k]);
      }
      int a = 0;
      for (int k = 1; k < 4; k++) {
        if (key[k] > key[a]) {
          a = k;
        }
      }
      int b = a == 0 ? 1 : 0;
      for (int k = 0; k < 4; k++) {
        if (k != a && key[k] > key[b]) {
          b = k;
        }
      }
      c[a]++;
      c[b]++;
    }
    assertFalse(Fairness.inclusionProbabilities(ids(4), c, target, trials, ALPHA, "A-Res")
        .passed());
    // and at the A-Res probabilities themselves the counts fit
    Fairness.inclusionProbabilities(ids(4), c, new double[] {0.2345, 0.4413, 0.6083, 0.7159},
        trials, ALPHA, "A-Res").orThrow();
  }

  @Test
  void targetProbabilitiesAreRs() {
    assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8},
        TargetProbabilities.inclusionProbabilities(new double[] {1, 2, 3, 4}, 2), 1e-15);
    assertArrayEquals(new double[] {1 / 11.0, 2 / 11.0, 3 / 11.0, 5 / 11.0, 1, 1},
        TargetProbabilities.inclusionProbabilities(3, "1", "2", "3", "5", "30", "100"), 1e-15);
    assertArrayEquals(new double[] {0, 0.5, 0.5},
        TargetProbabilities.inclusionProbabilities(new double[] {0, 1, 1}, 1), 1e-15);
    assertThrows(IllegalArgumentException.class,
        () -> TargetProbabilities.inclusionProbabilities(new double[] {0, 1}, 2));
  }

  @Test
  void poissonBinomialMatchesEnumerationAndTheSizeLawTestWorks() {
    double[] p = {0.2, 0.4, 0.6, 0.8};
    double[] f = PoissonBinomial.pmf(p);
    double[] brute = new double[5];
    for (int mask = 0; mask < 16; mask++) {
      double q = 1;
      for (int k = 0; k < 4; k++) {
        q *= (mask >> k & 1) == 1 ? p[k] : 1 - p[k];
      }
      brute[Integer.bitCount(mask)] += q;
    }
    assertArrayEquals(brute, f, 1e-15);
    assertEquals(2.0, PoissonBinomial.mean(p), 1e-15);
    // sizes drawn from the law fit; sizes of a binomial(4, 0.5) (same mean) do not
    SplittableRandom r = new SplittableRandom(3);
    Map<Integer, Long> right = new java.util.TreeMap<>();
    Map<Integer, Long> wrong = new java.util.TreeMap<>();
    for (int t = 0; t < 20000; t++) {
      int s = 0;
      int b = 0;
      for (int k = 0; k < 4; k++) {
        s += r.nextDouble() < p[k] ? 1 : 0;
        b += r.nextDouble() < 0.5 ? 1 : 0;
      }
      right.merge(s, 1L, Long::sum);
      wrong.merge(b, 1L, Long::sum);
    }
    Fairness.poissonSampleSize(right, p, ALPHA, "SplittableRandom 3").orThrow();
    assertFalse(Fairness.poissonSampleSize(wrong, p, ALPHA, "binomial").passed());
    assertTrue(Fairness.fixedSize(Map.of(2, 5L), 2, ALPHA, "-").passed());
    assertFalse(Fairness.fixedSize(Map.of(2, 5L, 3, 1L), 2, ALPHA, "-").passed());
  }

  @Test
  void countsThatDoNotSumToNTimesTrialsAreACallerMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Fairness.srsworUniformity(ids(3), new long[] {1, 1, 1}, 1, 2, ALPHA, "-"));
    assertTrue(e.getMessage().contains("sum to 3, not n·trials = 2"), e.getMessage());
  }

  @Test
  void powerAtTheSampleSizesOfTheGuide() {
    // the numbers docs/testing.md quotes, rounded as there
    assertEquals(0.0127, Power.binomialShift(0.2, 20000, ALPHA / 4, 0.8), 5e-5);
    assertEquals(0.0127, Power.binomialShift(0.8, 20000, ALPHA / 4, 0.8), 5e-5);
    assertEquals(0.0159, Power.binomialShift(0.5, 20000, ALPHA / 4, 0.8), 5e-5);
    double eps = Power.srsworRelativeExcess(20, 5, 2000, ALPHA, 0.8);
    assertEquals(0.234, eps, 5e-4, "srswor 5 of 20 over 2,000 draws: " + eps);
    assertEquals(0.074, Power.srsworRelativeExcess(20, 5, 20000, ALPHA, 0.8), 5e-4);
    assertEquals(0.165, Power.srsworRelativeExcess(29, 10, 2900, ALPHA, 0.8), 5e-4);
    assertEquals(36.44, Power.chiSquareNoncentrality(19, ALPHA, 0.8), 5e-3);
    // the noncentral chi-square by simulation: sum of squared normals with means of total
    // square lambda exceeds the critical value with probability `power`
    double lambda = Power.chiSquareNoncentrality(19, ALPHA, 0.8);
    double critical = new org.apache.commons.math3.distribution.ChiSquaredDistribution(19)
        .inverseCumulativeProbability(1 - ALPHA);
    org.apache.commons.math3.random.RandomGenerator g =
        new org.apache.commons.math3.random.Well19937c(5);
    int above = 0;
    for (int t = 0; t < 20000; t++) {
      double x = 0;
      for (int i = 0; i < 19; i++) {
        double z = g.nextGaussian() + (i == 0 ? Math.sqrt(lambda) : 0);
        x += z * z;
      }
      above += x > critical ? 1 : 0;
    }
    assertEquals(0.8, above / 20000.0, 0.01, "simulated power at lambda " + lambda);
    // and the binomial shift by the exact binomial law
    double delta = Power.binomialShift(0.2, 20000, ALPHA / 4, 0.8);
    org.apache.commons.math3.distribution.BinomialDistribution shifted =
        new org.apache.commons.math3.distribution.BinomialDistribution(null, 20000, 0.2 + delta);
    org.apache.commons.math3.distribution.BinomialDistribution nul =
        new org.apache.commons.math3.distribution.BinomialDistribution(null, 20000, 0.2);
    int upper = nul.inverseCumulativeProbability(1 - ALPHA / 8);
    assertEquals(0.8, 1 - shifted.cumulativeProbability(upper), 0.02);
    // sanity of the noncentral chi-square: power at lambda = 0 is alpha
    assertEquals(ALPHA, Power.rejection(19, new org.apache.commons.math3.distribution
        .ChiSquaredDistribution(19).inverseCumulativeProbability(1 - ALPHA), 0), 1e-9);
  }
}
