package io.doublerandom.testkit.draw;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Rational;
import io.doublerandom.testkit.stats.Fairness;
import io.doublerandom.testkit.stats.TestOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What many draws of one manifest selected: per stratum and candidate how often it was selected
 * and how often it was the first alternate, the distribution of sample sizes, and the published
 * inclusion probabilities; with shortcuts to the {@link Fairness} tests. Made by {@link
 * DrawExperiment}.
 */
public final class InclusionTally {
  private final Manifest manifest;
  private final String seeds;
  private final Map<String, List<String>> ids; // stratum -> ids in population order
  private final Map<String, Map<String, long[]>> counts; // stratum -> id -> {selected, first alt}
  private final Map<String, double[]> probabilities;
  private final Map<String, SortedMap<Integer, Long>> sizes = new TreeMap<>();
  private final SortedMap<Integer, Long> totalSizes = new TreeMap<>();
  private int trials;

  InclusionTally(Manifest manifest, String seeds, Map<String, List<String>> ids) {
    this.manifest = manifest;
    this.seeds = seeds;
    this.ids = ids;
    this.counts = new LinkedHashMap<>();
    this.probabilities = new LinkedHashMap<>();
    ids.forEach((s, list) -> {
      Map<String, long[]> m = new LinkedHashMap<>();
      list.forEach(id -> m.put(id, new long[2]));
      counts.put(s, m);
      sizes.put(s, new TreeMap<>());
    });
  }

  void add(List<DrawRecord.StratumDraw> strata) {
    trials++;
    int total = 0;
    for (DrawRecord.StratumDraw s : strata) {
      Map<String, long[]> m = counts.get(s.stratum());
      for (DrawRecord.Drawn d : s.selected()) {
        m.get(d.id())[0]++;
      }
      if (!s.alternates().isEmpty()) {
        m.get(s.alternates().get(0).id())[1]++;
      }
      sizes.get(s.stratum()).merge(s.selected().size(), 1L, Long::sum);
      total += s.selected().size();
      if (!probabilities.containsKey(s.stratum())) {
        probabilities.put(s.stratum(), published(s));
      }
    }
    totalSizes.merge(total, 1L, Long::sum);
  }

  private double[] published(DrawRecord.StratumDraw s) {
    List<String> list = ids.get(s.stratum());
    double[] p = new double[list.size()];
    if (s.probabilities().isEmpty()) {
      java.util.Arrays.fill(p, (double) s.sample() / s.population());
      return p;
    }
    Map<String, Rational> byId = new TreeMap<>();
    s.probabilities().forEach(q -> byId.put(q.id(), q.probability()));
    for (int i = 0; i < p.length; i++) {
      Rational r = byId.get(list.get(i));
      p[i] = r.numerator().doubleValue() / r.denominator().doubleValue();
    }
    return p;
  }

  /** The manifest drawn. */
  public Manifest manifest() {
    return manifest;
  }

  /** How to reproduce the tally: the seeds (or the published records) it was made from. */
  public String seeds() {
    return seeds;
  }

  /** The number of draws. */
  public int trials() {
    return trials;
  }

  /** The stratum labels, in label order. */
  public List<String> strata() {
    return List.copyOf(ids.keySet());
  }

  /** The ids of a stratum's candidates, in population order (id order). */
  public List<String> ids(String stratum) {
    return List.copyOf(stratum(stratum));
  }

  /** How often each candidate of the stratum was selected, in {@link #ids} order. */
  public long[] selected(String stratum) {
    return column(stratum, 0);
  }

  /** How often each candidate of the stratum was the first alternate, in {@link #ids} order. */
  public long[] firstAlternate(String stratum) {
    return column(stratum, 1);
  }

  /** How often the candidate was selected. */
  public long selectedCount(String id) {
    for (Map<String, long[]> m : counts.values()) {
      if (m.containsKey(id)) {
        return m.get(id)[0];
      }
    }
    throw new IllegalArgumentException("no candidate " + id + " in the population");
  }

