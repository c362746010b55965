package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.Inspector;
import io.doublerandom.model.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Statistical tests of equal selection over fixed seeds {@code "fair-" + i} (the outcome never
 * changes; with a correct implementation each fails with probability at most α). Critical values
 * from standard χ² tables (NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.4,
 * upper-tail 0.001): χ²_{0.999}(11) = 31.264, χ²_{0.999}(7) = 24.322; normal two-sided α = 0.001:
 * z = 3.291.
 */
class FairnessTest {
  private static final double CHI2_999_DF11 = 31.264;
  private static final double CHI2_999_DF7 = 24.322;
  private static final double Z_999 = 3.291;

  /**
   * Team selection counts of a visit that takes 2 of N interchangeable officers: any
   * exchangeable distribution over 2-subsets is uniform over them, so the counts have the
   * covariance of simple random sampling without replacement and {@code Σ(O−E)²/E ·
   * (N−1)/(N(1−p))}, p = 2/N, is asymptotically χ² with N − 1 degrees of freedom.
   */
  private static double chiSquare(Map<String, Integer> counts, int n, int trials) {
    double p = 2.0 / n;
    double expected = trials * p;
    double x = 0;
    for (int o : counts.values()) {
      x += (o - expected) * (o - expected) / expected;
    }
    return x * (n - 1) / (n * (1 - p));
  }

  @Test
  void capacityNotBindingEveryEligibleOfficerIsEquallyLikely() {
    List<Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ins.add(Fx.officer("O" + i).build());
    }
    // a conflicted and an out-of-scope officer must never appear
    ins.add(Fx.officer("conflicted").addConflicts(io.doublerandom.model.DeclaredConflict
        .withEntity(io.doublerandom.model.RelationKind.SELF, io.doublerandom.model.EntityId
            .parse(Instances.entityId(0)))).build());
    ins.add(Fx.officer("elsewhere").region(RegionCode.of("140200")).authorityCode("DT").build());
    List<Visit> visits = List.of(Visit.of("V0", "T1", Fx.entity(Instances.entityId(0)),
        Fx.DATES));
    AssignmentInput input = Fx.input(ins, visits);
    int trials = 3000;
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      counts.put("O" + i, 0);
    }
    for (int s = 0; s < trials; s++) {
      AssignmentRecord r = Fx.record(AssignmentRules.standard(), input, "fair-" + s);
      for (AssignmentRecord.Member m : r.visits().get(0).team()) {
        assertTrue(counts.containsKey(m.id()), m.id());
        counts.merge(m.id(), 1, Integer::sum);
      }
    }
    double x = chiSquare(counts, 12, trials);
    assertTrue(x < CHI2_999_DF11, "chi-square " + x + " counts " + counts);
  }

  @Test
  void capacityBindingInterchangeableOfficersStayEquallyLikely() {
    List<Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ins.add(Fx.officer("O" + i).build());
    }
    List<Visit> visits = new ArrayList<>();
    for (int k = 0; k < 7; k++) {
      visits.add(Visit.of("V" + k, "T1", Fx.entity(Instances.entityId(k)), Fx.DATES));
    }
    // 14 places, 8 officers of capacity 2: capacity binds in every draw
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withTaskCapacity(2));
    AssignmentInput input = Fx.input(ins, visits);
    int trials = 1500;
    Map<String, Integer> counts = new TreeMap<>();
    ins.forEach(i -> counts.put(i.id(), 0));
    int notSmallestKeys = 0;
    for (int s = 0; s < trials; s++) {
      AssignmentRecord r = Fx.record(rules, input, "fair-" + s);
      AssignmentRecord.VisitTeam v0 = r.visit("V0").orElseThrow();
      v0.team().forEach(m -> counts.merge(m.id(), 1, Integer::sum));
      AssignmentRecord.VisitTeam last = r.visits().get(r.visits().size() - 1);
      if (last.team().stream().anyMatch(m -> !isAmongSmallest(r, last, m))) {
        notSmallestKeys++;
      }
    }
    assertTrue(notSmallestKeys > trials / 2, "capacity binds: " + notSmallestKeys);
    double x = chiSquare(counts, 8, trials);
    assertTrue(x < CHI2_999_DF7, "chi-square " + x + " counts " + counts);
  }

  private static boolean isAmongSmallest(AssignmentRecord r, AssignmentRecord.VisitTeam v,
      AssignmentRecord.Member m) {
    byte[] seed = Codec.unhex("seed", r.seed(), 32);
    int smaller = 0;
    for (int i = 0; i < 8; i++) {
      if (java.util.Arrays.compareUnsigned(Oracle.pairKey(seed, "A1", v.visit(), "O" + i),
          Codec.unhex("k", m.key(), 32)) < 0) {
        smaller++;
      }
    }
    return smaller < 2;
  }

  /**
   * Capacity binding with unequal eligibility: A may go to V0 or V1, B only to V0, C only to V1,
   * one visit each, one officer per visit. Serial choice in random visit order with uniform
   * keys gives P(A at V0) = 1/2·1/2 + 1/2·1/2·1/2 = 3/8, not 1/2: an inspector in demand
   * elsewhere is less likely here. The measured frequency matches 3/8 (z-test, α = 0.001) and
   * differs from 1/2.
   */
  @Test
  void capacityBindingUnequalEligibilityGivesTheStatedProbabilities() {
    List<Inspector> ins = List.of(
        Fx.officer("A").region(RegionCode.of("140100")).authorityCode("TY").build(),
        Fx.officer("B").build(),
        Fx.officer("C").region(RegionCode.of("140106")).authorityCode("XH").build());
    List<Visit> visits = List.of(
        Visit.of("V0", "T1", Fx.entity(Instances.entityId(0)), Fx.DATES),
        Visit.of("V1", "T1", new EntityRef(Instances.entityId(1), RegionCode.of("140106"),
            "XH", null), Fx.DATES));
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withOfficers(1)
        .withTaskCapacity(1));
    AssignmentInput input = Fx.input(ins, visits);
    int trials = 4000;
    int aAtV0 = 0;
    for (int s = 0; s < trials; s++) {
      AssignmentRecord r = Fx.record(rules, input, "fair-" + s);
      String at0 = r.visit("V0").orElseThrow().team().get(0).id();
      String at1 = r.visit("V1").orElseThrow().team().get(0).id();
      assertTrue(!at0.equals(at1) && !at0.equals("C") && !at1.equals("B"), at0 + " " + at1);
      if (at0.equals("A")) {
        aAtV0++;
      }
    }
    double p = 3.0 / 8;
    double z = (aAtV0 - trials * p) / Math.sqrt(trials * p * (1 - p));
    assertTrue(Math.abs(z) < Z_999, "A at V0 " + aAtV0 + " of " + trials + ", z = " + z);
    double zHalf = (aAtV0 - trials * 0.5) / Math.sqrt(trials * 0.25);
    assertTrue(zHalf < -Z_999, "binding capacity is measurably not uniform: z = " + zHalf);
  }
}
