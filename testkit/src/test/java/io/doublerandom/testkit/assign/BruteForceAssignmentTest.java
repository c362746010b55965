package io.doublerandom.testkit.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.assign.UnstaffedVisit;
import io.doublerandom.assign.Visit;
import io.doublerandom.testkit.quicktheories.QuickTheoriesGens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine against the brute-force solver on random small instances (fixed QuickTheories
 * seeds): it finds an assignment exactly when one exists (completeness, capacities shared between
 * visits included), finds the specified one (the lexicographic minimum), reports the same
 * unstaffed visits with the same causes when none exists, and no produced assignment breaks a
 * rule. Formerly core's assign PropertyTest.
 */
class BruteForceAssignmentTest {
  @Test
  void completeAndExactlyTheSpecifiedAssignmentOnRandomInstances() {
    int[] n = new int[2];
    qt().withFixedSeed(20241126L).withExamples(600)
        .forAll(QuickTheoriesGens.of(AssignmentInstances.random(3, 4, 10))).checkAssert(in -> {
          AssignmentOutcome o = Support.assign(in, "property");
          BruteForceAssignment.Solution best = BruteForceAssignment.solve(in.input(), in.rules(),
              Support.seedOf(o), "A1");
          assertEquals(List.of(), best.differences(o), () -> in.toString());
          if (o instanceof AssignmentOutcome.Assigned a) {
            n[0]++;
            assertEquals(List.of(), RuleChecker.violations(a.record(), in.input()));
          } else {
            n[1]++;
          }
        });
    assertTrue(n[0] > 100 && n[1] > 60, "the generator covers both outcomes: " + n[0]
        + " feasible, " + n[1] + " infeasible");
  }

  @Test
  void exactlyTheSpecifiedAssignmentWhenVisitsCompeteForInspectors() {
    int[] n = new int[4];
    qt().withFixedSeed(4711L).withExamples(250)
        .forAll(QuickTheoriesGens.of(AssignmentInstances.tight())).checkAssert(in -> {
          AssignmentOutcome o = Support.assign(in, "property");
          BruteForceAssignment.Solution best = BruteForceAssignment.solve(in.input(), in.rules(),
              Support.seedOf(o), "A1");
          assertEquals(List.of(), best.differences(o), () -> in.toString());
          if (o instanceof AssignmentOutcome.Assigned a) {
            n[0]++;
            assertEquals(List.of(), RuleChecker.violations(a.record(), in.input()));
            if (capacityBound(a.record(), in)) {
              n[1]++;
            }
          } else {
            n[2]++;
            if (best.unstaffed().stream()
                .anyMatch(u -> u.cause() == UnstaffedVisit.Cause.CAPACITY)) {
              n[3]++;
            }
          }
        });
    assertTrue(n[0] > 70 && n[1] > 20 && n[2] > 20 && n[3] > 7, "coverage: " + n[0]
        + " feasible, " + n[1] + " of them with binding capacity, " + n[2] + " infeasible, "
        + n[3] + " by capacity");
  }

  @Test
  void theFirstAssignmentOfTheDepthFirstSearchIsTheSmallestOfAll() {
    for (long seed = 0; seed < 150; seed++) {
      AssignmentInstance in = AssignmentInstances.tight().fromSeed(seed);
      byte[] s = Support.seedOf(Support.assign(in, "order"));
      assertEquals(BruteForceAssignment.solve(in.input(), in.rules(), s, "A1", true),
          BruteForceAssignment.solve(in.input(), in.rules(), s, "A1"), "instance " + seed);
    }
  }

  @Test
  void noRuleIsEverBrokenOnLargerRandomDirectories() {
    int[] feasible = new int[1];
    qt().withFixedSeed(777L).withExamples(100)
        .forAll(QuickTheoriesGens.of(AssignmentInstances.random(25, 30, 80))).checkAssert(in -> {
          AssignmentOutcome o = Support.assign(in, "larger");
          if (o instanceof AssignmentOutcome.Assigned a) {
            feasible[0]++;
            assertEquals(List.of(), RuleChecker.violations(a.record(), in.input()));
            assertTrue(Assignment.verify(a.record(), in.input()).reproduces());
          }
        });
    assertTrue(feasible[0] > 15, "feasible instances: " + feasible[0]);
  }

  /** Whether some group's team is not simply its eligible inspectors with the smallest keys. */
  private static boolean capacityBound(AssignmentRecord record, AssignmentInstance in) {
    ReferenceKeys keys = new ReferenceKeys(java.util.HexFormat.of().parseHex(record.seed()),
        "A1");
    for (Visit v : in.input().visits()) {
      TaskRules r = in.rules().forTask(v.task());
      for (RuleChecker.Group g : RuleChecker.groups(v, r, RuleChecker.pool(in.input(), v, r))) {
        List<String> sorted = new ArrayList<>(g.eligible());
        sorted.sort((a, b) -> Arrays.compareUnsigned(keys.pairKey(v.id(), a),
            keys.pairKey(v.id(), b)));
        List<String> team = record.currentTeam(v.id()).stream()
            .filter(m -> m.group().equals(g.label())).map(AssignmentRecord.Member::id).toList();
        if (!team.equals(sorted.subList(0, g.demand()))) {
          return true;
        }
      }
    }
    return false;
  }
}