  /** The stratum's sample sizes: size → number of draws. */
  public SortedMap<Integer, Long> sizes(String stratum) {
    stratum(stratum);
    return java.util.Collections.unmodifiableSortedMap(sizes.get(stratum));
  }

  /** The total sample sizes over all strata: size → number of draws. */
  public SortedMap<Integer, Long> totalSizes() {
    return java.util.Collections.unmodifiableSortedMap(totalSizes);
  }

  /**
   * The inclusion probabilities the draws published for the stratum (for srswor {@code n/N}), in
   * {@link #ids} order.
   */
  public double[] publishedProbabilities(String stratum) {
    stratum(stratum);
    double[] p = probabilities.get(stratum);
    if (p == null) {
      throw new IllegalStateException("no draw recorded yet");
    }
    return p.clone();
  }

  /** The design sample size of the stratum (for Poisson, the expected size). */
  public int sampleSize(String stratum) {
    return manifest.strata().stream().filter(s -> s.stratum().equals(stratum)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stratum " + stratum)).sample();
  }

  /**
   * {@link Fairness#srsworUniformity} in every stratum with at least two candidates, each at
   * {@code alpha / strata} (Bonferroni); the first failing outcome, or the last passing one.
   */
  public TestOutcome srsworUniformity(double alpha) {
    List<String> tested = strata().stream().filter(s -> stratum(s).size() >= 2).toList();
    TestOutcome last = null;
    for (String s : tested) {
      TestOutcome o = Fairness.srsworUniformity(prefixed(s), selected(s), sampleSize(s), trials,
          alpha / tested.size(), seeds);
      if (!o.passed()) {
        return o;
      }
      last = o;
    }
    if (last == null) {
      throw new IllegalStateException("no stratum has two candidates");
    }
    return last;
  }

  /**
   * {@link Fairness#inclusionProbabilities} of the stratum against {@code targets} (for example
   * R-style targets from {@link io.doublerandom.testkit.stats.TargetProbabilities}), in {@link
   * #ids} order.
   */
  public TestOutcome inclusionProbabilities(String stratum, double[] targets, double alpha) {
    return Fairness.inclusionProbabilities(prefixed(stratum), selected(stratum), targets, trials,
        alpha, seeds);
  }

  /** {@link #inclusionProbabilities} against the probabilities the draws published. */
  public TestOutcome publishedProbabilities(String stratum, double alpha) {
    return inclusionProbabilities(stratum, publishedProbabilities(stratum), alpha);
  }

  /** {@link Fairness#fixedSize} of the stratum's sample sizes. */
  public TestOutcome fixedSize(String stratum, double alpha) {
    return Fairness.fixedSize(sizes(stratum), sampleSize(stratum), alpha, seeds);
  }

  /** {@link Fairness#poissonSampleSize} of the stratum, with its published probabilities. */
  public TestOutcome poissonSampleSize(String stratum, double alpha) {
    return Fairness.poissonSampleSize(sizes(stratum), publishedProbabilities(stratum), alpha,
        seeds);
  }

  private List<String> prefixed(String stratum) {
    return ids(stratum).stream().map(id -> stratum + "/" + id).toList();
  }

  private List<String> stratum(String stratum) {
    List<String> list = ids.get(stratum);
    if (list == null) {
      throw new IllegalArgumentException("no stratum " + stratum + "; strata " + ids.keySet());
    }
    return list;
  }

  private long[] column(String stratum, int c) {
    Map<String, long[]> m = counts.get(stratum);
    stratum(stratum);
    return m.values().stream().mapToLong(a -> a[c]).toArray();
  }

  /** The ids of every stratum of the tally, for {@link DrawExperiment}. */
  static Map<String, List<String>> idsOf(io.doublerandom.draw.Population population) {
    Map<String, List<String>> out = new TreeMap<>(InclusionTally::compareUtf8);
    population.candidates().forEach(c -> out.computeIfAbsent(c.stratum(),
        s -> new ArrayList<>()).add(c.id()));
    return out;
  }

  static int compareUtf8(String a, String b) {
    return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
