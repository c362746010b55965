package io.doublerandom.testkit.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Statistical fairness tests over counts from many draws, each at a stated significance level
 * {@code alpha} and with the seeds that reproduce it. Each returns a {@link TestOutcome}; call
 * {@link TestOutcome#orThrow()} to fail with a report of what was expected, what was seen and the
 * seeds. No test framework is needed. docs/testing.md gives the reasoning and the power of each
 * test at the sample sizes the project uses.
 *
 * <ul>
 *   <li>{@link #srsworUniformity}: within-stratum uniformity of simple random sampling without
 *       replacement, χ² with the finite-population correction.
 *   <li>{@link #inclusionProbabilities}: per-entity exact binomial tests against published
 *       inclusion probabilities, Holm's correction over the entities.
 *   <li>{@link #fixedSize}: every sample has the design's size.
 *   <li>{@link #poissonSampleSize}: the sample sizes of Poisson sampling follow the
 *       Poisson-binomial law, χ² goodness of fit.
 *   <li>{@link #uniformPValues}: Kolmogorov–Smirnov of p-values across experiments against
 *       U(0, 1).
 *   <li>{@link #uniformAmongEligible} and {@link #equalAmongInterchangeable}: inspector
 *       assignment.
 * </ul>
 */
public final class Fairness {
  private Fairness() {}

  /**
   * Within-stratum uniformity of simple random sampling without replacement: over {@code trials}
   * draws of {@code n} of {@code N} candidates, candidate {@code k} was selected {@code
   * counts[k]} times.
   *
   * <p>Each count is binomial with {@code E = trials·n/N}, but the counts are negatively
   * correlated (they sum to {@code trials·n}): their covariance is {@code trials·p(1−p)·N/(N−1)·(I
   * − J/N)}, so the naive {@code Σ(O−E)²/E} has mean {@code N − n}, not {@code N − 1}, and
   * compared with χ²(N−1) it would be too lenient by the factor {@code (N−1)/(N−n)}. The test uses
   * {@code X = Σ(O−E)²/E · (N−1)/(N−n)}, asymptotically χ² with {@code N − 1} degrees of freedom.
   * With {@code n = N} or {@code n = 0} every count must be exactly {@code trials} or 0.
   *
   * @param ids the candidates' ids, for the report (same order as {@code counts})
   * @param counts how often each candidate was selected
   * @param n the sample size of every draw
   * @param trials the number of draws
   * @param alpha the significance level
   * @param seeds the seeds, for the report
   */
  public static TestOutcome srsworUniformity(List<String> ids, long[] counts, int n, int trials,
      double alpha, Object seeds) {
    return chiSquareUniform("srswor uniformity (chi-square with finite-population correction"
        + " (N-1)/(N-n)", ids, counts, n, trials, alpha, seeds, "draws");
  }

  /**
   * Inspector assignment when capacity does not bind: over {@code trials} assignments, a visit's
   * group needed {@code demand} of the eligible inspectors, and inspector {@code id} was chosen
   * {@code counts.get(id)} times. The specification ranks the eligible inspectors by independent
   * uniform pair keys and takes the {@code demand} smallest when capacity does not bind, so the
   * team is a uniformly random {@code demand}-subset of the eligible: the same test as {@link
   * #srsworUniformity}. {@code counts} must list every eligible inspector (zeros included) and no
   * other.
   */
  public static TestOutcome uniformAmongEligible(Map<String, Long> counts, int demand,
      int trials, double alpha, Object seeds) {
    List<String> ids = new ArrayList<>(new TreeMap<>(counts).keySet());
    long[] c = ids.stream().mapToLong(counts::get).toArray();
    return chiSquareUniform("uniformity among eligible inspectors (chi-square with"
        + " finite-population correction", ids, c, demand, trials, alpha, seeds, "assignments");
  }

  /**
   * Inspector assignment when capacity binds: inspectors that every rule treats alike
   * (interchangeable: same eligibility at every visit, same capacities) must be chosen equally
   * often. The assignment depends on them only through their keys, which are exchangeable, so the
   * members a visit's group takes from them form an exchangeable subset; when the group takes
   * exactly {@code perTrial} of them in every trial (for example, the group's eligible inspectors
   * are all interchangeable), that subset is uniform and the test is {@link #srsworUniformity}'s.
   *
   * @throws IllegalArgumentException if the counts do not sum to {@code perTrial · trials}
   */
  public static TestOutcome equalAmongInterchangeable(Map<String, Long> counts, int perTrial,
      int trials, double alpha, Object seeds) {
    List<String> ids = new ArrayList<>(new TreeMap<>(counts).keySet());
    long[] c = ids.stream().mapToLong(counts::get).toArray();
    return chiSquareUniform("equality among interchangeable inspectors (chi-square with"
        + " finite-population correction", ids, c, perTrial, trials, alpha, seeds, "assignments");
  }

  private static TestOutcome chiSquareUniform(String name, List<String> ids, long[] counts,
      int n, int trials, double alpha, Object seeds, String what) {
    int bigN = counts.length;
    if (ids.size() != bigN) {
      throw new IllegalArgumentException(ids.size() + " ids for " + bigN + " counts");
    }
    if (bigN < 2 || n < 0 || n > bigN || trials < 1) {
      throw new IllegalArgumentException("need N >= 2 candidates, 0 <= n <= N, trials >= 1; got N "
          + bigN + ", n " + n + ", trials " + trials);
    }
    long total = Arrays.stream(counts).sum();
    if (total != (long) n * trials) {
      throw new IllegalArgumentException("the counts sum to " + total + ", not n·trials = "
          + (long) n * trials + ": not " + n + " per " + what.substring(0, what.length() - 1));
    }
    double e = (double) trials * n / bigN;
    String expected = "every one of N = " + bigN + " selected " + TestOutcome.format(e)
        + " times (n/N = " + n + "/" + bigN + " of " + trials + " " + what + ")";
    String test = name + ", df " + (bigN - 1) + ")";
    if (n == 0 || n == bigN) {
      boolean exact = Arrays.stream(counts).allMatch(c -> c == (n == 0 ? 0 : trials));
      return new TestOutcome(test, 0, exact ? 1 : 0, alpha, expected,
          deviations(ids, counts, e), String.valueOf(seeds));
    }
    double x = 0;
    for (long o : counts) {
      x += (o - e) * (o - e) / e;
    }
    x *= (bigN - 1.0) / (bigN - n);
    double p = 1 - new ChiSquaredDistribution(bigN - 1).cumulativeProbability(x);
    if (e < 5) {
      test += " [expected counts below 5: the chi-square approximation is rough]";
    }
    return new TestOutcome(test, x, p, alpha, expected, deviations(ids, counts, e),
        String.valueOf(seeds));
  }

  /**
   * Per-entity exact two-sided binomial tests of selection counts against published inclusion
   * probabilities, Holm's step-down correction over the entities with {@code 0 < π < 1} (family-
   * wise level {@code alpha}); entities with {@code π = 0} or {@code π = 1} must be never or
   * always selected. The outcome's p-value is the smallest Holm-adjusted p-value.
   *
   * @param ids the entities, for the report
   * @param counts how often each was selected
   * @param pi the published (or target) inclusion probabilities
   * @param trials the number of draws
   */
  public static TestOutcome inclusionProbabilities(List<String> ids, long[] counts, double[] pi,
      int trials, double alpha, Object seeds) {
    int m = counts.length;
    if (ids.size() != m || pi.length != m) {
      throw new IllegalArgumentException(ids.size() + " ids, " + m + " counts, " + pi.length
          + " probabilities: need one of each per entity");
    }
    BinomialTest bt = new BinomialTest();
    List<double[]> random = new ArrayList<>(); // {index, raw p}
    List<String> broken = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      if (pi[k] <= 0 || pi[k] >= 1) {
        long want = pi[k] <= 0 ? 0 : trials;
        if (counts[k] != want) {
          broken.add(ids.get(k) + " selected " + counts[k] + " times, probability " + pi[k]);
        }
        continue;
      }
      random.add(new double[] {k, bt.binomialTest(trials, (int) counts[k], pi[k],
          AlternativeHypothesis.TWO_SIDED)});
    }
    random.sort(Comparator.comparingDouble(r -> r[1]));
    double minAdjusted = 1;
    double running = 0;
    for (int i = 0; i < random.size(); i++) {
      running = Math.max(running, Math.min(1, random.get(i)[1] * (random.size() - i)));
      minAdjusted = Math.min(minAdjusted, running);
    }
    StringBuilder seen = new StringBuilder();
    int shown = 0;
    for (double[] r : random) {
      int k = (int) r[0];
      if (shown++ == 8) {
        seen.append(", …");
        break;
      }
      seen.append(shown > 1 ? ", " : "").append(ids.get(k)).append(' ').append(counts[k])
          .append(" (expected ").append(TestOutcome.format(trials * pi[k])).append(", p ")
          .append(TestOutcome.format(r[1])).append(')');
    }
    if (!broken.isEmpty()) {
      seen.insert(0, "certainties/zeros broken: " + broken + "; ");
    }
    double p = broken.isEmpty() ? minAdjusted : 0;
    return new TestOutcome("inclusion probabilities (exact binomial per entity, Holm over "
        + random.size() + " entities)", p, p, alpha, "entity k selected trials·π_k times over "
        + trials + " draws", seen.length() == 0 ? "(no entity)" : seen.toString(),
        String.valueOf(seeds));
  }

  /**
   * Every sample of a fixed-size design has the design's size: {@code sizes} maps each observed
   * sample size to how many draws had it. An exact check (p-value 1 or 0).
   */
  public static TestOutcome fixedSize(Map<Integer, Long> sizes, int n, double alpha,
      Object seeds) {
    SortedMap<Integer, Long> s = new TreeMap<>(sizes);
    boolean ok = s.keySet().stream().allMatch(k -> k == n);
    return new TestOutcome("fixed sample size", 0, ok ? 1 : 0, alpha, "every draw selects " + n,
        "sizes (size=draws) " + s, String.valueOf(seeds));
  }

  /**
   * The sample sizes of Poisson sampling follow the Poisson-binomial law of the probabilities
   * {@code pi}: χ² goodness of fit, adjacent sizes pooled from both tails until every expected
   * count is at least 5, degrees of freedom = classes − 1.
   *
   * @param sizes each observed sample size and how many draws had it
   */
  public static TestOutcome poissonSampleSize(Map<Integer, Long> sizes, double[] pi,
      double alpha, Object seeds) {
    double[] f = PoissonBinomial.pmf(pi);
    long trials = sizes.values().stream().mapToLong(Long::longValue).sum();
    long[] observed = new long[f.length];
    for (Map.Entry<Integer, Long> e : sizes.entrySet()) {
      if (e.getKey() < 0 || e.getKey() >= f.length) {
        return new TestOutcome("Poisson sample-size law", 0, 0, alpha, "sizes 0.." + pi.length,
            "size " + e.getKey() + " in " + e.getValue() + " draws", String.valueOf(seeds));
      }
      observed[e.getKey()] = e.getValue();
    }
    List<double[]> classes = new ArrayList<>(); // {expected, observed, from, to}
    double ce = 0;
    long co = 0;
    int from = 0;
    for (int k = 0; k < f.length; k++) {
      ce += f[k] * trials;
      co += observed[k];
      if (ce >= 5) {
        classes.add(new double[] {ce, co, from, k});
        ce = 0;
        co = 0;
        from = k + 1;
      }
    }
    if (!classes.isEmpty() && (ce > 0 || co > 0)) {
      double[] last = classes.get(classes.size() - 1);
      last[0] += ce;
      last[1] += co;
      last[3] = f.length - 1;
    }
    if (classes.size() < 2) {
      throw new IllegalArgumentException("too few draws (" + trials + ") for two classes of"
          + " expected count >= 5");
    }
    double x = 0;
    StringBuilder exp = new StringBuilder();
    StringBuilder seen = new StringBuilder();
    for (double[] c : classes) {
      x += (c[1] - c[0]) * (c[1] - c[0]) / c[0];
      String label = c[2] == c[3] ? String.valueOf((int) c[2]) : (int) c[2] + "-" + (int) c[3];
      exp.append(exp.length() > 0 ? ", " : "").append(label).append(": ")
          .append(TestOutcome.format(c[0]));
      seen.append(seen.length() > 0 ? ", " : "").append(label).append(": ").append((long) c[1]);
    }
    int df = classes.size() - 1;
    double p = 1 - new ChiSquaredDistribution(df).cumulativeProbability(x);
    return new TestOutcome("Poisson sample-size law (Poisson-binomial, chi-square df " + df + ")",
        x, p, alpha, "sizes " + exp + " over " + trials + " draws (mean "
        + TestOutcome.format(PoissonBinomial.mean(pi)) + ")", seen.toString(),
        String.valueOf(seeds));
  }

  /**
   * p-values of independent experiments, each uniform on [0, 1] under the null hypothesis, are
   * compared with U(0, 1) by the Kolmogorov–Smirnov test: a test that is right on average but
   * whose p-values pile up near 0 (a small bias repeated) or near 1 (too little variation, such as
   * a stratified "random" order) fails here.
   */
  public static TestOutcome uniformPValues(double[] pValues, double alpha, Object seeds) {
    if (pValues.length < 2) {
      throw new IllegalArgumentException("need at least 2 p-values, got " + pValues.length);
    }
    KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
    UniformRealDistribution u = new UniformRealDistribution(0, 1);
    double d = ks.kolmogorovSmirnovStatistic(u, pValues);
    double p = ks.kolmogorovSmirnovTest(u, pValues);
    double[] sorted = pValues.clone();
    Arrays.sort(sorted);
    return new TestOutcome("Kolmogorov-Smirnov of " + pValues.length + " p-values against U(0,1)",
        d, p, alpha, "p-values uniform on [0, 1]", "smallest " + TestOutcome.format(sorted[0])
        + ", median " + TestOutcome.format(sorted[sorted.length / 2]) + ", largest "
        + TestOutcome.format(sorted[sorted.length - 1]), String.valueOf(seeds));
  }

  /** The eight largest deviations from {@code e}, largest first. */
  private static String deviations(List<String> ids, long[] counts, double e) {
    Integer[] order = new Integer[counts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -Math.abs(counts[i] - e))
        .thenComparing(i -> ids.get(i)));
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(8, order.length); i++) {
      s.append(i > 0 ? ", " : "").append(ids.get(order[i])).append('=').append(counts[order[i]]);
    }
    if (order.length > 8) {
      s.append(", … (").append(order.length - 8).append(" more)");
    }
    return s.toString();
  }
}
