package io.doublerandom.testkit.assign;

import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.Rule;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.assign.UnstaffedVisit;
import io.doublerandom.assign.Visit;
import io.doublerandom.model.Inspector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A brute-force solver of small assignment instances, written from docs/assignment-spec.md
 * independently of the engine: eligibility by {@link RuleChecker}, keys by {@link
 * ReferenceKeys}, and an exhaustive search over every assignment for the lexicographically
 * smallest feasible one (visits in visit-key order, slots in group order, compared by pair keys),
 * which is the assignment the specification defines. When no assignment exists it reports, as the
 * specification does, the visits not admitted in visit order, with their cause ({@code
 * too-few-eligible} if the visit alone cannot be staffed, else {@code capacity}) and the removals
 * per rule.
 *
 * <p>Exponential: for instances of a few visits and about ten inspectors.
 *
 * <pre>{@code
 * AssignmentOutcome o = Assignment.assign(manifest, source, input);
 * BruteForceAssignment.Solution best = BruteForceAssignment.solve(input, rules, seedOf(o), "A1");
 * assertEquals(List.of(), best.differences(o));
 * }</pre>
 */
public final class BruteForceAssignment {
  private BruteForceAssignment() {}

  /**
   * A visit the specification leaves unstaffed.
   *
   * @param visit the visit id
   * @param cause why
   * @param pool the size of its pool
   * @param removed how many inspectors each rule removed (non-zero counts, rule order)
   */
  public record Unstaffed(String visit, UnstaffedVisit.Cause cause, int pool,
      Map<Rule, Integer> removed) {}

  /**
   * The specification's answer for an instance.
   *
   * @param visitOrder the visits in visit-key order
   * @param teams when feasible: per visit, per group label, the members in key order; else empty
   * @param unstaffed when infeasible: the visits not admitted, in visit order; else empty
   */
  public record Solution(List<String> visitOrder, Map<String, Map<String, List<String>>> teams,
      List<Unstaffed> unstaffed) {
    /** Whether an assignment exists. */
    public boolean feasible() {
      return unstaffed.isEmpty();
    }

    /**
     * Every difference between the engine's outcome and this solution: feasibility, visit order,
     * each visit's team per group, the unstaffed visits and their causes, pools and removals.
     * Empty if they agree.
     */
    public List<String> differences(AssignmentOutcome outcome) {
      List<String> out = new ArrayList<>();
      if (outcome.feasible() != feasible()) {
        out.add("engine " + (outcome.feasible() ? "assigned" : "found no assignment")
            + ", brute force " + (feasible() ? "finds " + teams : "finds none: " + unstaffed));
        return out;
      }
      if (outcome instanceof AssignmentOutcome.Assigned a) {
        List<String> order = a.record().visits().stream().map(AssignmentRecord.VisitTeam::visit)
            .toList();
        if (!order.equals(visitOrder)) {
          out.add("visit order: engine " + order + ", brute force " + visitOrder);
        }
        for (AssignmentRecord.VisitTeam v : a.record().visits()) {
          Map<String, List<String>> engine = new TreeMap<>();
          v.team().forEach(m -> engine.computeIfAbsent(m.group(), g -> new ArrayList<>())
              .add(m.id()));
          Map<String, List<String>> expected = new TreeMap<>(teams.getOrDefault(v.visit(),
              Map.of()));
          expected.values().removeIf(List::isEmpty);
          if (!engine.equals(expected)) {
            out.add("visit " + v.visit() + ": engine " + engine + ", brute force " + expected);
          }
        }
      } else {
        AssignmentOutcome.Infeasible inf = (AssignmentOutcome.Infeasible) outcome;
        List<String> engine = inf.unstaffed().stream().map(u -> u.visit() + " " + u.cause()
            + " pool " + u.pool() + " " + nonZero(u.removed())).toList();
        List<String> expected = unstaffed.stream().map(u -> u.visit() + " " + u.cause()
            + " pool " + u.pool() + " " + u.removed()).toList();
        if (!engine.equals(expected)) {
          out.add("unstaffed: engine " + engine + ", brute force " + expected);
        }
      }
      return out;
    }

    private static Map<Rule, Integer> nonZero(List<AssignmentRecord.RuleCount> counts) {
      Map<Rule, Integer> m = new EnumMap<>(Rule.class);
      counts.forEach(c -> {
        if (c.count() > 0) {
          m.put(c.rule(), c.count());
        }
      });
      return m;
    }
  }

