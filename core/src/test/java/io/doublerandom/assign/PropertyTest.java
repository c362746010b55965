package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Property tests on random small instances (fixed QuickTheories seeds): an independent exhaustive
 * search ({@link Oracle}) finds the lexicographically smallest feasible assignment; the engine
 * must find an assignment exactly when one exists (completeness, capacities shared between visits
 * included) and must find that same one; and no produced assignment violates any rule.
 */
class PropertyTest {
  private static final String SEED = "property";

  @Test
  void completeAndExactlyTheSpecifiedAssignmentAgainstExhaustiveSearch() {
    int[] feasible = new int[3];
    qt().withFixedSeed(20241126L).withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      Instances.Instance in = Instances.random(seed, 3, 4, 10);
      AssignmentOutcome o = Fx.assign(in.rules(), in.input(), SEED);
      Optional<Map<String, Map<String, List<String>>>> best = Oracle.solve(in.input(),
          in.rules(), Codec.unhex("seed", seedOf(o), 32), "A1");
      assertEquals(best.isPresent(), o.feasible(), () -> "instance " + seed + ": oracle "
          + best + ", engine " + o);
      if (o instanceof AssignmentOutcome.Assigned a) {
        feasible[0]++;
        for (AssignmentRecord.VisitTeam v : a.record().visits()) {
          Map<String, List<String>> teams = new HashMap<>();
          v.team().forEach(m -> teams.computeIfAbsent(m.group(), g -> new java.util.ArrayList<>())
              .add(m.id()));
          Map<String, List<String>> expected = new HashMap<>(best.get().get(v.visit()));
          expected.values().removeIf(List::isEmpty);
          assertEquals(expected, teams, () -> "instance " + seed + " visit " + v.visit());
        }
        assertEquals(List.of(), Oracle.violations(a.record(), in.input()));
        if (capacityBound(a.record(), in)) {
          feasible[2]++;
        }
      } else {
        feasible[1]++;
      }
    });
    assertTrue(feasible[0] > 150 && feasible[1] > 100, "the generator covers both outcomes: "
        + feasible[0] + " feasible, " + feasible[1] + " infeasible");
  }

  /** Whether some group's team is not simply its eligible inspectors with the smallest keys. */
  private static boolean capacityBound(AssignmentRecord record, Instances.Instance in) {
    byte[] seed = Codec.unhex("seed", record.seed(), 32);
    for (Visit v : in.input().visits()) {
      TaskRules r = in.rules().forTask(v.task());
      List<io.doublerandom.model.Inspector> pool = in.input().inspectors().stream()
          .filter(i -> Oracle.removedBy(i, v, r, in.input().history()) == null).toList();
      for (Oracle.Group g : Oracle.groups(v, r, pool)) {
        List<String> sorted = new java.util.ArrayList<>(g.eligible());
        sorted.sort((a, b) -> java.util.Arrays.compareUnsigned(Oracle.pairKey(seed, "A1",
            v.id(), a), Oracle.pairKey(seed, "A1", v.id(), b)));
        List<String> team = record.currentTeam(v.id()).stream()
            .filter(m -> m.group().equals(g.label())).map(AssignmentRecord.Member::id).toList();
        if (!team.equals(sorted.subList(0, g.demand()))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void exactlyTheSpecifiedAssignmentWhenVisitsCompeteForInspectors() {
    int[] count = new int[3];
    qt().withFixedSeed(4711L).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      Instances.Instance in = Instances.tight(seed);
      AssignmentOutcome o = Fx.assign(in.rules(), in.input(), SEED);
      Optional<Map<String, Map<String, List<String>>>> best = Oracle.solve(in.input(),
          in.rules(), Codec.unhex("seed", seedOf(o), 32), "A1");
      assertEquals(best.isPresent(), o.feasible(), () -> "instance " + seed + ": oracle "
          + best + ", engine " + o);
      if (o instanceof AssignmentOutcome.Assigned a) {
        count[0]++;
        for (AssignmentRecord.VisitTeam v : a.record().visits()) {
          Map<String, List<String>> teams = new HashMap<>();
          v.team().forEach(m -> teams.computeIfAbsent(m.group(), g -> new java.util.ArrayList<>())
              .add(m.id()));
          assertEquals(best.get().get(v.visit()), teams, () -> "instance " + seed + " visit "
              + v.visit());
        }
        assertEquals(List.of(), Oracle.violations(a.record(), in.input()));
        if (capacityBound(a.record(), in)) {
          count[2]++;
        }
      } else {
        count[1]++;
        AssignmentOutcome.Infeasible inf = (AssignmentOutcome.Infeasible) o;
        if (inf.unstaffed().stream().anyMatch(u -> u.cause() == UnstaffedVisit.Cause.CAPACITY)) {
          count[1] += 1000;
        }
      }
    });
    assertTrue(count[0] > 100 && count[2] > 30 && count[1] % 1000 > 30 && count[1] / 1000 > 10,
        "coverage: " + count[0] + " feasible, " + count[2] + " of them with binding capacity, "
            + count[1] % 1000 + " infeasible, " + count[1] / 1000 + " by capacity");
  }

  static String seedOf(AssignmentOutcome o) {
    return o instanceof AssignmentOutcome.Assigned a ? a.record().seed()
        : ((AssignmentOutcome.Infeasible) o).seed();
  }

  @Test
  void noRuleIsEverViolatedOnLargerRandomDirectories() {
    int[] feasible = new int[1];
    qt().withFixedSeed(777L).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      Instances.Instance in = Instances.random(seed, 25, 30, 80);
      AssignmentOutcome o = Fx.assign(in.rules(), in.input(), SEED + seed);
      if (o instanceof AssignmentOutcome.Assigned a) {
        feasible[0]++;
        List<String> v = Oracle.violations(a.record(), in.input());
        if (!v.isEmpty()) {
          fail("instance " + seed + ": " + v);
        }
        assertTrue(Assignment.verify(a.record(), in.input()).reproduces());
      } else {
        AssignmentOutcome.Infeasible inf = (AssignmentOutcome.Infeasible) o;
        assertTrue(!inf.unstaffed().isEmpty());
      }
    });
    assertTrue(feasible[0] > 20, "feasible instances: " + feasible[0]);
  }
}
