package io.doublerandom.assign;

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

/** Random small instances over a two-prefecture province, for property tests. */
final class Instances {
  static final String[] REGIONS = {"140000", "140100", "140200", "140105", "140106", "140202",
      "140203"};
  static final String[] COUNTIES = {"140105", "140106", "140202", "140203"};
  static final String[] SPECIALTIES = {"S1", "S2", "S3"};

  record Instance(AssignmentInput input, AssignmentRules rules) {}

  private Instances() {}

  static Instance random(long seed, int maxVisits, int minInspectors, int maxInspectors) {
    SplittableRandom r = new SplittableRandom(seed);
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
      EntityRef e = new EntityRef(entityId(k), RegionCode.of(county), "A-" + county, parties);
      LocalDate from = Fx.DAY.plusDays(r.nextInt(3));
      Visit v = Visit.of("V" + k, r.nextInt(3) == 0 ? "T2" : "T1", e,
          new DateRange(from, from.plusDays(r.nextInt(3))));
      TreeSet<String> sp = new TreeSet<>();
      int nsp = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
      for (int s = 0; s < nsp; s++) {
        sp.add(SPECIALTIES[r.nextInt(2)]);
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
      String region = where < 3 ? REGIONS[r.nextInt(2)]
          : where < 8 ? COUNTIES[r.nextInt(2)] : REGIONS[2 + r.nextInt(REGIONS.length - 2)];
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
        b.addSpecialties(SPECIALTIES[r.nextInt(5) == 0 ? 2 : r.nextInt(2)]);
        if (r.nextBoolean()) {
          b.addSpecialties(SPECIALTIES[r.nextInt(3)]);
        }
      } else {
        int c = r.nextInt(20);
        if (c == 0) {
          b.certificate(new EnforcementCertificate("C" + n, LocalDate.of(2019, 1, 1),
              Fx.DAY.plusDays(1)));
        } else if (c != 1) {
          b.certificate(new EnforcementCertificate("C" + n, LocalDate.of(2019, 1, 1),
              LocalDate.of(2026, 1, 1)));
        }
      }
      if (r.nextInt(7) == 0) {
        b.addConflicts(r.nextBoolean()
            ? DeclaredConflict.withEntity(RelationKind.NEAR_RELATIVE,
                EntityId.parse(entityId(r.nextInt(nVisits))))
            : DeclaredConflict.withParty(RelationKind.LEGAL_REPRESENTATIVE, "P"
                + (1 + r.nextInt(3))));
      }
      if (r.nextInt(10) == 0) {
        LocalDate d = Fx.DAY.plusDays(r.nextInt(5));
        b.addUnavailable(DateRange.of(d));
      }
      if (r.nextInt(20) == 0) {
        b.active(false);
      }
      ins.add(b.build());
    }
    List<PastVisit> history = new ArrayList<>();
    for (int h = r.nextInt(4); h > 0; h--) {
      history.add(new PastVisit(entityId(r.nextInt(nVisits)), "I" + r.nextInt(nInspectors),
          Fx.DAY.minusDays(r.nextInt(60))));
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
    return new Instance(AssignmentInput.of(ins, visits, history), rules);
  }

  /**
   * A tight instance: every inspector in the entities' jurisdiction, few of them, small
   * capacities, so that visits compete for inspectors and capacities bind.
   */
  static Instance tight(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int nOfficers = 3 + r.nextInt(4);
    int nExperts = r.nextInt(4);
    int nVisits = 2 + r.nextInt(3);
    List<Inspector> ins = new ArrayList<>();
    for (int n = 0; n < nOfficers; n++) {
      Inspector.Builder b = Fx.officer("O" + n);
      if (r.nextInt(8) == 0) {
        b.addConflicts(DeclaredConflict.withEntity(RelationKind.FORMER_EMPLOYER,
            EntityId.parse(entityId(r.nextInt(nVisits)))));
      }
      ins.add(b.build());
    }
    for (int n = 0; n < nExperts; n++) {
      ins.add(r.nextBoolean() ? Fx.expert("X" + n, "S1", "S2").build()
          : Fx.expert("X" + n, SPECIALTIES[r.nextInt(2)]).build());
    }
    List<Visit> visits = new ArrayList<>();
    for (int k = 0; k < nVisits; k++) {
      Visit v = Visit.of("V" + k, "T1", Fx.entity(entityId(k)), Fx.DATES);
      int nsp = r.nextInt(3);
      TreeSet<String> sp = new TreeSet<>();
      for (int j = 0; j < nsp; j++) {
        sp.add(SPECIALTIES[r.nextInt(2)]);
      }
      visits.add(v.withSpecialties(sp));
    }
    TaskRules t = TaskRules.standard().withOfficers(1 + r.nextInt(2))
        .withTaskCapacity(1 + r.nextInt(2));
    AssignmentRules rules = AssignmentRules.of(t);
    if (r.nextInt(3) == 0) {
      rules = rules.withBatchCapacity(1 + r.nextInt(2));
    }
    return new Instance(AssignmentInput.of(ins, visits), rules);
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

  /** A valid unified social credit code per index. */
  static String entityId(int k) {
    String org = String.format("MA%06d", 10 + k);
    return io.doublerandom.model.CreditCode.withCheckCharacter("91140105" + org
        + io.doublerandom.model.CreditCode.organizationCodeCheckCharacter(org)).value();
  }
}