  /**
   * Solves the instance of an engine outcome: the outcome's inputs, its manifest's rules and
   * assignment id, and its seed; compare with {@link Solution#differences}.
   */
  public static Solution solve(AssignmentInput input, AssignmentOutcome outcome) {
    if (outcome instanceof AssignmentOutcome.Assigned a) {
      return solve(input, a.record().manifest().rules(), HexFormat.of().parseHex(
          a.record().seed()), a.record().manifest().assignment());
    }
    AssignmentOutcome.Infeasible inf = (AssignmentOutcome.Infeasible) outcome;
    return solve(input, inf.manifest().rules(), HexFormat.of().parseHex(inf.seed()),
        inf.manifest().assignment());
  }

  /**
   * Solves an instance for a 32-byte seed (the draw seed of the assignment, {@code
   * record.seed()} or {@code Infeasible.seed()}) and an assignment id.
   */
  public static Solution solve(AssignmentInput input, AssignmentRules rules, byte[] seed,
      String assignment) {
    return solve(input, rules, seed, assignment, false);
  }

  /** {@link #solve}, visiting every assignment when {@code exhaustive} (for the self-test). */
  static Solution solve(AssignmentInput input, AssignmentRules rules, byte[] seed,
      String assignment, boolean exhaustive) {
    ReferenceKeys keys = new ReferenceKeys(seed, assignment);
    List<Visit> visits = new ArrayList<>(input.visits());
    Map<String, byte[]> vk = new HashMap<>();
    visits.forEach(v -> vk.put(v.id(), keys.visitKey(v.id())));
    visits.sort((a, b) -> {
      int c = Arrays.compareUnsigned(vk.get(a.id()), vk.get(b.id()));
      return c != 0 ? c : Arrays.compareUnsigned(utf8(a.id()), utf8(b.id()));
    });
    List<List<RuleChecker.Group>> groups = new ArrayList<>();
    Map<String, byte[]> pk = new HashMap<>();
    List<Integer> pools = new ArrayList<>();
    List<Map<Rule, Integer>> removals = new ArrayList<>();
    for (Visit v : visits) {
      TaskRules r = rules.forTask(v.task());
      List<Inspector> pool = RuleChecker.pool(input, v, r);
      Map<Rule, Integer> removed = new EnumMap<>(Rule.class);
      for (Inspector i : input.inspectors()) {
        RuleChecker.removedBy(i, v, r, input.history()).ifPresent(rule ->
            removed.merge(rule, 1, Integer::sum));
      }
      for (Inspector i : pool) {
        pk.put(v.id() + "\u0000" + i.id(), keys.pairKey(v.id(), i.id()));
      }
      groups.add(RuleChecker.groups(v, r, pool));
      pools.add(pool.size());
      removals.add(removed);
    }
    List<String> order = visits.stream().map(Visit::id).toList();
    Search all = new Search(visits, groups, pk, rules, allOf(visits.size()));
    all.exhaustive = exhaustive;
    all.run(0, 0, new ArrayList<>());
    if (all.best != null) {
      Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
      int slot = 0;
      for (int k = 0; k < visits.size(); k++) {
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (RuleChecker.Group g : groups.get(k)) {
          teams.put(g.label(), List.copyOf(all.best.subList(slot, slot + g.demand())));
          slot += g.demand();
        }
        out.put(visits.get(k).id(), teams);
      }
      return new Solution(order, out, List.of());
    }
    List<Integer> admitted = new ArrayList<>();
    List<Unstaffed> unstaffed = new ArrayList<>();
    for (int k = 0; k < visits.size(); k++) {
      List<Integer> with = new ArrayList<>(admitted);
      with.add(k);
      if (feasible(visits, groups, pk, rules, with)) {
        admitted.add(k);
      } else {
        boolean alone = feasible(visits, groups, pk, rules, List.of(k));
        unstaffed.add(new Unstaffed(visits.get(k).id(), alone ? UnstaffedVisit.Cause.CAPACITY
            : UnstaffedVisit.Cause.TOO_FEW_ELIGIBLE, pools.get(k), removals.get(k)));
      }
    }
    if (unstaffed.isEmpty()) {
      throw new IllegalStateException("every visit was admitted, yet the whole is infeasible");
    }
    return new Solution(order, Map.of(), unstaffed);
  }

