package io.doublerandom.testkit.assign;

import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.PastVisit;
import io.doublerandom.assign.Scope;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.assign.Visit;
import io.doublerandom.fixtures.Gen;
import io.doublerandom.fixtures.Ids;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RelationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generators of assignment instances (inputs with rules), small enough for {@link
 * BruteForceAssignment}: {@link #random} covers every rule, {@link #tight} makes visits compete
 * for few inspectors so capacities bind; {@link #withRules} fixes the rules. Entity ids are valid
 * credit codes ({@link Ids#creditCode}), so entity conflicts can name them.
 */
public final class AssignmentInstances {
  /** The regions used: the province, two prefectures and four counties. */
  public static final List<String> REGIONS = List.of("140000", "140100", "140200", "140105",
      "140106", "140202", "140203");
  private static final String[] REGION_ARRAY = REGIONS.toArray(new String[0]);
  private static final String[] COUNTIES = {"140105", "140106", "140202", "140203"};
  /** The specialties used. */
  public static final List<String> SPECIALTIES = List.of("S1", "S2", "S3");
  private static final String[] SPECIALTY_ARRAY = SPECIALTIES.toArray(new String[0]);

  private AssignmentInstances() {}

  /** The instances of {@code base} with {@code rules} instead of theirs. */
  public static Gen<AssignmentInstance> withRules(Gen<AssignmentInstance> base,
      AssignmentRules rules) {
    return base.map(i -> new AssignmentInstance(i.input(), rules));
  }

  /**
   * Random small instances over a two-prefecture province: 1 to {@code maxVisits} visits (some
   * joint, some needing experts, some with recusal requests), {@code minInspectors} to {@code
   * maxInspectors} inspectors at province, prefecture and county level (some experts, some
   * uncertified or with an expiring certificate, some with conflicts, leave or inactive), a short
   * history, and random rules per task (officers, rotation, levels, cross-county and
   * cross-prefecture scope, task and batch capacities).
   */
  public static Gen<AssignmentInstance> random(int maxVisits, int minInspectors,
      int maxInspectors) {
    if (maxVisits < 1 || minInspectors < 1 || maxInspectors < minInspectors) {
      throw new IllegalArgumentException("need maxVisits >= 1 and 1 <= minInspectors <="
          + " maxInspectors, got " + maxVisits + ", " + minInspectors + ", " + maxInspectors);
    }
    return r -> random(r, maxVisits, minInspectors, maxInspectors);
  }

  private static AssignmentInstance random(SplittableRandom r, int maxVisits, int minInspectors,
      int maxInspectors) {
    int nInspectors = minInspectors + r.nextInt(maxInspectors - minInspectors + 1);
    int nVisits = 1 + r.nextInt(maxVisits);
    List<Visit> visits = new ArrayList<>();
    for (int k = 0; k < nVisits; k++) {
      String county = r.nextInt(5) == 0 ? COUNTIES[2 + r.nextInt(2)] : COUNTIES[r.nextInt(2)];
      TreeSet<String> parties = new TreeSet<>();
      for (int p = 1; p <= 3; p++) {
        if (r.nextInt(3) == 0) {
          parties.add("P" + p);
        }
      }
      EntityRef e = new EntityRef(Ids.creditCode(k), RegionCode.of(county), "A-" + county, parties);
      LocalDate from = AssignmentFixtures.DAY.plusDays(r.nextInt(3));
      Visit v = Visit.of("V" + k, r.nextInt(3) == 0 ? "T2" : "T1", e,
          new DateRange(from, from.plusDays(r.nextInt(3))));
      TreeSet<String> sp = new TreeSet<>();
      int nsp = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
      for (int s = 0; s < nsp; s++) {
        sp.add(SPECIALTY_ARRAY[r.nextInt(2)]);
      }
      v = v.withSpecialties(sp);
      if (r.nextInt(6) == 0) {
        v = v.withDepartments(List.of("A-" + county, "B-" + county));
      }
      visits.add(v);
    }
    List<Inspector> ins = new ArrayList<>();
    for (int n = 0; n < nInspectors; n++) {
      int where = r.nextInt(10);
      String region = where < 3 ? REGION_ARRAY[r.nextInt(2)]
          : where < 8 ? COUNTIES[r.nextInt(2)] : REGION_ARRAY[2 + r.nextInt(REGION_ARRAY.length - 2)];
      RegionCode rc = RegionCode.of(region);
      AuthorityLevel level = switch (rc.level()) {
        case PROVINCE -> AuthorityLevel.PROVINCE;
        case PREFECTURE -> AuthorityLevel.CITY;
        case COUNTY -> AuthorityLevel.COUNTY;
      };
      boolean expert = r.nextInt(4) == 0;
      Inspector.Builder b = Inspector.builder().id("I" + n).name("N" + n)
          .authorityCode((r.nextInt(3) == 0 ? "B-" : "A-") + region).level(level).region(rc)
          .kind(expert ? InspectorKind.EXPERT : InspectorKind.ENFORCEMENT_OFFICER);
      if (expert) {
        b.addSpecialties(SPECIALTY_ARRAY[r.nextInt(5) == 0 ? 2 : r.nextInt(2)]);
        if (r.nextBoolean()) {
          b.addSpecialties(SPECIALTY_ARRAY[r.nextInt(3)]);
        }
      } else {
        int c = r.nextInt(20);
        if (c == 0) {
          b.certificate(new EnforcementCertificate("C" + n, LocalDate.of(2019, 1, 1),
              AssignmentFixtures.DAY.plusDays(1)));
        } else if (c != 1) {
          b.certificate(new EnforcementCertificate("C" + n, LocalDate.of(2019, 1, 1),
              LocalDate.of(2026, 1, 1)));
        }
      }
      if (r.nextInt(7) == 0) {
        b.addConflicts(r.nextBoolean()
            ? DeclaredConflict.withEntity(RelationKind.NEAR_RELATIVE,
                EntityId.parse(Ids.creditCode(r.nextInt(nVisits))))
            : DeclaredConflict.withParty(RelationKind.LEGAL_REPRESENTATIVE, "P"
                + (1 + r.nextInt(3))));
      }
      if (r.nextInt(10) == 0) {
        LocalDate d = AssignmentFixtures.DAY.plusDays(r.nextInt(5));
        b.addUnavailable(DateRange.of(d));
      }
      if (r.nextInt(20) == 0) {
        b.active(false);
      }
      ins.add(b.build());
    }
    List<PastVisit> history = new ArrayList<>();
    for (int h = r.nextInt(4); h > 0; h--) {
      history.add(new PastVisit(Ids.creditCode(r.nextInt(nVisits)), "I" + r.nextInt(nInspectors),
          AssignmentFixtures.DAY.minusDays(r.nextInt(60))));
    }
    for (int k = 0; k < visits.size(); k++) {
      if (r.nextInt(8) == 0) {
        visits.set(k, visits.get(k).withRecusalRequests(List.of("I" + r.nextInt(nInspectors))));
      }
    }
    TaskRules t1 = rules(r);
    AssignmentRules rules = AssignmentRules.of(t1);
    if (r.nextBoolean()) {
      rules = rules.withTask("T2", rules(r));
    }
    if (r.nextInt(3) == 0) {
      rules = rules.withBatchCapacity(1 + r.nextInt(3));
    }
    return new AssignmentInstance(AssignmentInput.of(ins, visits, history), rules);
  }

  /**
   * Tight instances: every inspector in the entities' jurisdiction, few of them, small
   * capacities, so that visits compete for inspectors and capacities bind.
   */
  public static Gen<AssignmentInstance> tight() {
    return AssignmentInstances::tight;
  }

  private static AssignmentInstance tight(SplittableRandom r) {
    int nOfficers = 3 + r.nextInt(4);
    int nExperts = r.nextInt(4);
    int nVisits = 2 + r.nextInt(3);
    List<Inspector> ins = new ArrayList<>();
    for (int n = 0; n < nOfficers; n++) {
      Inspector.Builder b = AssignmentFixtures.officer("O" + n);
      if (r.nextInt(8) == 0) {
        b.addConflicts(DeclaredConflict.withEntity(RelationKind.FORMER_EMPLOYER,
            EntityId.parse(Ids.creditCode(r.nextInt(nVisits)))));
      }
      ins.add(b.build());
    }
    for (int n = 0; n < nExperts; n++) {
      ins.add(r.nextBoolean() ? AssignmentFixtures.expert("X" + n, "S1", "S2").build()
          : AssignmentFixtures.expert("X" + n, SPECIALTY_ARRAY[r.nextInt(2)]).build());
    }
    List<Visit> visits = new ArrayList<>();
    for (int k = 0; k < nVisits; k++) {
      Visit v = Visit.of("V" + k, "T1", AssignmentFixtures.entity(Ids.creditCode(k)), AssignmentFixtures.DATES);
      int nsp = r.nextInt(3);
      TreeSet<String> sp = new TreeSet<>();
      for (int j = 0; j < nsp; j++) {
        sp.add(SPECIALTY_ARRAY[r.nextInt(2)]);
      }
      visits.add(v.withSpecialties(sp));
    }
    TaskRules t = TaskRules.standard().withOfficers(1 + r.nextInt(2))
        .withTaskCapacity(1 + r.nextInt(2));
    AssignmentRules rules = AssignmentRules.of(t);
    if (r.nextInt(3) == 0) {
      rules = rules.withBatchCapacity(1 + r.nextInt(2));
    }
    return new AssignmentInstance(AssignmentInput.of(ins, visits), rules);
  }

  private static TaskRules rules(SplittableRandom r) {
    TaskRules t = TaskRules.standard().withOfficers(1 + r.nextInt(2))
        .withRotationDays(r.nextBoolean() ? 0 : 30);
    if (r.nextInt(4) == 0) {
      t = t.withLevels(EnumSet.of(AuthorityLevel.CITY, AuthorityLevel.COUNTY));
    }
    int s = r.nextInt(10);
    if (s == 0) {
      t = t.withScope(Scope.CROSS_COUNTY, List.of());
    } else if (s == 1) {
      t = t.withScope(Scope.CROSS_PREFECTURE, List.of());
    } else if (s == 2) {
      t = t.withScope(Scope.CROSS_COUNTY, List.of(RegionCode.of("140200")));
    }
    if (r.nextBoolean()) {
      t = t.withTaskCapacity(1 + r.nextInt(2));
    }
    return t;
  }

}
