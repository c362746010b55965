package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The verifiable target draw: {@link #draw} runs a committed manifest with revealed seed material
 * over the frozen population, and {@link #verify} re-runs a published record and lists every
 * difference. Both are pure functions of their arguments; docs/draw-spec.md specifies them byte by
 * byte.
 *
 * <pre>{@code
 * Population population = Population.of(candidates, exclusions);
 * DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.05")).withAlternates(3);
 * Manifest manifest = Manifest.create("SX-2024-0001", design, SeedPlan.recorded(), population);
 * publish(manifest.hash());                       // before the seed exists
 * DrawRecord record = TargetDraw.draw(manifest, SeedSource.recorded(new SecureRandom()), population);
 * Verification v = TargetDraw.verify(record, population);   // v.reproduces()
 * }</pre>
 *
 * <p>{@link PopulationBuilder} builds the population from the entity directory (directed filter,
 * exclusions with reasons); {@link DrawSession} draws through the {@link DrawLedger}; {@link
 * JointDraw} draws several tasks with shared keys in one event.
 */
public final class TargetDraw {
  /** The specification version implemented: {@value}. */
  public static final String SPEC = "doublerandom/draw/v1";

  private TargetDraw() {}

  /**
   * Draws.
   *
   * @throws IllegalArgumentException if the manifest does not describe this population and design,
   *     or (srswor) a stratum's sample plus alternates exceeds 33,554,367, the most one stratum's
   *     selection buffer holds
   *     (the message lists the differing fields)
   * @throws SeedRejectedException if the seed material does not fit the manifest's seed plan
   */
  public static DrawRecord draw(Manifest manifest, SeedSource source, Population population) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(source, "seed source");
    Objects.requireNonNull(population, "population");
    Manifest expected = Manifest.create(manifest.task(), manifest.keyStream(), manifest.design(),
        manifest.seedPlan(), population);
    if (!manifest.populationRoot().isEmpty()) {
      expected = expected.withPopulationRoot(population);
    }
    if (!expected.equals(manifest)) {
      List<Verification.Difference> diffs = new ArrayList<>();
      compareManifests("manifest.", manifest, expected, diffs);
      throw new IllegalArgumentException("the manifest does not describe this population: "
          + (diffs.isEmpty() ? "spec " + manifest.spec() : diffs.toString()));
    }
    byte[] seed = source.seed(manifest);
    List<DrawRecord.StratumDraw> strata = DrawEngine.run(seed, manifest, population);
    return new DrawRecord(SPEC, manifest, manifest.hash(), source, Codec.hex(seed), strata,
        List.of());
  }

  /**
   * Re-runs a record over a population and lists every difference: specification version,
   * manifest fields (population digest and size, strata, exclusions), manifest hash, seed
   * material (commitments, beacon) and derived seed, and per stratum the sizes, the selection, the
   * alternates, the probabilities, then the replacements.
   */
  public static Verification verify(DrawRecord record, Population population) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(population, "population");
    List<Verification.Difference> diffs = new ArrayList<>();
    if (!SPEC.equals(record.spec()) || !SPEC.equals(record.manifest().spec())) {
      diff(diffs, "spec", record.spec() + " / manifest " + record.manifest().spec(),
          "only " + SPEC + " is supported");
      return new Verification(diffs);
    }
    Manifest m = record.manifest();
    if (population.size() == 0) {
      diff(diffs, "manifest.populationSize", m.populationSize(),
          "0: " + Manifest.noCandidate(population));
      return new Verification(diffs);
    }
    Manifest expected;
    try {
      expected = Manifest.create(m.task(), m.keyStream(), m.design(), m.seedPlan(), population);
      if (!m.populationRoot().isEmpty()) {
        expected = expected.withPopulationRoot(population);
      }
    } catch (IllegalArgumentException e) {
      diff(diffs, "manifest.design", m.design().toString(),
          "not applicable to this population: " + e.getMessage());
      return new Verification(diffs);
    }
    compareManifests("manifest.", m, expected, diffs);
    String hash = m.hash();
    if (!hash.equals(record.manifestHash())) {
      diff(diffs, "manifestHash", record.manifestHash(), hash + " (hash of the recorded manifest)");
    }
    if (!hash.equals(expected.hash())) {
      diff(diffs, "manifestHash (recomputed from the population)", hash, expected.hash());
    }
    byte[] seed = Verification.seedStep(record.seedSource(), m.seedPlan(), hash, record.seed(), diffs);
    if (seed == null) {
      return new Verification(diffs);
    }
    List<DrawRecord.StratumDraw> rerun = DrawEngine.run(seed, expected, population);
    compareStrata("strata", record.strata(), rerun, diffs);
    compareReplacements(record.replacements(), rerun, diffs);
    return new Verification(diffs);
  }

  /**
   * Compares what a manifest says about the population (definition, digest, size, strata,
   * exclusions) with what the population gives; field names start with {@code prefix}.
   */
  static void compareManifests(String prefix, Manifest rec, Manifest exp,
      List<Verification.Difference> diffs) {
    compareLines(prefix + "definition", rec.definition().lines(), exp.definition().lines(),
        diffs);
    if (!rec.populationDigest().equals(exp.populationDigest())) {
      diff(diffs, prefix + "populationDigest", rec.populationDigest(), exp.populationDigest());
    }
    if (!rec.populationRoot().equals(exp.populationRoot())) {
      diff(diffs, prefix + "populationRoot", rec.populationRoot(), exp.populationRoot());
    }
    if (rec.populationSize() != exp.populationSize()) {
      diff(diffs, prefix + "populationSize", rec.populationSize(), exp.populationSize());
    }
    Map<String, Manifest.StratumPlan> a = new TreeMap<>(Codec.UTF8_ORDER);
    rec.strata().forEach(s -> a.put(s.stratum(), s));
    Map<String, Manifest.StratumPlan> b = new TreeMap<>(Codec.UTF8_ORDER);
    exp.strata().forEach(s -> b.put(s.stratum(), s));
    for (String label : union(a.keySet(), b.keySet())) {
      Manifest.StratumPlan x = a.get(label);
      Manifest.StratumPlan y = b.get(label);
      String f = prefix + "strata[" + label + "]";
      if (x == null || y == null) {
        diff(diffs, f, x == null ? "absent" : "present", y == null ? "absent" : "present");
        continue;
      }
      if (x.population() != y.population()) {
        diff(diffs, f + ".population", x.population(), y.population());
      }
      if (x.sample() != y.sample()) {
        diff(diffs, f + ".sample", x.sample(), y.sample());
      }
    }
    if (!rec.exclusionsDigest().equals(exp.exclusionsDigest())) {
      diff(diffs, prefix + "exclusionsDigest", rec.exclusionsDigest(), exp.exclusionsDigest());
    }
    Map<String, Integer> ea = new TreeMap<>();
    rec.exclusions().forEach(e -> ea.put(e.reason(), e.count()));
    Map<String, Integer> eb = new TreeMap<>();
    exp.exclusions().forEach(e -> eb.put(e.reason(), e.count()));
    for (String reason : union(ea.keySet(), eb.keySet())) {
      int x = ea.getOrDefault(reason, 0);
      int y = eb.getOrDefault(reason, 0);
      if (x != y) {
        diff(diffs, prefix + "exclusions[" + reason + "].count", x, y);
      }
    }
  }

  /**
   * Reports each line only in {@code recorded} (recomputed "absent") and each line only in {@code
   * recomputed} (recorded "absent"), aligned on a longest common subsequence, in document order.
   */
  static void compareLines(String field, List<String> recorded, List<String> recomputed,
      List<Verification.Difference> diffs) {
    if (recorded.equals(recomputed)) {
      return;
    }
    int n = recorded.size();
    int m = recomputed.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = recorded.get(i).equals(recomputed.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && recorded.get(i).equals(recomputed.get(j))) {
        i++;
        j++;
      } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        diff(diffs, field, recorded.get(i++), null);
      } else {
        diff(diffs, field, null, recomputed.get(j++));
      }
    }
  }

  /** Compares stratum results; field names are {@code prefix[label]…}. */
  static void compareStrata(String prefix, List<DrawRecord.StratumDraw> recorded,
      List<DrawRecord.StratumDraw> rerun, List<Verification.Difference> diffs) {
    Map<String, DrawRecord.StratumDraw> a = new LinkedHashMap<>();
    recorded.forEach(s -> a.put(s.stratum(), s));
    Map<String, DrawRecord.StratumDraw> b = new LinkedHashMap<>();
    rerun.forEach(s -> b.put(s.stratum(), s));
    for (String label : union(a.keySet(), b.keySet())) {
      DrawRecord.StratumDraw x = a.get(label);
      DrawRecord.StratumDraw y = b.get(label);
      String f = prefix + "[" + label + "]";
      if (x == null || y == null) {
        diff(diffs, f, x == null ? "absent" : "present", y == null ? "absent" : "present");
        continue;
      }
      if (x.population() != y.population()) {
        diff(diffs, f + ".population", x.population(), y.population());
      }
      if (x.sample() != y.sample()) {
        diff(diffs, f + ".sample", x.sample(), y.sample());
      }
      compareDrawn(f + ".selected", x.selected(), y.selected(), diffs);
      compareDrawn(f + ".alternates", x.alternates(), y.alternates(), diffs);
      Map<String, Rational> pa = new LinkedHashMap<>();
      x.probabilities().forEach(p -> pa.put(p.id(), p.probability()));
      Map<String, Rational> pb = new LinkedHashMap<>();
      y.probabilities().forEach(p -> pb.put(p.id(), p.probability()));
      for (String id : union(pa.keySet(), pb.keySet())) {
        if (!Objects.equals(pa.get(id), pb.get(id))) {
          diff(diffs, f + ".probabilities[" + id + "]", text(pa.get(id)), text(pb.get(id)));
        }
      }
    }
  }

  private static void compareDrawn(String field, List<DrawRecord.Drawn> rec,
      List<DrawRecord.Drawn> exp, List<Verification.Difference> diffs) {
    if (rec.equals(exp)) {
      return;
    }
    Map<String, DrawRecord.Drawn> a = new LinkedHashMap<>();
    rec.forEach(d -> a.put(d.id(), d));
    Map<String, DrawRecord.Drawn> b = new LinkedHashMap<>();
    exp.forEach(d -> b.put(d.id(), d));
    boolean sameIds = a.keySet().equals(b.keySet()) && a.size() == rec.size();
    for (String id : union(a.keySet(), b.keySet())) {
      DrawRecord.Drawn x = a.get(id);
      DrawRecord.Drawn y = b.get(id);
      String f = field + "[" + id + "]";
      if (x == null || y == null) {
        diff(diffs, f, x == null ? "absent" : "present", y == null ? "absent" : "present");
        continue;
      }
      if (!x.key().equals(y.key())) {
        diff(diffs, f + ".key", x.key(), y.key());
      }
      if (!x.probability().equals(y.probability())) {
        diff(diffs, f + ".probability", x.probability(), y.probability());
      }
    }
    if (sameIds && rec.size() == exp.size()) {
      List<String> ra = rec.stream().map(DrawRecord.Drawn::id).toList();
      List<String> rb = exp.stream().map(DrawRecord.Drawn::id).toList();
      if (!ra.equals(rb)) {
        diff(diffs, field + " order", ra, rb);
      }
    } else if (rec.size() != a.size()) {
      diff(diffs, field + " size", rec.size() + " entries (with repeats)", exp.size());
    }
  }

  private static void compareReplacements(List<DrawRecord.Replacement> replacements,
      List<DrawRecord.StratumDraw> rerun, List<Verification.Difference> diffs) {
    Map<String, List<String>> current = new LinkedHashMap<>();
    Map<String, List<String>> reserve = new LinkedHashMap<>();
    for (DrawRecord.StratumDraw s : rerun) {
      current.put(s.stratum(), new ArrayList<>(s.selected().stream()
          .map(DrawRecord.Drawn::id).toList()));
      reserve.put(s.stratum(), new ArrayList<>(s.alternates().stream()
          .map(DrawRecord.Drawn::id).toList()));
    }
    for (int i = 0; i < replacements.size(); i++) {
      DrawRecord.Replacement r = replacements.get(i);
      String f = "replacements[" + i + "]";
      List<String> sample = current.get(r.stratum());
      if (sample == null) {
        diff(diffs, f + ".stratum", r.stratum(), "no such stratum");
        continue;
      }
      int at = sample.indexOf(r.replaced());
      if (at < 0) {
        diff(diffs, f + ".replaced", r.replaced(),
            "not in the current sample of stratum " + r.stratum());
      }
      List<String> left = reserve.get(r.stratum());
      String next = left.isEmpty() ? "no alternate left" : left.get(0);
      if (!next.equals(r.replacement())) {
        diff(diffs, f + ".replacement", r.replacement(), next);
      }
      if (!left.isEmpty()) {
        left.remove(0);
      }
      if (at >= 0) {
        sample.set(at, r.replacement());
      }
    }
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }

  static String text(Object o) {
    return o == null ? "absent" : o.toString();
  }

  static void diff(List<Verification.Difference> diffs, String field, Object recorded,
      Object recomputed) {
    diffs.add(new Verification.Difference(field, text(recorded), text(recomputed)));
  }
}
