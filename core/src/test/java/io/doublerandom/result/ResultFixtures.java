package io.doublerandom.result;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.Visit;
import io.doublerandom.calendar.ManualClock;
import io.doublerandom.calendar.OfficialCalendar;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixtures of results and follow-up: a real assignment (six officers, {@code n} visits of
 * task {@link #TASK}, each with items {@code ITEM-1} and {@code ITEM-2}), the bundled China
 * calendar and a manual clock.
 */
public final class ResultFixtures {
  /** The task number. */
  public static final String TASK = "晋市监抽查〔2024〕7号";
  /** The inspection day. */
  public static final LocalDate DAY = LocalDate.of(2024, 9, 23);
  /** The auditor, never on a team (there is no such inspector). */
  public static final String AUDITOR = "AUD-1";

  public final AssignmentRecord record;
  public final List<Visit> visits;
  public final ManualClock clock = ManualClock.at(DAY);
  public final OfficialCalendar calendar = OfficialCalendar.bundled();
  public final Results results;

  private ResultFixtures(int n, ResultPolicy policy) {
    RegionCode county = RegionCode.of("140105");
    List<Inspector> inspectors = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      inspectors.add(Inspector.builder().id("O" + i).name("官" + i)
          .authorityCode("SX-140105-SCJG").level(AuthorityLevel.COUNTY).region(county)
          .kind(InspectorKind.ENFORCEMENT_OFFICER)
          .certificate(new EnforcementCertificate("C" + i, LocalDate.of(2020, 1, 1),
              LocalDate.of(2027, 12, 31))).build());
    }
    List<Visit> vs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      vs.add(Visit.of("V" + i, TASK, new EntityRef(entity(i).value(), county, "SX-140105-SCJG",
          null), new DateRange(DAY, DAY.plusDays(2))).withItems(List.of("ITEM-1", "ITEM-2")));
    }
    visits = List.copyOf(vs);
    AssignmentInput input = AssignmentInput.of(inspectors, vs);
    AssignmentManifest m = AssignmentManifest.create("A-2024-7", "", AssignmentRules.standard(),
        SeedPlan.recorded(), input);
    AssignmentOutcome o = Assignment.assign(m,
        new SeedSource.Recorded("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"),
        input);
    record = ((AssignmentOutcome.Assigned) o).record();
    results = new Results(new InMemoryResultStore(), ResultCatalogues.standard(), clock,
        calendar, policy);
  }

  /** {@code n} visits, the default policy. */
  public static ResultFixtures of(int n) {
    return new ResultFixtures(n, ResultPolicy.defaults());
  }

  /** {@code n} visits and {@code policy}. */
  public static ResultFixtures of(int n, ResultPolicy policy) {
    return new ResultFixtures(n, policy);
  }

  /** The entity of visit {@code i}: a 15-digit registration number. */
  public static EntityId entity(int i) {
    return EntityId.parse(String.format("14010500000%04d", i));
  }

  /** The id of the result of visit {@code i}. */
  public static String id(int i) {
    return TASK + "/" + entity(i).value();
  }

  /** The first member of the team of visit {@code i}. */
  public String member(int i) {
    return record.currentTeam("V" + i).get(0).id();
  }

  /** An inspector not on the team of visit {@code i}. */
  public String outsider(int i) {
    List<String> team = record.currentTeam("V" + i).stream().map(AssignmentRecord.Member::id)
        .toList();
    for (int k = 1; k <= 6; k++) {
      if (!team.contains("O" + k)) {
        return "O" + k;
      }
    }
    throw new AssertionError("every officer is on the team");
  }
}
