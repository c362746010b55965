package io.doublerandom.task;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.Visit;
import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.plan.InMemoryPlanStore;
import io.doublerandom.plan.PlanBook;
import io.doublerandom.plan.PlanFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A published plan, a task book over it, and draws and assignments to attach. */
final class TaskFixtures {
  static final SeedSource SEED = new SeedSource.Recorded("00".repeat(32));
  static final RegionCode COUNTY = RegionCode.of("140105");
  static final DateRange DATES = new DateRange(LocalDate.of(2025, 4, 7),
      LocalDate.of(2025, 4, 8));

  final InMemoryPlanStore plans = new InMemoryPlanStore();
  final InMemoryTaskStore tasks = new InMemoryTaskStore();
  final InMemoryTaskNumberSequence sequence = new InMemoryTaskNumberSequence();
  final TaskNumbering numbering = TaskNumbering.of(TaskNumbering.DEFAULT_PATTERN,
      Map.of(PlanFixtures.AUTHORITY, "晋市监"), sequence);
  final TaskBook book = new TaskBook(tasks, plans, PlanFixtures.catalog(), numbering,
      PlanFixtures.CLOCK);

  TaskFixtures() {
    PlanBook planBook = new PlanBook(plans, PlanFixtures.validator(), PlanFixtures.CLOCK);
    planBook.create(PlanFixtures.plan("P1").build());
    planBook.publish("P1", 1);
    AnnualPlan joint = planBook.create(PlanFixtures.jointPlan("J1").items(List.of(
        PlanFixtures.item("1").itemCodes(List.of("SC-01-01", "SC-01-02")).build())).build());
    planBook.publish(joint.id(), 1);
  }

  /** {@code n} candidates E000.. in strata A and B. */
  static Population population(int n) {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Candidate.of(String.format("E%03d", i), i % 2 == 0 ? "A" : "B"));
    }
    return Population.of(list);
  }

  static DrawRecord draw(String task, Population population) {
    Manifest m = Manifest.create(task, DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.5")),
        SeedPlan.recorded(), population);
    return TargetDraw.draw(m, SEED, population);
  }

  static Inspector officer(String id) {
    return Inspector.builder().id(id).name("官" + id).authorityCode("SX-140105-SCJG")
        .level(AuthorityLevel.COUNTY).region(COUNTY).kind(InspectorKind.ENFORCEMENT_OFFICER)
        .certificate(new EnforcementCertificate("C" + id, LocalDate.of(2020, 1, 1),
            LocalDate.of(2027, 12, 31))).build();
  }

  /** An assignment of every entity of {@code record}'s current sample, naming the draw's hash. */
  static AssignmentRecord assign(DrawRecord record, String drawHash) {
    List<Visit> visits = new ArrayList<>();
    for (String id : record.currentSample()) {
      visits.add(Visit.of(record.manifest().task() + "/" + id, record.manifest().task(),
          new EntityRef(id, COUNTY, "SX-140105-SCJG", null), DATES));
    }
    List<Inspector> inspectors = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      inspectors.add(officer("O" + i));
    }
    AssignmentInput input = AssignmentInput.of(inspectors, visits);
    AssignmentManifest m = AssignmentManifest.create("A-" + record.manifest().task(), drawHash,
        AssignmentRules.standard(), SeedPlan.recorded(), input);
    AssignmentOutcome o = Assignment.assign(m, SEED, input);
    if (o instanceof AssignmentOutcome.Assigned a) {
      return a.record();
    }
    throw new AssertionError("expected a feasible assignment: " + o);
  }
}
