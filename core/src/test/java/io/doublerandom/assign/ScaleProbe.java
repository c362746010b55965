package io.doublerandom.assign;

import io.doublerandom.model.AuthorityLevel;
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
 * A province-shaped instance of the performance target: 11 prefectures of 10 counties; officers
 * spread over county (80%), city (15%) and province (5%) bureaus; 15% experts, kept in the city
 * and province expert pools; 5% of inspectors with a declared conflict; visits to county
 * entities, 30% needing one specialty.
 */
final class ScaleProbe {
  private ScaleProbe() {}

  static AssignmentInput province(long seed, int inspectors, int visits) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> entityIds = new ArrayList<>();
    for (int k = 0; k < visits; k++) {
      entityIds.add(Instances.entityId(k));
    }
    List<Inspector> ins = new ArrayList<>();
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
        where = r.nextBoolean() ? 0 : 10;
        region = where < 5 ? "140000" : String.format("14%02d00", p);
        level = where < 5 ? AuthorityLevel.PROVINCE : AuthorityLevel.CITY;
      }
      Inspector.Builder b = Inspector.builder().id(String.format("SX-INS-%05d", n))
          .name("N" + n).authorityCode("A-" + region).level(level).region(RegionCode.of(region))
          .kind(expert ? InspectorKind.EXPERT : InspectorKind.ENFORCEMENT_OFFICER);
      if (expert) {
        b.addSpecialties(Instances.SPECIALTIES[r.nextInt(3)]);
      } else {
        b.certificate(new EnforcementCertificate("C" + n, LocalDate.of(2020, 1, 1),
            LocalDate.of(2026, 12, 31)));
      }
      if (r.nextInt(100) < 5) {
        b.addConflicts(DeclaredConflict.withEntity(RelationKind.NEAR_RELATIVE,
            EntityId.parse(entityIds.get(r.nextInt(visits)))));
      }
      ins.add(b.build());
    }
    List<Visit> vs = new ArrayList<>();
    for (int k = 0; k < visits; k++) {
      String county = String.format("14%02d%02d", 1 + r.nextInt(11), 1 + r.nextInt(10));
      Visit v = Visit.of(String.format("V%05d", k), "T1", new EntityRef(entityIds.get(k),
          RegionCode.of(county), "A-" + county, null), Fx.DATES);
      if (r.nextInt(100) < 30) {
        v = v.withSpecialties(List.of(Instances.SPECIALTIES[r.nextInt(3)]));
      }
      vs.add(v);
    }
    return AssignmentInput.of(ins, vs);
  }
}
