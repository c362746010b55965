package io.doublerandom.benchmarks;

import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.Visit;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.CreditCode;
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
import java.util.List;
import java.util.SplittableRandom;

/**
 * The inspector-assignment performance scenario of issue 4, province-shaped (the shape of the
 * engine's {@code ScaleProbe} test): 11 prefectures of 10 counties; officers in county (80%),
 * city (15%) and province (5%) bureaus; 15% of inspectors are experts with one of three
 * specialties, in the city and province expert pools; 5% of inspectors declare a conflict with
 * one of the visited entities; every visit is to an entity of a random county, on two days, and
 * 30% of visits need one expert. Default rules: two certified officers, one expert per required
 * specialty, same jurisdiction. Generated from a {@link SplittableRandom} with a fixed seed.
 */
final class AssignmentScenario {
  static final String[] SPECIALTIES = {"特种设备", "计量", "食品安全"};
  static final DateRange DATES = new DateRange(LocalDate.of(2025, 6, 2),
      LocalDate.of(2025, 6, 3));
  /** The recorded seed value of every run. */
  static final String SEED_VALUE =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  final AssignmentInput input;
  final AssignmentManifest manifest;
  final SeedSource source;
  final int experts;
  final int conflicts;
  final int visitsNeedingExpert;

  private AssignmentScenario(AssignmentInput input, int experts, int conflicts,
      int visitsNeedingExpert) {
    this.input = input;
    this.manifest = AssignmentManifest.create("SX-2025-BENCH", "", AssignmentRules.standard(),
        SeedPlan.recorded(), input);
    this.source = new SeedSource.Recorded(SEED_VALUE);
    this.experts = experts;
    this.conflicts = conflicts;
    this.visitsNeedingExpert = visitsNeedingExpert;
  }

  /** The entity id of visit {@code k}: a valid unified social credit code. */
  static String entityId(int k) {
    String org = String.format("MA%06d", 10 + k);
    return CreditCode.withCheckCharacter("91140105" + org
        + CreditCode.organizationCodeCheckCharacter(org)).value();
  }

  /** The scenario with {@code inspectors} inspectors and {@code visits} visits. */
  static AssignmentScenario province(long seed, int inspectors, int visits) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> entityIds = new ArrayList<>(visits);
    for (int k = 0; k < visits; k++) {
      entityIds.add(entityId(k));
    }
    int experts = 0;
    int conflicts = 0;
    List<Inspector> ins = new ArrayList<>(inspectors);
    for (int n = 0; n < inspectors; n++) {
      int p = 1 + r.nextInt(11);
      int c = 1 + r.nextInt(10);
      int where = r.nextInt(100);
      String region = where < 5 ? "140000" : where < 20 ? String.format("14%02d00", p)
          : String.format("14%02d%02d", p, c);
      AuthorityLevel level = where < 5 ? AuthorityLevel.PROVINCE : where < 20
          ? AuthorityLevel.CITY : AuthorityLevel.COUNTY;
      boolean expert = r.nextInt(100) < 15;
      if (expert) {
        experts++;
        boolean province = r.nextBoolean();
        region = province ? "140000" : String.format("14%02d00", p);
        level = province ? AuthorityLevel.PROVINCE : AuthorityLevel.CITY;
      }
      Inspector.Builder b = Inspector.builder().id(String.format("SX-INS-%05d", n))
          .name("检查员" + n).authorityCode("SX-SCJG-" + region).level(level)
          .region(RegionCode.of(region))
          .kind(expert ? InspectorKind.EXPERT : InspectorKind.ENFORCEMENT_OFFICER);
      if (expert) {
        b.addSpecialties(SPECIALTIES[r.nextInt(3)]);
      } else {
        b.certificate(new EnforcementCertificate("C" + n, LocalDate.of(2021, 1, 1),
            LocalDate.of(2027, 12, 31)));
      }
      if (r.nextInt(100) < 5) {
        conflicts++;
        b.addConflicts(DeclaredConflict.withEntity(RelationKind.NEAR_RELATIVE,
            EntityId.parse(entityIds.get(r.nextInt(visits)))));
      }
      ins.add(b.build());
    }
    int needing = 0;
    List<Visit> vs = new ArrayList<>(visits);
    for (int k = 0; k < visits; k++) {
      String county = String.format("14%02d%02d", 1 + r.nextInt(11), 1 + r.nextInt(10));
      Visit v = Visit.of(String.format("SX-2025-BENCH/%05d", k), "SX-2025-BENCH",
          new EntityRef(entityIds.get(k), RegionCode.of(county), "SX-SCJG-" + county, null),
          DATES);
      if (r.nextInt(100) < 30) {
        needing++;
        v = v.withSpecialties(List.of(SPECIALTIES[r.nextInt(3)]));
      }
      vs.add(v);
    }
    return new AssignmentScenario(AssignmentInput.of(ins, vs), experts, conflicts, needing);
  }

}
