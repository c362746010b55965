package io.doublerandom.testkit.assign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.assign.Visit;
import io.doublerandom.fixtures.Ids;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RelationKind;
import io.doublerandom.testkit.stats.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.junit.jupiter.api.Test;

/**
 * Equal selection of inspectors, measured with the testkit over fixed seeds (α = 0.001 each).
 * Formerly core's assign FairnessTest.
 */
class AssignmentFairnessTest {
  private static final double ALPHA = 0.001;

  @Test
  void capacityNotBindingEveryEligibleOfficerIsEquallyLikely() {
    List<Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ins.add(AssignmentFixtures.officer("O" + i).build());
    }
    // a conflicted and an out-of-scope officer must never appear (the experiment fails if one
    // is chosen: they are not eligible by the rule text)
    ins.add(AssignmentFixtures.officer("conflicted").addConflicts(DeclaredConflict.withEntity(
        RelationKind.SELF, EntityId.parse(Ids.creditCode(0)))).build());
    ins.add(AssignmentFixtures.officer("elsewhere").region(RegionCode.of("140200"))
        .authorityCode("DT").build());
    AssignmentInput input = AssignmentInput.of(ins, List.of(AssignmentFixtures.visit("V0",
        Ids.creditCode(0))));
    AssignmentExperiment e = AssignmentExperiment.run(input, AssignmentRules.standard(),
        Seeds.labelled("fair", 3000));
    assertTrue(e.counts("V0", "officers").keySet().equals(Set.of("O0", "O1", "O2", "O3", "O4",
        "O5", "O6", "O7", "O8", "O9", "O10", "O11")), e.counts("V0", "officers").toString());
    e.uniformAmongEligible("V0", "officers", ALPHA).orThrow();
  }

  @Test
  void capacityBindingInterchangeableOfficersStayEquallyLikely() {
    List<Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ins.add(AssignmentFixtures.officer("O" + i).build());
    }
    List<Visit> visits = new ArrayList<>();
    for (int k = 0; k < 7; k++) {
      visits.add(AssignmentFixtures.visit("V" + k, Ids.creditCode(k)));
    }
    // 14 places, 8 officers of capacity 2: capacity binds in every assignment
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withTaskCapacity(2));
    AssignmentExperiment e = AssignmentExperiment.run(AssignmentInput.of(ins, visits), rules,
        Seeds.labelled("fair", 1500));
    List<String> all = ins.stream().map(Inspector::id).toList();
    for (String v : List.of("V0", "V3", "V6")) {
      e.equalAmongInterchangeable(v, "officers", all, 2, ALPHA / 3).orThrow();
    }
  }

  /**
   * Capacity binding with unequal eligibility: A may go to V0 or V1, B only to V0, C only to V1,
   * one officer per visit, capacity 1. Serial choice in random visit order gives P(A at V0) =
   * 3/8, not 1/2: an inspector in demand elsewhere is less likely here. The frequency matches
   * 3/8 and differs from 1/2 (exact binomial tests, α = 0.001).
   */
  @Test
  void capacityBindingUnequalEligibilityGivesTheStatedProbabilities() {
    List<Inspector> ins = List.of(
        AssignmentFixtures.officer("A").region(RegionCode.of("140100")).authorityCode("TY")
            .build(),
        AssignmentFixtures.officer("B").build(),
        AssignmentFixtures.officer("C").region(RegionCode.of("140106")).authorityCode("XH")
            .build());
    List<Visit> visits = List.of(AssignmentFixtures.visit("V0", Ids.creditCode(0)),
        Visit.of("V1", "T1", new EntityRef(Ids.creditCode(1), RegionCode.of("140106"), "XH",
            null), AssignmentFixtures.DATES));
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withOfficers(1)
        .withTaskCapacity(1));
    int trials = 4000;
    AssignmentExperiment e = AssignmentExperiment.run(AssignmentInput.of(ins, visits), rules,
        Seeds.labelled("fair", trials));
    Map<String, Long> at0 = e.counts("V0", "officers");
    int a = (int) (long) at0.get("A");
    BinomialTest bt = new BinomialTest();
    assertTrue(bt.binomialTest(trials, a, 3.0 / 8, AlternativeHypothesis.TWO_SIDED) >= ALPHA,
        "A at V0 " + a + " of " + trials + ", expected 3/8");
    assertTrue(bt.binomialTest(trials, a, 0.5, AlternativeHypothesis.TWO_SIDED) < ALPHA,
        "binding capacity is measurably not uniform: A at V0 " + a + " of " + trials);
  }

  @Test
  void theRuleCheckerNamesEveryBrokenRuleOfATamperedRecord() {
    List<Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ins.add(AssignmentFixtures.officer("O" + i).build());
    }
    ins.add(AssignmentFixtures.officer("conflicted").addConflicts(DeclaredConflict.withEntity(
        RelationKind.SELF, EntityId.parse(Ids.creditCode(0)))).build());
    AssignmentInput input = AssignmentInput.of(ins, List.of(AssignmentFixtures.visit("V0",
        Ids.creditCode(0))));
    AssignmentRecord r = Support.record(AssignmentRules.standard(), input, "tamper");
    assertTrue(RuleChecker.violations(r, input).isEmpty());
    AssignmentRecord.VisitTeam v = r.visits().get(0);
    List<AssignmentRecord.Member> team = new ArrayList<>(v.team());
    AssignmentRecord.Member out = team.set(1, new AssignmentRecord.Member("officers", "conflicted",
        "官conflicted", team.get(1).key()));
    AssignmentRecord.VisitTeam bad = new AssignmentRecord.VisitTeam(v.visit(), v.task(),
        v.entity(), v.key(), v.pool(), v.removed(), v.groups(), "conflicted", team);
    AssignmentRecord tampered = new AssignmentRecord(r.spec(), r.manifest(), r.manifestHash(),
        r.seedSource(), r.seed(), List.of(bad), List.of());
    List<String> broken = RuleChecker.violations(tampered, input);
    assertTrue(broken.contains("V0 officers: conflicted not eligible (CONFLICT)"), broken
        + " (replaced " + out.id() + ")");
  }
}
