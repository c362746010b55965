package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedRejectedException;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.Verification;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.RelationKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Infeasibility reports, replacements, verification with tampering, JSON round trips,
 * determinism and input-order independence.
 */
class OutcomeTest {
  private static List<Inspector> officers(int n) {
    List<Inspector> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Fx.officer("O" + i).build());
    }
    return out;
  }

  private static List<Visit> visits(int n) {
    List<Visit> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(Visit.of("V" + k, "T1", Fx.entity(Instances.entityId(k)), Fx.DATES));
    }
    return out;
  }

  private static int count(UnstaffedVisit u, Rule rule) {
    return u.removed().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow().count();
  }

  @Test
  void infeasibleReportNamesEachVisitWithItsRuleCountsAndAssignsNothing() {
    List<Inspector> ins = officers(3);
    ins.add(Fx.officer("conflicted").addConflicts(DeclaredConflict.withEntity(
        RelationKind.NEAR_RELATIVE, EntityId.parse(Instances.entityId(0)))).build());
    ins.add(Fx.officer("away").addUnavailable(Fx.DATES).build());
    ins.add(Fx.expert("X", "S1").build());
    List<Visit> vs = visits(3);
    vs.set(0, vs.get(0).withRecusalRequests(List.of("O0", "O1")));
    vs.set(2, vs.get(2).withSpecialties(List.of("S9")));
    AssignmentOutcome o = Fx.assign(AssignmentRules.standard(), Fx.input(ins, vs), "inf");
    assertFalse(o.feasible());
    AssignmentOutcome.Infeasible inf = (AssignmentOutcome.Infeasible) o;
    UnstaffedVisit v0 = inf.unstaffed().stream().filter(u -> u.visit().equals("V0"))
        .findFirst().orElseThrow();
    assertEquals(UnstaffedVisit.Cause.TOO_FEW_ELIGIBLE, v0.cause());
    assertEquals(1, count(v0, Rule.CONFLICT));
    assertEquals(2, count(v0, Rule.RECUSAL_REQUEST));
    assertEquals(1, count(v0, Rule.UNAVAILABLE));
    assertEquals(1, count(v0, Rule.SPECIALTY));
    assertEquals(1, v0.pool());
    assertEquals(List.of(new AssignmentRecord.GroupCount("officers", 2, 1)), v0.groups());
    assertEquals(List.of("V0", "V2"), inf.unstaffed().stream().map(UnstaffedVisit::visit)
        .sorted().toList(), "V1 can be staffed and is not reported");
    UnstaffedVisit v2 = inf.unstaffed().stream().filter(u -> u.visit().equals("V2"))
        .findFirst().orElseThrow();
    assertEquals(UnstaffedVisit.Cause.TOO_FEW_ELIGIBLE, v2.cause());
    assertEquals(new AssignmentRecord.GroupCount("expert:S9", 1, 0), v2.groups().get(1));
    assertTrue(inf.toString().contains("V2") && inf.toString().contains("expert:S9 0 eligible"),
        inf.toString());
  }

  @Test
  void capacityReportNamesTheVisitsThatDoNotFitAfterTheEarlierOnes() {
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withTaskCapacity(1));
    AssignmentOutcome o = Fx.assign(rules, Fx.input(officers(5), visits(3)), "cap");
    AssignmentOutcome.Infeasible inf = (AssignmentOutcome.Infeasible) o;
    assertEquals(1, inf.unstaffed().size());
    UnstaffedVisit u = inf.unstaffed().get(0);
    assertEquals(UnstaffedVisit.Cause.CAPACITY, u.cause());
    assertEquals(5, u.pool());
    // it is the last of the three in visit order
    byte[] seed = Codec.unhex("seed", inf.seed(), 32);
    String last = visits(3).stream().map(Visit::id).max((a, b) -> java.util.Arrays
        .compareUnsigned(Oracle.visitKey(seed, "A1", a), Oracle.visitKey(seed, "A1", b)))
        .orElseThrow();
    assertEquals(last, u.visit());
  }

  @Test
  void determinismAndInputOrderIndependence() {
    List<Inspector> ins = officers(9);
    ins.add(Fx.expert("X1", "S1").build());
    ins.add(Fx.expert("X2", "S1", "S2").build());
    List<Visit> vs = visits(4);
    vs.set(1, vs.get(1).withSpecialties(List.of("S1", "S2")));
    List<PastVisit> history = List.of(new PastVisit(Instances.entityId(0), "O1", Fx.DAY
        .minusDays(3)), new PastVisit(Instances.entityId(2), "O4", Fx.DAY.minusDays(300)));
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withTaskCapacity(1));
    AssignmentRecord a = Fx.record(rules, AssignmentInput.of(ins, vs, history), "det");
    Random shuffle = new Random(7);
    for (int rep = 0; rep < 10; rep++) {
      List<Inspector> i2 = new ArrayList<>(ins);
      Collections.shuffle(i2, shuffle);
      List<Visit> v2 = new ArrayList<>(vs);
      Collections.shuffle(v2, shuffle);
      List<PastVisit> h2 = new ArrayList<>(history);
      Collections.shuffle(h2, shuffle);
      AssignmentRecord b = Fx.record(rules, AssignmentInput.of(i2, v2, h2), "det");
      assertEquals(a.toJson(), b.toJson());
    }
    assertTrue(!a.toJson().equals(Fx.record(rules, AssignmentInput.of(ins, vs, history),
        "other").toJson()), "another seed gives another record");
  }

  @Test
  void jsonRoundTripKeepsEveryField() {
    List<Inspector> ins = officers(6);
    ins.add(Fx.expert("X1", "S1").build());
    ins.add(Fx.expert("X2", "S1").build());
    List<Visit> vs = visits(2);
    vs.set(0, vs.get(0).withSpecialties(List.of("S1")));
    AssignmentInput input = Fx.input(ins, vs);
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withRotationDays(10))
        .withTask("T9", TaskRules.standard().withScope(Scope.CROSS_COUNTY, List.of(
            io.doublerandom.model.RegionCode.of("140200")))).withBatchCapacity(5);
    AssignmentManifest m = AssignmentManifest.create("A1", Codec.hex(Fx.sha("draw")), rules,
        SeedPlan.commitReveal(List.of(new SeedPlan.Commitment("局", SeedSource.commitment(
            Fx.sha("secret"))))), input);
    AssignmentOutcome o = Assignment.assign(m, new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("局", Fx.sha("secret")))), input);
    AssignmentRecord r = ((AssignmentOutcome.Assigned) o).record();
    r = Assignment.replace(r, input, r.visits().get(0).visit(), r.visits().get(0).team().get(0)
        .id(), ReplacementCause.UNAVAILABLE, "病假").orElseThrow();
    String json = r.toJson();
    AssignmentRecord back = AssignmentRecord.fromJson(json);
    assertEquals(r, back);
    assertEquals(json, back.toJson());
    assertTrue(Assignment.verify(back, input).reproduces());
    assertThrows(IllegalArgumentException.class, () -> AssignmentRecord.fromJson(
        json.replace("\"spec\"", "\"unknown\" : 1, \"spec\"")));
  }

  @Test
  void anInspectorWithdrawnAsUnavailableIsNeverAReplacementAgain() {
    List<Inspector> ins = officers(6);
    List<Visit> vs = visits(2);
    AssignmentInput input = Fx.input(ins, vs);
    AssignmentRecord r = Fx.record(AssignmentRules.standard(), input, "w");
    String ill = r.visit("V0").orElseThrow().team().get(0).id();
    AssignmentRecord r1 = Assignment.replace(r, input, "V0", ill, ReplacementCause.UNAVAILABLE,
        "病假").orElseThrow();
    AssignmentRecord r2 = r1;
    for (int i = 0; i < 3; i++) {
      String leaving = r2.currentTeam("V1").get(0).id();
      Optional<AssignmentRecord> next = Assignment.replace(r2, input, "V1", leaving,
          ReplacementCause.CONFLICT, "回避");
      if (next.isEmpty()) {
        break;
      }
      r2 = next.get();
      assertFalse(r2.replacements().get(r2.replacements().size() - 1).replacement().equals(ill));
    }
    assertTrue(Assignment.verify(r2, input).reproduces());
    assertEquals(r2.currentLeader("V0"), Engine.leader(r2.currentTeam("V0")));
  }

  @Test
  void verificationListsEveryDifference() {
    List<Inspector> ins = officers(6);
    ins.add(Fx.expert("X1", "S1").build());
    List<Visit> vs = visits(3);
    vs.set(1, vs.get(1).withSpecialties(List.of("S1")));
    AssignmentInput input = Fx.input(ins, vs);
    AssignmentRecord r = Fx.record(AssignmentRules.standard(), input, "ver");
    assertTrue(Assignment.verify(r, input).reproduces());

    // the directory changed after the fact: digest, and the teams it changes
    List<Inspector> changed = new ArrayList<>(ins);
    changed.set(0, Fx.officer("O0").addConflicts(DeclaredConflict.withEntity(RelationKind.SELF,
        EntityId.parse(Instances.entityId(0)))).build());
    Verification v = Assignment.verify(r, Fx.input(changed, vs));
    assertTrue(fields(v).contains("manifest.directoryDigest"), v.toString());
    assertTrue(fields(v).contains("visits[V0].removed[conflict]"), v.toString());
    // a renamed inspector: the digest holds (names are not in it) but the team name differs
    List<Inspector> renamed = new ArrayList<>(ins);
    renamed.set(1, Fx.officer("O1").name("别名").build());
    Verification vn = Assignment.verify(r, Fx.input(renamed, vs));
    assertFalse(fields(vn).contains("manifest.directoryDigest"));
    assertTrue(r.visits().stream().noneMatch(x -> Fx.ids(x.team()).contains("O1"))
        || fields(vn).stream().anyMatch(f -> f.endsWith("[O1].name")), vn.toString());

    // a swapped team member
    AssignmentRecord.VisitTeam t = r.visits().get(0);
    List<AssignmentRecord.Member> team = new ArrayList<>(t.team());
    String outsider = ins.stream().map(Inspector::id).filter(id -> id.startsWith("O")
        && !Fx.ids(t.team()).contains(id)).findFirst().orElseThrow();
    team.set(0, new AssignmentRecord.Member("officers", outsider, "x", t.team().get(0).key()));
    AssignmentRecord forged = with(r, 0, new AssignmentRecord.VisitTeam(t.visit(), t.task(),
        t.entity(), t.key(), t.pool() + 1, t.removed(), t.groups(), t.leader(), team));
    Verification vf = Assignment.verify(forged, input);
    assertTrue(fields(vf).contains("visits[" + t.visit() + "].team[" + outsider + "]"));
    assertTrue(fields(vf).contains("visits[" + t.visit() + "].team[" + t.team().get(0).id()
        + "]"));
    assertTrue(fields(vf).contains("visits[" + t.visit() + "].pool"));

    // a forged seed, a forged manifest hash, a changed rule, a forged replacement
    AssignmentRecord badSeed = new AssignmentRecord(r.spec(), r.manifest(), r.manifestHash(),
        r.seedSource(), Codec.hex(Fx.sha("forged")), r.visits(), r.replacements());
    assertTrue(fields(Assignment.verify(badSeed, input)).contains("seed"));
    AssignmentRecord badHash = new AssignmentRecord(r.spec(), r.manifest(),
        Codec.hex(Fx.sha("h")), r.seedSource(), r.seed(), r.visits(), r.replacements());
    assertTrue(fields(Assignment.verify(badHash, input)).contains("manifestHash"));
    AssignmentManifest m = r.manifest();
    AssignmentManifest otherRules = new AssignmentManifest(m.spec(), m.assignment(),
        m.drawRecordHash(), m.directoryDigest(), m.directorySize(), m.visitsDigest(),
        m.visitCount(), m.historyDigest(), m.historySize(), AssignmentRules.of(TaskRules
            .standard().withOfficers(3)), m.seedPlan());
    AssignmentRecord badRules = new AssignmentRecord(r.spec(), otherRules, r.manifestHash(),
        r.seedSource(), r.seed(), r.visits(), r.replacements());
    Verification vr = Assignment.verify(badRules, input);
    assertTrue(fields(vr).contains("manifestHash"), vr.toString());
    assertTrue(fields(vr).stream().anyMatch(f -> f.endsWith(".groups[officers].demand")),
        vr.toString());
    AssignmentRecord rep = Assignment.replace(r, input, "V0", r.visit("V0").orElseThrow()
        .team().get(0).id(), ReplacementCause.CONFLICT, "回避").orElseThrow();
    AssignmentRecord.Replacement x = rep.replacements().get(0);
    AssignmentRecord forgedRep = new AssignmentRecord(rep.spec(), rep.manifest(),
        rep.manifestHash(), rep.seedSource(), rep.seed(), rep.visits(), List.of(
            new AssignmentRecord.Replacement(x.visit(), x.group(), x.replaced(), outsider + "z",
                x.name(), x.key(), x.cause(), x.reason())));
    assertTrue(fields(Assignment.verify(forgedRep, input)).contains(
        "replacements[0].replacement"));
    // another seed source than the plan
    AssignmentRecord wrongKind = new AssignmentRecord(r.spec(), r.manifest(), r.manifestHash(),
        new SeedSource.CommitReveal(List.of(SeedSource.Reveal.of("p", Fx.sha("p")))), r.seed(),
        r.visits(), r.replacements());
    assertTrue(fields(Assignment.verify(wrongKind, input)).contains("seedSource"));
  }

  @Test
  void theManifestMustDescribeTheInputsAndTheSeedMustFitThePlan() {
    AssignmentInput input = Fx.input(officers(3), visits(1));
    AssignmentManifest m = AssignmentManifest.create("A1", "", AssignmentRules.standard(),
        SeedPlan.recorded(), input);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        Assignment.assign(m, Fx.source("s"), Fx.input(officers(4), visits(1))));
    assertTrue(e.getMessage().contains("manifest.directoryDigest"), e.getMessage());
    assertThrows(SeedRejectedException.class, () -> Assignment.assign(m,
        new SeedSource.CommitReveal(List.of(SeedSource.Reveal.of("p", Fx.sha("p")))), input));
  }

  @Test
  void theRecordHoldsNoPersonalDataBeyondIdsAndNames() {
    List<Inspector> ins = officers(3);
    ins.add(Fx.officer("P").department("DEPT-SECRET").certificate(
        new io.doublerandom.model.EnforcementCertificate("CERT-SECRET", Fx.DAY.minusYears(1),
            Fx.DAY.plusYears(1))).addConflicts(DeclaredConflict.builder()
                .relation(RelationKind.NEAR_RELATIVE).partyId("PARTY-SECRET")
                .note("NOTE-SECRET").build()).build());
    AssignmentInput input = Fx.input(ins, visits(2));
    for (int s = 0; s < 5; s++) {
      String json = Fx.record(AssignmentRules.standard(), input, "pd" + s).toJson();
      for (String secret : List.of("SECRET", "NEAR_RELATIVE", "2023-06-03")) {
        assertFalse(json.contains(secret), secret);
      }
    }
    // the certificate dates and the conflict are in the directory digest, the department is not
    List<Inspector> other = new ArrayList<>(ins);
    other.set(3, Fx.officer("P").department("ELSEWHERE").certificate(
        new io.doublerandom.model.EnforcementCertificate("CERT-OTHER", Fx.DAY.minusYears(1),
            Fx.DAY.plusYears(1))).addConflicts(DeclaredConflict.builder()
                .relation(RelationKind.OTHER).partyId("PARTY-SECRET").build()).build());
    assertEquals(input.directoryDigest(), Fx.input(other, visits(2)).directoryDigest());
    other.set(3, Fx.officer("P").build());
    assertFalse(input.directoryDigest().equals(Fx.input(other, visits(2)).directoryDigest()));
  }

  @Test
  void inputsRejectDuplicates() {
    assertThrows(IllegalArgumentException.class, () -> Fx.input(List.of(
        Fx.officer("O").build(), Fx.officer("O").build()), visits(1)));
    assertThrows(IllegalArgumentException.class, () -> Fx.input(officers(2),
        List.of(Fx.visit("V"), Fx.visit("V"))));
    assertThrows(IllegalArgumentException.class, () -> AssignmentRules.standard()
        .withBatchCapacity(0));
    assertThrows(IllegalArgumentException.class, () -> new AssignmentRules(
        TaskRules.standard(), List.of(new AssignmentRules.TaskOverride("T", TaskRules.standard()),
            new AssignmentRules.TaskOverride("T", TaskRules.standard())), 3));
  }

  private static List<String> fields(Verification v) {
    return v.differences().stream().map(Verification.Difference::field).toList();
  }

  private static AssignmentRecord with(AssignmentRecord r, int i,
      AssignmentRecord.VisitTeam t) {
    List<AssignmentRecord.VisitTeam> vs = new ArrayList<>(r.visits());
    vs.set(i, t);
    return new AssignmentRecord(r.spec(), r.manifest(), r.manifestHash(), r.seedSource(),
        r.seed(), vs, r.replacements());
  }
}