  private static boolean feasible(List<Visit> visits, List<List<RuleChecker.Group>> groups,
      Map<String, byte[]> pk, AssignmentRules rules, List<Integer> subset) {
    Search s = new Search(visits, groups, pk, rules, subset);
    s.run(0, 0, new ArrayList<>());
    return s.best != null;
  }

  private static List<Integer> allOf(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Depth-first search over the assignments of the visits of {@code subset}: slots in order, each
   * group's candidates in ascending key order, so complete assignments are met in lexicographic
   * order of their key sequences and the first one met is the minimum. With {@code exhaustive}
   * it visits every assignment and keeps the smallest by comparison.
   */
  private static final class Search {
    final List<Visit> visits;
    final List<List<RuleChecker.Group>> groups;
    final Map<String, byte[]> keys;
    final AssignmentRules rules;
    final List<Integer> subset;
    final Map<String, Integer> load = new HashMap<>();
    final Map<String, Integer> taskLoad = new HashMap<>();
    boolean exhaustive;
    List<String> best;
    List<byte[]> bestKeys;

    Search(List<Visit> visits, List<List<RuleChecker.Group>> groups, Map<String, byte[]> keys,
        AssignmentRules rules, List<Integer> subset) {
      this.visits = visits;
      this.groups = groups;
      this.keys = keys;
      this.rules = rules;
      this.subset = subset;
    }

    /** {@code k} indexes {@code subset}, {@code g} the groups of that visit. */
    void run(int k, int g, List<String> chosen) {
      if (!exhaustive && best != null) {
        return;
      }
      if (k == subset.size()) {
        List<byte[]> ks = keysOf(chosen);
        if (best == null || compare(ks, bestKeys) < 0) {
          best = List.copyOf(chosen);
          bestKeys = ks;
        }
        return;
      }
      int vi = subset.get(k);
      if (g == groups.get(vi).size()) {
        run(k + 1, 0, chosen);
        return;
      }
      Visit v = visits.get(vi);
      RuleChecker.Group grp = groups.get(vi).get(g);
      List<String> cands = new ArrayList<>(grp.eligible());
      cands.sort((a, b) -> Arrays.compareUnsigned(key(v, a), key(v, b)));
      choose(k, g, v, cands, 0, grp.demand(), chosen);
    }

    private void choose(int k, int g, Visit v, List<String> cands, int from, int left,
        List<String> chosen) {
      if (left == 0) {
        run(k, g + 1, chosen);
        return;
      }
      Set<String> atVisit = new HashSet<>(chosen.subList(start(k), chosen.size()));
      TaskRules r = rules.forTask(v.task());
      for (int c = from; c < cands.size(); c++) {
        String id = cands.get(c);
        String tk = id + "\u0000" + v.task();
        if (atVisit.contains(id) || load.getOrDefault(id, 0) >= rules.batchCapacity()
            || taskLoad.getOrDefault(tk, 0) >= r.taskCapacity()) {
          continue;
        }
        load.merge(id, 1, Integer::sum);
        taskLoad.merge(tk, 1, Integer::sum);
        chosen.add(id);
        choose(k, g, v, cands, c + 1, left - 1, chosen);
        chosen.remove(chosen.size() - 1);
        load.merge(id, -1, Integer::sum);
        taskLoad.merge(tk, -1, Integer::sum);
      }
    }

    private int start(int k) {
      int n = 0;
      for (int j = 0; j < k; j++) {
        for (RuleChecker.Group g : groups.get(subset.get(j))) {
          n += g.demand();
        }
      }
      return n;
    }

    private byte[] key(Visit v, String id) {
      return keys.get(v.id() + "\u0000" + id);
    }

    private List<byte[]> keysOf(List<String> chosen) {
      List<byte[]> out = new ArrayList<>();
      int slot = 0;
      for (int vi : subset) {
        for (RuleChecker.Group g : groups.get(vi)) {
          for (int u = 0; u < g.demand(); u++) {
            out.add(key(visits.get(vi), chosen.get(slot++)));
          }
        }
      }
      return out;
    }

    private static int compare(List<byte[]> a, List<byte[]> b) {
      for (int i = 0; i < a.size(); i++) {
        int c = Arrays.compareUnsigned(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
  }
}
