package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Test fixtures: inspectors, entities, visits, seeds. */
final class Fx {
  static final LocalDate DAY = LocalDate.of(2024, 6, 3);
  static final DateRange DATES = new DateRange(DAY, DAY.plusDays(1));
  static final RegionCode COUNTY = RegionCode.of("140105");
  static final String AUTHORITY = "SX-140105-SCJG";

  private Fx() {}

  /** A certified county officer of 140105. */
  static Inspector.Builder officer(String id) {
    return Inspector.builder().id(id).name("官" + id).authorityCode(AUTHORITY)
        .level(AuthorityLevel.COUNTY).region(COUNTY).kind(InspectorKind.ENFORCEMENT_OFFICER)
        .certificate(new EnforcementCertificate("C" + id, LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 12, 31)));
  }

  /** A county expert of 140105 with these specialties. */
  static Inspector.Builder expert(String id, String... specialties) {
    return Inspector.builder().id(id).name("专" + id).authorityCode(AUTHORITY)
        .level(AuthorityLevel.COUNTY).region(COUNTY).kind(InspectorKind.EXPERT)
        .addSpecialties(specialties);
  }

  static EntityRef entity(String id) {
    return new EntityRef(id, COUNTY, AUTHORITY, null);
  }

  static Visit visit(String id) {
    return Visit.of(id, "T1", entity("E-" + id), DATES);
  }

  static byte[] sha(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** A recorded seed source from a label. */
  static SeedSource.Recorded source(String label) {
    return new SeedSource.Recorded(Codec.hex(sha(label)));
  }

  static AssignmentOutcome assign(AssignmentRules rules, AssignmentInput input, String seed) {
    AssignmentManifest m = AssignmentManifest.create("A1", "", rules, SeedPlan.recorded(), input);
    return Assignment.assign(m, source(seed), input);
  }

  static AssignmentRecord record(AssignmentRules rules, AssignmentInput input, String seed) {
    AssignmentOutcome o = assign(rules, input, seed);
    if (o instanceof AssignmentOutcome.Assigned a) {
      return a.record();
    }
    throw new AssertionError("expected a feasible assignment: " + o);
  }

  static AssignmentInput input(Collection<Inspector> inspectors, Collection<Visit> visits) {
    return AssignmentInput.of(inspectors, visits);
  }

  static List<String> ids(List<AssignmentRecord.Member> team) {
    return team.stream().map(AssignmentRecord.Member::id).toList();
  }
}
