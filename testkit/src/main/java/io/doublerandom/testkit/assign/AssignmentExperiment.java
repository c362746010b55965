package io.doublerandom.testkit.assign;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.Visit;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.testkit.stats.Fairness;
import io.doublerandom.testkit.stats.Seeds;
import io.doublerandom.testkit.stats.TestOutcome;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one assignment over many seeds (real, verifiable assignments with each seed as recorded
 * seed material) and counts how often each inspector was chosen for each visit's group, with the
 * eligible inspectors of every group (from {@link RuleChecker}) counted from zero; shortcuts to
 * {@link Fairness#uniformAmongEligible} and {@link Fairness#equalAmongInterchangeable}.
 *
 * <pre>{@code
 * AssignmentExperiment e = AssignmentExperiment.run(input, rules, Seeds.labelled("fair", 3000));
 * e.uniformAmongEligible("V0", "officers", 0.001).orThrow();
 * }</pre>
 */
public final class AssignmentExperiment {
  private final Seeds seeds;
  private final int trials;
  private final Map<String, Map<String, Map<String, Long>>> counts; // visit -> group -> id -> n
  private final Map<String, Map<String, Integer>> demand;

  private AssignmentExperiment(Seeds seeds, int trials,
      Map<String, Map<String, Map<String, Long>>> counts,
      Map<String, Map<String, Integer>> demand) {
    this.seeds = seeds;
    this.trials = trials;
    this.counts = counts;
    this.demand = demand;
  }

  /**
   * Assigns {@code seeds.count()} times (assignment id {@code "A1"}, seed plan recorded).
   *
   * @throws AssertionError if some seed gives no assignment (the experiment needs a feasible
   *     instance), naming the seed
   */
  public static AssignmentExperiment run(AssignmentInput input, AssignmentRules rules,
      Seeds seeds) {
    AssignmentManifest m = AssignmentManifest.create("A1", "", rules, SeedPlan.recorded(), input);
    Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();
    Map<String, Map<String, Integer>> demand = new TreeMap<>();
    for (Visit v : input.visits()) {
      Map<String, Map<String, Long>> byGroup = new TreeMap<>();
      Map<String, Integer> d = new TreeMap<>();
      var r = rules.forTask(v.task());
      for (RuleChecker.Group g : RuleChecker.groups(v, r, RuleChecker.pool(input, v, r))) {
        Map<String, Long> c = new TreeMap<>();
        g.eligible().forEach(id -> c.put(id, 0L));
        byGroup.put(g.label(), c);
        d.put(g.label(), g.demand());
      }
      counts.put(v.id(), byGroup);
      demand.put(v.id(), d);
    }
    for (int i = 0; i < seeds.count(); i++) {
      AssignmentOutcome o = Assignment.assign(m, seeds.recorded(i), input);
      if (!(o instanceof AssignmentOutcome.Assigned a)) {
        throw new AssertionError("seed " + i + " of " + seeds + " gives no assignment: " + o);
      }
      for (AssignmentRecord.VisitTeam t : a.record().visits()) {
        for (AssignmentRecord.Member member : t.team()) {
          Map<String, Long> c = counts.get(t.visit()).get(member.group());
          if (c == null || !c.containsKey(member.id())) {
            throw new AssertionError("seed " + i + ": " + member.id() + " in group "
                + member.group() + " of visit " + t.visit() + " is not eligible by the rule text");
          }
          c.merge(member.id(), 1L, Long::sum);
        }
      }
    }
    return new AssignmentExperiment(seeds, seeds.count(), counts, demand);
  }

  /** The number of assignments. */
  public int trials() {
    return trials;
  }

  /** How often each eligible inspector of the visit's group was chosen. */
  public Map<String, Long> counts(String visit, String group) {
    Map<String, Long> c = group(visit, group);
    return java.util.Collections.unmodifiableMap(c);
  }

  /** {@link Fairness#uniformAmongEligible} of the visit's group. */
  public TestOutcome uniformAmongEligible(String visit, String group, double alpha) {
    return Fairness.uniformAmongEligible(group(visit, group), demand.get(visit).get(group),
        trials, alpha, seeds);
  }

  /**
   * {@link Fairness#equalAmongInterchangeable} over {@code inspectors} of the visit's group,
   * which must take exactly {@code perTrial} of them in every assignment.
   */
  public TestOutcome equalAmongInterchangeable(String visit, String group,
      Collection<String> inspectors, int perTrial, double alpha) {
    Map<String, Long> all = group(visit, group);
    Map<String, Long> some = new HashMap<>();
    for (String id : inspectors) {
      Long n = all.get(id);
      if (n == null) {
        throw new IllegalArgumentException(id + " is not eligible in group " + group
            + " of visit " + visit + "; eligible: " + all.keySet());
      }
      some.put(id, n);
    }
    return Fairness.equalAmongInterchangeable(some, perTrial, trials, alpha, seeds);
  }

  private Map<String, Long> group(String visit, String group) {
    Map<String, Map<String, Long>> v = counts.get(visit);
    if (v == null || !v.containsKey(group)) {
      throw new IllegalArgumentException("no group " + group + " at visit " + visit
          + "; groups: " + (v == null ? List.of() : v.keySet()));
    }
    return v.get(group);
  }
}
