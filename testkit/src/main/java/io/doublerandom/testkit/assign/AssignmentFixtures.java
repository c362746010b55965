package io.doublerandom.testkit.assign;

import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.Visit;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import java.time.LocalDate;

/**
 * Small readable builders for assignment tests: certified county officers and experts of 小店区
 * (140105), entities and visits there, all on the inspection dates {@link #DATES}. Entity ids
 * are whatever the caller passes; use {@code io.doublerandom.fixtures.Ids.creditCode(k)} when an
 * inspector's entity conflict must be able to name them.
 */
public final class AssignmentFixtures {
  /** The first inspection day, 2024-06-03. */
  public static final LocalDate DAY = LocalDate.of(2024, 6, 3);
  /** The inspection dates, 2024-06-03 to 2024-06-04. */
  public static final DateRange DATES = new DateRange(DAY, DAY.plusDays(1));
  /** The county, 140105. */
  public static final RegionCode COUNTY = RegionCode.of("140105");
  /** The county's market-regulation authority code. */
  public static final String AUTHORITY = "SX-140105-SCJG";

  private AssignmentFixtures() {}

  /** A builder of a certified (2020–2025) county officer of 140105 named {@code 官<id>}. */
  public static Inspector.Builder officer(String id) {
    return Inspector.builder().id(id).name("官" + id).authorityCode(AUTHORITY)
        .level(AuthorityLevel.COUNTY).region(COUNTY).kind(InspectorKind.ENFORCEMENT_OFFICER)
        .certificate(new EnforcementCertificate("C" + id, LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 12, 31)));
  }

  /** A builder of a county expert of 140105 with these specialties, named {@code 专<id>}. */
  public static Inspector.Builder expert(String id, String... specialties) {
    return Inspector.builder().id(id).name("专" + id).authorityCode(AUTHORITY)
        .level(AuthorityLevel.COUNTY).region(COUNTY).kind(InspectorKind.EXPERT)
        .addSpecialties(specialties);
  }

  /** An entity of 140105 registered by {@link #AUTHORITY}, without related parties. */
  public static EntityRef entity(String id) {
    return new EntityRef(id, COUNTY, AUTHORITY, null);
  }

  /** A single-department visit of task {@code T1} to {@code entity(entityId)} on {@link #DATES}. */
  public static Visit visit(String id, String entityId) {
    return Visit.of(id, "T1", entity(entityId), DATES);
  }
}
