package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joint draws (部门联合抽查): several tasks, each with its own design and population, drawn in one
 * event from one committed {@link JointManifest} with one seed. Every task uses the same key
 * stream, so an entity has the same key in every task: simple random samples of the same
 * population and stratification are nested, and in general the samples overlap as much as the
 * designs allow, so an entity drawn for several tasks is visited once for all of them
 * ("进一次门、查多项事"). Each task's own sample is exactly what a single draw of its design gives
 * with those keys, so its inclusion probabilities are unchanged.
 *
 * <pre>{@code
 * JointManifest manifest = JointManifest.create("SX-2024-J07", List.of(
 *     new JointTask("SX-2024-0101", List.of("SC-01-01"), foodDesign, foodPopulation),
 *     new JointTask("SX-2024-0102", List.of("ZL-03-02"), qualityDesign, qualityPopulation)),
 *     SeedPlan.recorded());
 * publish(manifest.hash());
 * JointDrawRecord record = JointDraw.draw(manifest, seedSource, Map.of(
 *     "SX-2024-0101", foodPopulation, "SX-2024-0102", qualityPopulation));
 * record.entities();   // every entity with every task and item it is drawn for
 * }</pre>
 */
public final class JointDraw {
  private JointDraw() {}

  /**
   * Draws every task of the joint manifest.
   *
   * @param populations the population of each task, by task number
   * @throws IllegalArgumentException if a task has no population, a population belongs to no
   *     task, or the manifest does not describe the populations (the message lists the differing
   *     fields)
   * @throws SeedRejectedException if the seed material does not fit the manifest's seed plan
   */
  public static JointDrawRecord draw(JointManifest manifest, SeedSource source,
      Map<String, Population> populations) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(source, "seed source");
    Objects.requireNonNull(populations, "populations");
    List<Verification.Difference> diffs = new ArrayList<>();
    Map<String, JointManifest.TaskPlan> expected = expectedPlans(manifest, populations, diffs);
    for (JointManifest.TaskPlan t : manifest.tasks()) {
      JointManifest.TaskPlan e = expected.get(t.task());
      if (diffs.isEmpty() && e != null && !e.equals(t)) {
        TargetDraw.diff(diffs, "manifest.tasks[" + t.task() + "]", t, e);
      }
    }
    if (!diffs.isEmpty()) {
      throw new IllegalArgumentException("the joint manifest does not describe these populations: "
          + diffs);
    }
    byte[] seed = source.seed(manifest);
    List<JointDrawRecord.TaskDraw> tasks = select(new Prf(seed, manifest.keyStream()), manifest,
        expected, populations);
    return new JointDrawRecord(TargetDraw.SPEC, manifest, manifest.hash(), source,
        Codec.hex(seed), tasks, List.of(), JointDrawRecord.group(manifest, tasks, List.of()));
  }

  /**
   * Re-runs a joint record over the tasks' populations and lists every difference: specification
   * version; per task the population definition, digest, size, strata and exclusions (fields
   * {@code manifest.tasks[T].…}), tasks without a population and populations without a task; the
   * manifest hash; the seed material and seed; per task and stratum the sizes, selection,
   * alternates and probabilities ({@code tasks[T].strata[h]…}); the replacements; and the
   * grouping by entity ({@code entities[id]…}).
   */
  public static Verification verify(JointDrawRecord record, Map<String, Population> populations) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(populations, "populations");
    List<Verification.Difference> diffs = new ArrayList<>();
    JointManifest m = record.manifest();
    if (!TargetDraw.SPEC.equals(record.spec()) || !TargetDraw.SPEC.equals(m.spec())) {
      TargetDraw.diff(diffs, "spec", record.spec() + " / manifest " + m.spec(),
          "only " + TargetDraw.SPEC + " is supported");
      return new Verification(diffs);
    }
    Map<String, JointManifest.TaskPlan> expected = expectedPlans(m, populations, diffs);
    String hash = m.hash();
    if (!hash.equals(record.manifestHash())) {
      TargetDraw.diff(diffs, "manifestHash", record.manifestHash(),
          hash + " (hash of the recorded manifest)");
    }
    List<JointManifest.TaskPlan> plans = new ArrayList<>();
    m.tasks().forEach(t -> plans.add(expected.getOrDefault(t.task(), t)));
    String recomputedHash = new JointManifest(m.spec(), m.event(), m.keyStream(), plans,
        m.seedPlan()).hash();
    if (!hash.equals(recomputedHash)) {
      TargetDraw.diff(diffs, "manifestHash (recomputed from the populations)", hash,
          recomputedHash);
    }
    byte[] seed = Verification.seedStep(record.seedSource(), m.seedPlan(), hash, record.seed(),
        diffs);
    if (seed == null) {
      return new Verification(diffs);
    }
    List<JointDrawRecord.TaskDraw> rerun = select(new Prf(seed, m.keyStream()), m, expected,
        populations);
    Map<String, JointDrawRecord.TaskDraw> recorded = new LinkedHashMap<>();
    record.tasks().forEach(t -> recorded.put(t.task(), t));
    Map<String, JointDrawRecord.TaskDraw> recomputed = new LinkedHashMap<>();
    rerun.forEach(t -> recomputed.put(t.task(), t));
    // the grouping is checked against the recomputed selection; a task that could not be re-run
    // (no population) keeps its recorded selection there, so it is reported once, not per entity
    List<JointDrawRecord.TaskDraw> basis = new ArrayList<>();
    for (JointManifest.TaskPlan t : m.tasks()) {
      String f = "tasks[" + t.task() + "]";
      JointDrawRecord.TaskDraw x = recorded.get(t.task());
      JointDrawRecord.TaskDraw y = recomputed.get(t.task());
      if (x == null) {
        TargetDraw.diff(diffs, f, "absent", "a task of the manifest");
      }
      if (y == null) {
        if (x != null) {
          basis.add(x);
        }
        continue;
      }
      basis.add(y);
      TargetDraw.compareStrata(f + ".strata", x == null ? List.of() : x.strata(), y.strata(),
          diffs);
    }
    for (String task : recorded.keySet()) {
      if (m.task(task).isEmpty()) {
        TargetDraw.diff(diffs, "tasks[" + task + "]", "present", "not a task of the manifest");
      }
    }
    compareReplacements(record.replacements(), basis, diffs);
    compareGrouping(record.entities(), JointDrawRecord.group(m, basis, record.replacements()),
        diffs);
    return new Verification(diffs);
  }

  /**
   * The task plans recomputed from the populations, by task number; every task without a
   * population, population without a task, inapplicable design and manifest field that differs
   * is added to {@code diffs}.
   */
  private static Map<String, JointManifest.TaskPlan> expectedPlans(JointManifest m,
      Map<String, Population> populations, List<Verification.Difference> diffs) {
    Map<String, JointManifest.TaskPlan> expected = new TreeMap<>(Codec.UTF8_ORDER);
    for (JointManifest.TaskPlan t : m.tasks()) {
      String prefix = "manifest.tasks[" + t.task() + "].";
      Population p = populations.get(t.task());
      if (p == null) {
        TargetDraw.diff(diffs, "populations[" + t.task() + "]", "a task of the manifest",
            "no population given");
        continue;
      }
      if (p.size() == 0) {
        TargetDraw.diff(diffs, prefix + "populationSize", t.populationSize(),
            "0: " + Manifest.noCandidate(p));
        continue;
      }
      JointManifest.TaskPlan e;
      try {
        e = JointManifest.TaskPlan.of(new JointTask(t.task(), t.items(), t.design(), p),
            m.keyStream(), m.seedPlan());
      } catch (IllegalArgumentException ex) {
        TargetDraw.diff(diffs, prefix + "design", t.design().toString(),
            "not applicable to this population: " + ex.getMessage());
        continue;
      }
      TargetDraw.compareManifests(prefix, m.taskManifest(t), m.taskManifest(e), diffs);
      expected.put(t.task(), e);
    }
    Set<String> extra = new TreeSet<>(Codec.UTF8_ORDER);
    extra.addAll(populations.keySet());
    m.tasks().forEach(t -> extra.remove(t.task()));
    for (String task : extra) {
      TargetDraw.diff(diffs, "populations[" + task + "]", "not a task of the manifest",
          "a population given");
    }
    return expected;
  }

  /** Runs the selection of every task that has a recomputed plan, in the manifest's order. */
  static List<JointDrawRecord.TaskDraw> select(KeyFunction keys, JointManifest m,
      Map<String, JointManifest.TaskPlan> plans, Map<String, Population> populations) {
    List<JointDrawRecord.TaskDraw> out = new ArrayList<>();
    for (JointManifest.TaskPlan t : m.tasks()) {
      JointManifest.TaskPlan plan = plans.get(t.task());
      if (plan != null) {
        out.add(new JointDrawRecord.TaskDraw(t.task(), DrawEngine.run(keys,
            m.taskManifest(plan), populations.get(t.task()))));
      }
    }
    return out;
  }

  private static void compareReplacements(List<JointDrawRecord.Replacement> replacements,
      List<JointDrawRecord.TaskDraw> basis, List<Verification.Difference> diffs) {
    Map<String, List<String>> current = new TreeMap<>();
    Map<String, List<String>> reserve = new TreeMap<>();
    Set<String> tasks = new TreeSet<>();
    for (JointDrawRecord.TaskDraw t : basis) {
      tasks.add(t.task());
      for (DrawRecord.StratumDraw s : t.strata()) {
        String key = t.task() + "\n" + s.stratum();
        current.put(key, new ArrayList<>(s.selected().stream().map(DrawRecord.Drawn::id)
            .toList()));
        reserve.put(key, new ArrayList<>(s.alternates().stream().map(DrawRecord.Drawn::id)
            .toList()));
      }
    }
    for (int i = 0; i < replacements.size(); i++) {
      JointDrawRecord.Replacement r = replacements.get(i);
      String f = "replacements[" + i + "]";
      if (!tasks.contains(r.task())) {
        TargetDraw.diff(diffs, f + ".task", r.task(), "no such task");
        continue;
      }
      String key = r.task() + "\n" + r.stratum();
      List<String> sample = current.get(key);
      if (sample == null) {
        TargetDraw.diff(diffs, f + ".stratum", r.stratum(), "no such stratum in task "
            + r.task());
        continue;
      }
      int at = sample.indexOf(r.replaced());
      if (at < 0) {
        TargetDraw.diff(diffs, f + ".replaced", r.replaced(), "not in the current sample of "
            + "stratum " + r.stratum() + " of task " + r.task());
      }
      List<String> left = reserve.get(key);
      String next = left.isEmpty() ? "no alternate left" : left.get(0);
      if (!next.equals(r.replacement())) {
        TargetDraw.diff(diffs, f + ".replacement", r.replacement(), next);
      }
      if (!left.isEmpty()) {
        left.remove(0);
      }
      if (at >= 0) {
        sample.set(at, r.replacement());
      }
    }
  }

  private static void compareGrouping(List<JointDrawRecord.EntityTasks> recorded,
      List<JointDrawRecord.EntityTasks> recomputed, List<Verification.Difference> diffs) {
    Map<String, String> a = new LinkedHashMap<>();
    recorded.forEach(e -> a.merge(e.id(), text(e), (x, y) -> x + " | repeated: " + y));
    Map<String, String> b = new LinkedHashMap<>();
    recomputed.forEach(e -> b.put(e.id(), text(e)));
    for (String id : TargetDraw.union(a.keySet(), b.keySet())) {
      String x = a.get(id);
      String y = b.get(id);
      String f = "entities[" + id + "]";
      if (x == null || y == null) {
        TargetDraw.diff(diffs, f, x == null ? "absent" : "present",
            y == null ? "absent" : "present");
      } else if (!x.equals(y)) {
        TargetDraw.diff(diffs, f + ".tasks", x, y);
      }
    }
    List<String> order = recorded.stream().map(JointDrawRecord.EntityTasks::id).toList();
    List<String> expectedOrder = recomputed.stream().map(JointDrawRecord.EntityTasks::id)
        .toList();
    if (a.keySet().equals(b.keySet()) && order.size() == expectedOrder.size()
        && !order.equals(expectedOrder)) {
      TargetDraw.diff(diffs, "entities order", order, expectedOrder);
    }
  }

  /** {@code task/stratum [item, item]; …} */
  private static String text(JointDrawRecord.EntityTasks e) {
    List<String> parts = new ArrayList<>();
    for (JointDrawRecord.TaskVisit v : e.tasks()) {
      parts.add(v.task() + "/" + v.stratum() + " " + v.items());
    }
    return String.join("; ", parts);
  }
}
