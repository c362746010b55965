package io.doublerandom.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RelatedParty;
import io.doublerandom.model.RelationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule: what it removes, how it is counted, and the team it leads to. */
class RulesTest {
  private static final String E = Instances.entityId(1);

  private static List<Inspector> officers(int n) {
    List<Inspector> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Fx.officer("O" + i).build());
    }
    return out;
  }

  private static Visit visit() {
    return Visit.of("V", "T1", Fx.entity(E), Fx.DATES);
  }

  private static AssignmentRecord.VisitTeam only(AssignmentRules rules, List<Inspector> ins,
      Visit v) {
    return Fx.record(rules, Fx.input(ins, List.of(v)), "rules").visits().get(0);
  }

  private static int removed(AssignmentRecord.VisitTeam v, Rule rule) {
    return v.removed().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow().count();
  }

  private static Set<String> team(AssignmentRecord.VisitTeam v) {
    Set<String> s = new HashSet<>();
    v.team().forEach(m -> s.add(m.id()));
    return s;
  }

  @Test
  void inactiveInspectorsAreNeverDrawn() {
    List<Inspector> ins = officers(2);
    ins.add(Fx.officer("Z").active(false).build());
    AssignmentRecord.VisitTeam v = only(AssignmentRules.standard(), ins, visit());
    assertEquals(1, removed(v, Rule.INACTIVE));
    assertEquals(Set.of("O0", "O1"), team(v));
    assertEquals(2, v.pool());
  }

  @Test
  void levelsRestrictTheAuthorityLevel() {
    List<Inspector> ins = officers(2);
    ins.add(Fx.officer("P").level(AuthorityLevel.PROVINCE).region(RegionCode.of("140000"))
        .build());
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard()
        .withLevels(EnumSet.of(AuthorityLevel.COUNTY)));
    AssignmentRecord.VisitTeam v = only(rules, ins, visit());
    assertEquals(1, removed(v, Rule.LEVEL));
    assertEquals(Set.of("O0", "O1"), team(v));
  }

  @Test
  void jurisdictionIsTheRegionOrTheRegistrationAuthority() {
    List<Inspector> ins = new ArrayList<>();
    ins.add(Fx.officer("same-county").build());
    ins.add(Fx.officer("province").region(RegionCode.of("140000")).authorityCode("SX").build());
    ins.add(Fx.officer("city").region(RegionCode.of("140100")).authorityCode("TY").build());
    ins.add(Fx.officer("other-county").region(RegionCode.of("140106")).authorityCode("X")
        .build());
    ins.add(Fx.officer("other-city").region(RegionCode.of("140200")).authorityCode("DT")
        .build());
    // registered by this inspector's authority although the regions differ
    ins.add(Fx.officer("registrar").region(RegionCode.of("140202")).authorityCode(Fx.AUTHORITY)
        .build());
    Problem p = new Problem(Fx.input(ins, List.of(visit())), AssignmentRules.standard(),
        Fx.sha("s"), "A1");
    Set<String> pool = new HashSet<>();
    for (int i : p.visits[0].groups[0].candidates) {
      pool.add(p.inspectors.get(i).id());
    }
    assertEquals(Set.of("same-county", "province", "city", "registrar"), pool);
    assertEquals(2, p.visits[0].removed[Rule.SCOPE.ordinal()]);
  }

  private static Set<String> poolUnder(Scope scope, List<RegionCode> partners) {
    List<Inspector> ins = new ArrayList<>();
    for (String r : new String[] {"140000", "140100", "140105", "140106", "140107", "140200",
        "140202", "140300", "140302"}) {
      ins.add(Fx.officer("at-" + r).region(RegionCode.of(r)).authorityCode("A-" + r).build());
    }
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withOfficers(1)
        .withScope(scope, partners));
    Problem p = new Problem(Fx.input(ins, List.of(visit())), rules, Fx.sha("s"), "A1");
    Set<String> pool = new HashSet<>();
    for (int i : p.visits[0].groups[0].candidates) {
      pool.add(p.inspectors.get(i).id());
    }
    return pool;
  }

  @Test
  void crossCountyTakesOtherCountiesOfThePrefectureOrOfPartners() {
    assertEquals(Set.of("at-140106", "at-140107"), poolUnder(Scope.CROSS_COUNTY, List.of()));
    assertEquals(Set.of("at-140302"), poolUnder(Scope.CROSS_COUNTY,
        List.of(RegionCode.of("140300"))));
  }

  @Test
  void crossPrefectureTakesOtherPrefecturesOfTheProvinceOrOfPartners() {
    assertEquals(Set.of("at-140200", "at-140202", "at-140300", "at-140302"),
        poolUnder(Scope.CROSS_PREFECTURE, List.of()));
    assertEquals(Set.of("at-140200", "at-140202"), poolUnder(Scope.CROSS_PREFECTURE,
        List.of(RegionCode.of("140200"))));
  }

  @Test
  void partnersNeedACrossRegionScope() {
    assertThrows(IllegalArgumentException.class, () -> TaskRules.standard()
        .withScope(Scope.JURISDICTION, List.of(RegionCode.of("140200"))));
  }

  @Test
  void jointVisitsTakeOfficersFromEachParticipatingDepartment() {
    List<Inspector> ins = new ArrayList<>();
    for (String d : new String[] {"SCJG", "SW", "HB"}) {
      for (int i = 0; i < 3; i++) {
        ins.add(Fx.officer(d + i).authorityCode(d).build());
      }
    }
    AssignmentRecord.VisitTeam two = only(AssignmentRules.standard(), ins,
        visit().withDepartments(List.of("SCJG", "SW")));
    assertEquals(3, removed(two, Rule.DEPARTMENT));
    assertEquals(List.of("officers:SCJG", "officers:SW"),
        two.groups().stream().map(AssignmentRecord.GroupCount::group).toList());
    for (AssignmentRecord.Member m : two.team()) {
      assertTrue(m.id().startsWith(m.group().substring("officers:".length())), m.toString());
    }
    assertEquals(2, two.team().size());
    // one department alone gives both officers; five officers over two departments: 3 + 2
    AssignmentRecord.VisitTeam one = only(AssignmentRules.standard(), ins,
        visit().withDepartments(List.of("SW")));
    assertEquals(List.of(2), one.groups().stream().map(AssignmentRecord.GroupCount::demand)
        .toList());
    AssignmentRecord.VisitTeam five = only(AssignmentRules.of(TaskRules.standard()
        .withOfficers(5)), ins, visit().withDepartments(List.of("HB", "SW")));
    assertEquals(List.of(3, 2), five.groups().stream().map(AssignmentRecord.GroupCount::demand)
        .toList());
    AssignmentRecord.VisitTeam three = only(AssignmentRules.of(TaskRules.standard()
        .withOfficersPerDepartment(2)), ins, visit().withDepartments(List.of("HB", "SCJG",
            "SW")));
    assertEquals(6, three.team().size());
  }

  @Test
  void departmentDemandsAreComputedWithoutOverflow() {
    // 3 departments of 2^30 officers each is more than 2^31 - 1 officers in total; the per
    // department demand stays 2^30 (spec section 7: extra = max(0, officers - k * per-department))
    Problem p = new Problem(Fx.input(officers(2), List.of(visit().withDepartments(
        List.of("HB", "SCJG", "SW")))), AssignmentRules.of(TaskRules.standard()
            .withOfficersPerDepartment(1 << 30)), Fx.sha("s"), "A1");
    for (Problem.Group g : p.visits[0].groups) {
      assertEquals(1 << 30, g.demand, g.label);
    }
  }

  @Test
  void leaveOnAnyInspectionDateExcludes() {
    List<Inspector> ins = officers(2);
    ins.add(Fx.officer("on-leave-second-day")
        .addUnavailable(DateRange.of(Fx.DATES.to())).build());
    ins.add(Fx.officer("leave-before").addUnavailable(DateRange.of(Fx.DAY.minusDays(1)))
        .build());
    Problem p = new Problem(Fx.input(ins, List.of(visit())), AssignmentRules.standard(),
        Fx.sha("s"), "A1");
    assertEquals(1, p.visits[0].removed[Rule.UNAVAILABLE.ordinal()]);
    assertEquals(3, p.visits[0].pool);
  }

  @Test
  void declaredConflictsWithTheEntityOrItsPartiesExclude() {
    MarketEntity entity = MarketEntity.builder().id(EntityId.parse(E)).name("某公司")
        .kind(EntityKind.values()[0]).registrationAuthority(Fx.AUTHORITY).region(Fx.COUNTY)
        .status(RegistrationStatus.values()[0])
        .addRelatedParties(new RelatedParty(PartyRole.LEGAL_REPRESENTATIVE, "party-7")).build();
    List<Inspector> ins = officers(2);
    ins.add(Fx.officer("relative").addConflicts(DeclaredConflict.withEntity(
        RelationKind.NEAR_RELATIVE, EntityId.parse(E))).build());
    ins.add(Fx.officer("knows-legal-rep").addConflicts(DeclaredConflict.withParty(
        RelationKind.LEGAL_REPRESENTATIVE, "party-7")).build());
    ins.add(Fx.officer("other-party").addConflicts(DeclaredConflict.withParty(
        RelationKind.SHAREHOLDER, "party-8")).build());
    Visit v = Visit.of("V", "T1", EntityRef.of(entity), Fx.DATES);
    Problem p = new Problem(Fx.input(ins, List.of(v)), AssignmentRules.standard(), Fx.sha("s"),
        "A1");
    assertEquals(2, p.visits[0].removed[Rule.CONFLICT.ordinal()]);
    Set<String> pool = new HashSet<>();
    for (int i : p.visits[0].groups[0].candidates) {
      pool.add(p.inspectors.get(i).id());
    }
    for (Inspector i : ins) {
      assertEquals(!i.hasConflictWith(entity), pool.contains(i.id()), i.id());
    }
  }

  @Test
  void recusalRequestsOfTheEntityAreHonoured() {
    List<Inspector> ins = officers(3);
    AssignmentRecord.VisitTeam v = only(AssignmentRules.standard(), ins,
        visit().withRecusalRequests(List.of("O1", "not-in-directory")));
    assertEquals(1, removed(v, Rule.RECUSAL_REQUEST));
    assertEquals(Set.of("O0", "O2"), team(v));
  }

  @Test
  void rotationExcludesRecentInspectorsOfTheSameEntity() {
    List<Inspector> ins = officers(4);
    List<PastVisit> history = List.of(
        new PastVisit(E, "O0", Fx.DAY.minusDays(30)),
        new PastVisit(E, "O1", Fx.DAY.minusDays(31)),
        new PastVisit("other-entity", "O2", Fx.DAY.minusDays(1)));
    AssignmentInput input = AssignmentInput.of(ins, List.of(visit()), history);
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withRotationDays(30));
    AssignmentRecord.VisitTeam v = Fx.record(rules, input, "r").visits().get(0);
    assertEquals(1, removed(v, Rule.ROTATION));
    assertFalse(team(v).contains("O0"));
    AssignmentRecord.VisitTeam off = Fx.record(AssignmentRules.of(TaskRules.standard()
        .withRotationDays(0)), input, "r").visits().get(0);
    assertEquals(0, removed(off, Rule.ROTATION));
  }

  @Test
  void officersNeedACertificateValidOnEveryInspectionDate() {
    List<Inspector> ins = officers(2);
    ins.add(Fx.officer("expires-first-day").certificate(new EnforcementCertificate("C",
        LocalDate.of(2020, 1, 1), Fx.DAY)).build());
    ins.add(Fx.officer("none").certificate(java.util.Optional.empty()).build());
    AssignmentRecord.VisitTeam v = only(AssignmentRules.standard(), ins, visit());
    assertEquals(2, removed(v, Rule.CERTIFICATE));
    assertEquals(Set.of("O0", "O1"), team(v));
  }

  @Test
  void expertsFillTheirSpecialtiesAndNeverCountAsOfficers() {
    List<Inspector> ins = officers(1);
    ins.add(Fx.expert("X-both", "S1", "S2").build());
    ins.add(Fx.expert("X-other", "S3").build());
    // one officer and an expert cannot make two officers
    AssignmentOutcome o = Fx.assign(AssignmentRules.standard(), Fx.input(ins, List.of(visit())),
        "x");
    assertFalse(o.feasible());
    // one expert with both specialties cannot fill both slots of one visit
    List<Inspector> two = officers(2);
    two.add(Fx.expert("X-both", "S1", "S2").build());
    Visit both = visit().withSpecialties(List.of("S1", "S2"));
    assertFalse(Fx.assign(AssignmentRules.standard(), Fx.input(two, List.of(both)), "x")
        .feasible());
    two.add(Fx.expert("X-2", "S2").build());
    AssignmentRecord.VisitTeam v = only(AssignmentRules.standard(), two, both);
    Map<String, String> groupOf = new HashMap<>();
    v.team().forEach(m -> groupOf.put(m.id(), m.group()));
    assertEquals(Map.of("O0", "officers", "O1", "officers", "X-both", "expert:S1", "X-2",
        "expert:S2"), groupOf);
    assertEquals(0, removed(v, Rule.SPECIALTY));
    AssignmentRecord.VisitTeam plain = only(AssignmentRules.standard(), two, visit());
    assertEquals(2, removed(plain, Rule.SPECIALTY));
  }

  @Test
  void eachInspectorIsCountedUnderTheFirstRuleThatRemovesIt() {
    List<Inspector> ins = officers(2);
    ins.add(Fx.officer("everything").active(false).certificate(java.util.Optional.empty())
        .addConflicts(DeclaredConflict.withEntity(RelationKind.SELF, EntityId.parse(E)))
        .build());
    AssignmentRecord.VisitTeam v = only(AssignmentRules.standard(), ins, visit());
    assertEquals(1, removed(v, Rule.INACTIVE));
    assertEquals(1, v.removed().stream().mapToInt(AssignmentRecord.RuleCount::count).sum());
    assertEquals(ins.size(), v.pool() + 1);
  }

  @Test
  void taskCapacitySpreadsVisitsAndIsNeverExceeded() {
    List<Inspector> ins = officers(6);
    List<Visit> visits = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      visits.add(Visit.of("V" + k, "T1", Fx.entity(Instances.entityId(k)), Fx.DATES));
    }
    AssignmentRecord r = Fx.record(AssignmentRules.of(TaskRules.standard().withTaskCapacity(1)),
        Fx.input(ins, visits), "cap");
    Set<String> all = new HashSet<>();
    r.visits().forEach(v -> v.team().forEach(m -> assertTrue(all.add(m.id()), m.id())));
    assertEquals(6, all.size());
    // one more visit cannot be staffed: a capacity report, not an exception
    visits.add(Visit.of("V3", "T1", Fx.entity(Instances.entityId(3)), Fx.DATES));
    AssignmentOutcome o = Fx.assign(AssignmentRules.of(TaskRules.standard().withTaskCapacity(1)),
        Fx.input(ins, visits), "cap");
    assertFalse(o.feasible());
  }

  @Test
  void batchCapacityCountsVisitsOfEveryTask() {
    List<Inspector> ins = officers(4);
    List<Visit> visits = List.of(
        Visit.of("V1", "T1", Fx.entity(Instances.entityId(1)), Fx.DATES),
        Visit.of("V2", "T2", Fx.entity(Instances.entityId(2)), Fx.DATES));
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withTaskCapacity(1))
        .withBatchCapacity(1);
    AssignmentRecord r = Fx.record(rules, Fx.input(ins, visits), "b");
    Set<String> all = new HashSet<>();
    r.visits().forEach(v -> v.team().forEach(m -> assertTrue(all.add(m.id()), m.id())));
    assertTrue(Fx.record(AssignmentRules.of(TaskRules.standard().withTaskCapacity(1)),
        Fx.input(officers(2), visits), "b").visits().size() == 2,
        "per-task capacity alone lets two tasks share two officers");
    assertFalse(Fx.assign(rules, Fx.input(officers(2), visits), "b").feasible());
  }

  @Test
  void theLeaderIsTheOfficerWithTheSmallestKey() {
    List<Inspector> ins = officers(5);
    ins.add(Fx.expert("X", "S1").build());
    for (int s = 0; s < 20; s++) {
      AssignmentRecord.VisitTeam v = Fx.record(AssignmentRules.standard(),
          Fx.input(ins, List.of(visit().withSpecialties(List.of("S1")))), "lead" + s)
          .visits().get(0);
      String min = v.team().stream().filter(m -> m.group().equals("officers"))
          .min((a, b) -> a.key().compareTo(b.key())).orElseThrow().id();
      assertEquals(min, v.leader());
      assertEquals(v.team().get(0).id(), v.leader(), "members are in ascending key order");
    }
  }
}
