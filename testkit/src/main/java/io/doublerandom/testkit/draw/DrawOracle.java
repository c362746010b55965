package io.doublerandom.testkit.draw;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.TestDraws;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact sample laws of small strata by enumeration, driving the engine with chosen keys through
 * the test-only {@link TestDraws#withKeys}:
 *
 * <ul>
 *   <li>{@link #srswor}: every one of the {@code N!} key orders of the stratum (equally likely,
 *       since the keys are exchangeable); the law of the sample and of the first alternate.
 *   <li>{@link #pivotal}: every key order and, in each, every branch of every duel of the ordered
 *       pivotal method with its exact branch probability. The oracle runs its own
 *       implementation of docs/draw-spec.md 8.2 and 8.4 in exact fractions (target probabilities
 *       as R's {@code inclusionprobabilities}, then the duels) and forces the engine down the same
 *       branch (duel key all zeros: first branch; all {@code 0xff}: second); the engine's sample
 *       must be the oracle's in every case, and its published probabilities the oracle's.
 * </ul>
 *
 * Strata of at most {@value #MAX} candidates; the other strata are drawn with fixed keys. The
 * methods throw {@link AssertionError} when the engine disagrees with the oracle, naming the key
 * order and the duel branches.
 */
public final class DrawOracle {
  /** The largest stratum enumerated. */
  public static final int MAX = 8;

  private DrawOracle() {}

  /** The exact law of the srswor sample of {@code stratum}. */
  public static ExactLaw srswor(Manifest manifest, Population population, String stratum) {
    if (manifest.design().method() != DrawMethod.SRSWOR) {
      throw new IllegalArgumentException("not an srswor design: " + manifest.design());
    }
    TestDraws draws = TestDraws.of(manifest, population);
    List<String> ids = members(population, stratum);
    int n = ids.size();
    Map<String, Integer> rank = new HashMap<>();
    Map<List<String>, long[]> samples = new HashMap<>();
    long[] incl = new long[n];
    long[] alt = new long[n];
    int[] perm = identity(n);
    long cases = 0;
    do {
      for (int i = 0; i < n; i++) {
        rank.put(ids.get(perm[i]), i);
      }
      DrawRecord.StratumDraw s = draws.withKeys(id -> key(rank, id), id -> new byte[32])
          .stratum(stratum).orElseThrow();
      List<String> sample = new ArrayList<>();
      for (DrawRecord.Drawn d : s.selected()) {
        sample.add(d.id());
        incl[ids.indexOf(d.id())]++;
      }
      if (!s.alternates().isEmpty()) {
        alt[ids.indexOf(s.alternates().get(0).id())]++;
      }
      sample.sort(InclusionTally::compareUtf8);
      samples.computeIfAbsent(List.copyOf(sample), k -> new long[1])[0]++;
      cases++;
    } while (nextPermutation(perm));
    BigInteger total = BigInteger.valueOf(cases);
    Map<List<String>, BigFraction> law = new HashMap<>();
    samples.forEach((k, c) -> law.put(k, new BigFraction(BigInteger.valueOf(c[0]), total)));
    Map<String, BigFraction> inclusion = new LinkedHashMap<>();
    Map<String, BigFraction> first = new LinkedHashMap<>();
    boolean alternates = manifest.design().alternates() > 0;
    for (int i = 0; i < n; i++) {
      inclusion.put(ids.get(i), new BigFraction(BigInteger.valueOf(incl[i]), total));
      if (alternates) {
        first.put(ids.get(i), new BigFraction(BigInteger.valueOf(alt[i]), total));
      }
    }
    return new ExactLaw(stratum, law, inclusion, first, cases);
  }

  /** The exact law of the pivotal sample of {@code stratum}, checked case by case. */
  public static ExactLaw pivotal(Manifest manifest, Population population, String stratum) {
    if (manifest.design().method() != DrawMethod.PIVOTAL) {
      throw new IllegalArgumentException("not a pivotal design: " + manifest.design());
    }
    TestDraws draws = TestDraws.of(manifest, population);
    List<Candidate> cands = population.candidates().stream()
        .filter(c -> c.stratum().equals(stratum)).toList();
    List<String> ids = members(population, stratum);
    int sampleSize = manifest.strata().stream().filter(s -> s.stratum().equals(stratum))
        .findFirst().orElseThrow().sample();
    BigFraction[] pi = targets(cands.stream().map(c -> c.score().orElseThrow(() ->
        new IllegalArgumentException("candidate " + c.id() + " has no score"))).toList(),
        sampleSize);
    int n = ids.size();
    Map<List<String>, BigFraction> law = new HashMap<>();
    BigFraction[] inclusion = new BigFraction[n];
    Arrays.fill(inclusion, BigFraction.ZERO);
    BigFraction orderWeight = new BigFraction(BigInteger.ONE, factorial(n));
    int[] perm = identity(n);
    long[] cases = {0};
    boolean[] publishedChecked = {false};
    do {
      Map<String, Integer> rank = new HashMap<>();
      for (int i = 0; i < n; i++) {
        rank.put(ids.get(perm[i]), i);
      }
      int[] order = perm.clone();
      enumerate(pi, order, ids, 0, -1, BigFraction.ZERO, new boolean[n], orderWeight,
          new HashMap<>(), (selected, prob, branches) -> {
            DrawRecord.StratumDraw s = draws.withKeys(id -> key(rank, id),
                id -> branches.getOrDefault(id, Boolean.TRUE) ? new byte[32] : ones())
                .stratum(stratum).orElseThrow();
            if (!publishedChecked[0]) {
              checkPublished(s, ids, pi);
              publishedChecked[0] = true;
            }
            List<String> engine = new ArrayList<>(s.selected().stream()
                .map(DrawRecord.Drawn::id).toList());
            engine.sort(InclusionTally::compareUtf8);
            List<String> oracle = new ArrayList<>();
            for (int k = 0; k < n; k++) {
              if (selected[k]) {
                oracle.add(ids.get(k));
                inclusion[k] = inclusion[k].add(prob);
              }
            }
            oracle.sort(InclusionTally::compareUtf8);
            if (!engine.equals(oracle)) {
              throw new AssertionError("pivotal, stratum " + stratum + ", key order "
                  + Arrays.stream(order).mapToObj(ids::get).toList() + ", duel branches "
                  + new TreeMap<>(branches) + " (true = first): engine selected " + engine
                  + ", the specification selects " + oracle);
            }
            law.merge(List.copyOf(oracle), prob, BigFraction::add);
            cases[0]++;
          });
    } while (nextPermutation(perm));
    Map<String, BigFraction> incl = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      incl.put(ids.get(i), inclusion[i]);
    }
    return new ExactLaw(stratum, law, incl, Map.of(), cases[0]);
  }

  private interface Leaf {
    void accept(boolean[] selected, BigFraction prob, Map<String, Boolean> branches);
  }

  /**
   * docs/draw-spec.md 8.4 over every branch: units (indexes into {@code ids}) in {@code order},
   * from step {@code at}, with the current unit and its residual; {@code branches} records the
   * branch taken at each arriving unit's duel (true: the first).
   */
  private static void enumerate(BigFraction[] pi, int[] order, List<String> ids, int at,
      int current, BigFraction r, boolean[] selected, BigFraction prob,
      Map<String, Boolean> branches, Leaf leaf) {
    if (at == order.length) {
      if (current >= 0) {
        throw new AssertionError("the probabilities do not sum to an integer: residual " + r);
      }
      leaf.accept(selected.clone(), prob, branches);
      return;
    }
    int j = order[at];
    BigFraction pj = pi[j];
    if (pj.equals(BigFraction.ZERO)) {
      enumerate(pi, order, ids, at + 1, current, r, selected, prob, branches, leaf);
      return;
    }
    if (pj.equals(BigFraction.ONE)) {
      selected[j] = true;
      enumerate(pi, order, ids, at + 1, current, r, selected, prob, branches, leaf);
      selected[j] = false;
      return;
    }
    if (current < 0) {
      enumerate(pi, order, ids, at + 1, j, pj, selected, prob, branches, leaf);
      return;
    }
    BigFraction s = r.add(pj);
    String id = ids.get(j);
    if (s.compareTo(BigFraction.ONE) < 0) {
      BigFraction first = pj.divide(s);
      branches.put(id, true); // j takes the residual, current is out
      enumerate(pi, order, ids, at + 1, j, s, selected, prob.multiply(first), branches, leaf);
      branches.put(id, false); // current keeps it, j is out
      enumerate(pi, order, ids, at + 1, current, s, selected,
          prob.multiply(BigFraction.ONE.subtract(first)), branches, leaf);
      branches.remove(id);
      return;
    }
    BigFraction left = s.subtract(BigFraction.ONE);
    BigFraction first = BigFraction.ONE.subtract(pj).divide(BigFraction.TWO.subtract(s));
    boolean none = left.equals(BigFraction.ZERO);
    branches.put(id, true); // current selected, j current
    selected[current] = true;
    enumerate(pi, order, ids, at + 1, none ? -1 : j, left, selected, prob.multiply(first),
        branches, leaf);
    selected[current] = false;
    branches.put(id, false); // j selected, current stays
    selected[j] = true;
    enumerate(pi, order, ids, at + 1, none ? -1 : current, left, selected,
        prob.multiply(BigFraction.ONE.subtract(first)), branches, leaf);
    selected[j] = false;
    branches.remove(id);
  }

  static BigFraction[] targets(List<BigDecimal> scores, int n) {
    BigFraction[] a = new BigFraction[scores.size()];
    for (int k = 0; k < a.length; k++) {
      BigDecimal s = scores.get(k);
      a[k] = s.scale() >= 0 ? new BigFraction(s.unscaledValue(), BigInteger.TEN.pow(s.scale()))
          : new BigFraction(s.unscaledValue().multiply(BigInteger.TEN.pow(-s.scale())));
    }
    boolean[] certain = new boolean[a.length];
    BigFraction[] pi = new BigFraction[a.length];
    while (true) {
      int m = n;
      BigFraction rest = BigFraction.ZERO;
      for (int k = 0; k < a.length; k++) {
        if (certain[k]) {
          m--;
        } else {
          rest = rest.add(a[k]);
        }
      }
      boolean changed = false;
      for (int k = 0; k < a.length; k++) {
        if (certain[k]) {
          continue;
        }
        pi[k] = m == 0 || rest.equals(BigFraction.ZERO) ? BigFraction.ZERO
            : a[k].multiply(m).divide(rest);
        if (a[k].compareTo(BigFraction.ZERO) > 0 && pi[k].compareTo(BigFraction.ONE) >= 0) {
          certain[k] = true;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    for (int k = 0; k < a.length; k++) {
      if (certain[k]) {
        pi[k] = BigFraction.ONE;
      }
    }
    return pi;
  }

  private static void checkPublished(DrawRecord.StratumDraw s, List<String> ids,
      BigFraction[] pi) {
    Map<String, BigFraction> published = new HashMap<>();
    s.probabilities().forEach(p -> published.put(p.id(), new BigFraction(
        p.probability().numerator(), p.probability().denominator())));
    for (int k = 0; k < ids.size(); k++) {
      if (!pi[k].equals(published.get(ids.get(k)))) {
        throw new AssertionError("stratum " + s.stratum() + ": " + ids.get(k)
            + " published probability " + published.get(ids.get(k)) + ", the specification's "
            + pi[k]);
      }
    }
  }

  private static List<String> members(Population population, String stratum) {
    List<String> ids = population.candidates().stream().filter(c -> c.stratum().equals(stratum))
        .map(Candidate::id).toList();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no stratum " + stratum + " in the population");
    }
    if (ids.size() > MAX) {
      throw new IllegalArgumentException("stratum " + stratum + " has " + ids.size()
          + " candidates; enumeration is limited to " + MAX);
    }
    return ids;
  }

  /** Keys: rank + 1 in the last bytes for the stratum's members, a fixed large key otherwise. */
  private static byte[] key(Map<String, Integer> rank, String id) {
    byte[] k = new byte[32];
    Integer r = rank.get(id);
    if (r == null) {
      byte[] h = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      k[0] = (byte) 0x80;
      for (int i = 0; i < Math.min(h.length, 30); i++) {
        k[1 + i] = h[i];
      }
      return k;
    }
    k[30] = (byte) ((r + 1) >>> 8);
    k[31] = (byte) (r + 1);
    return k;
  }

  private static byte[] ones() {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) 0xff);
    return b;
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  private static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  /** Lexicographic next permutation; false after the last. */
  static boolean nextPermutation(int[] p) {
    int i = p.length - 2;
    while (i >= 0 && p[i] >= p[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = p.length - 1;
    while (p[j] <= p[i]) {
      j--;
    }
    int t = p[i];
    p[i] = p[j];
    p[j] = t;
    for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
      t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
    return true;
  }
}
