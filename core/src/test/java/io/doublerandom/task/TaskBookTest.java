package io.doublerandom.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.JointDraw;
import io.doublerandom.draw.JointDrawRecord;
import io.doublerandom.draw.JointManifest;
import io.doublerandom.draw.JointTask;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.Lead;
import io.doublerandom.model.task.LeadSource;
import io.doublerandom.model.task.PlanRef;
import io.doublerandom.model.task.StatusChange;
import io.doublerandom.model.task.SubTask;
import io.doublerandom.model.task.TaskKind;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.model.task.TaskVisit;
import io.doublerandom.plan.PlanFixtures;
import io.doublerandom.spi.VersionConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskBookTest {
  private final TaskFixtures fx = new TaskFixtures();
  private final TaskBook book = fx.book;

  private static TemporaryTask temporary(List<String> items) {
    return new TemporaryTask(PlanFixtures.AUTHORITY, 2025, "投诉核查",
        new Lead(LeadSource.COMPLAINT, "12315-2025-0001", "反映无照经营"), PlanFixtures.V1, items,
        "信用监管科", TaskFixtures.DATES, List.of());
  }

  @Test
  void aPlannedTaskGetsItsNumberIdItemsAndBatchWindowFromThePlan() {
    InspectionTask t = book.createFromPlan("P1", "1", 1, "2025年第一批登记事项抽查");
    assertEquals("晋市监抽查〔2025〕1号", t.number());
    assertEquals(PlanFixtures.AUTHORITY + "/2025/1", t.id());
    assertEquals(new PlanRef("P1", 2, "1", 1), t.plan().orElseThrow());
    assertEquals(TaskKind.PLANNED, t.kind());
    assertEquals(List.of("SC-01-01"), t.items());
    assertEquals(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)), t.window());
    assertEquals(TaskStatus.CREATED, t.status());
    assertEquals(Instant.parse("2025-03-03T02:00:00Z"), t.createdAt());
    assertFalse(t.joint());
    assertEquals(1, t.version());
  }

  @Test
  void aTaskOfAJointPlanHasASubTaskPerDepartment() {
    InspectionTask t = book.createFromPlan("J1", "1", 1, "联合抽查");
    assertTrue(t.joint());
    assertEquals(List.of("信用监管科", "市税务局"), t.departments());
    assertEquals(new SubTask("市税务局", List.of("SC-01-01", "SC-01-02"), 0, 2, 0),
        t.subTask("市税务局").orElseThrow());
    InspectionTask custom = book.createFromPlan("J1", "1", 1, "联合抽查二",
        TaskFixtures.DATES, List.of(new SubTask("信用监管科", List.of("SC-01-01"), 0, 2, 1),
            new SubTask("市税务局", List.of("SC-01-02"), 5, 1, 0)));
    assertEquals(5, custom.subTask("市税务局").orElseThrow().targets());
  }

  @Test
  void aPlannedTaskIsRefusedWithEveryProblemBeforeANumberIsTaken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> book.createFromPlan("P1", "1", 1, "x", new DateRange(LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 4, 2)), List.of(new SubTask("财政局", List.of("SC-01-01"), 0, 2,
                0))));
    assertEquals("task from plan P1 item 1 batch 1: window 2025-03-01..2025-04-02 must lie in"
        + " batch 1's window 2025-04-01..2025-06-30; sub-task department '财政局' is not a"
        + " department of plan P1 [信用监管科]", e.getMessage());
    assertEquals("plan P1 has no item '9'", assertThrows(IllegalArgumentException.class,
        () -> book.createFromPlan("P1", "9", 1, "x")).getMessage());
    assertEquals("item 1 of plan P1 has no batch 2 (it has 1)", assertThrows(
        IllegalArgumentException.class, () -> book.createFromPlan("P1", "1", 2, "x"))
        .getMessage());
    assertEquals("no plan with id 'P9'", assertThrows(IllegalArgumentException.class,
        () -> book.createFromPlan("P9", "1", 1, "x")).getMessage());
    assertEquals(0, fx.sequence.last(PlanFixtures.AUTHORITY, 2025));
  }

  @Test
  void tasksComeOnlyFromPublishedPlans() {
    fx.plans.save(PlanFixtures.plan("D1").build());
    assertEquals("plan D1 is 草稿 DRAFT; tasks are created only from a published or in-progress"
        + " plan", assertThrows(IllegalStateException.class,
            () -> book.createFromPlan("D1", "1", 1, "x")).getMessage());
    assertEquals(PlanStatus.DRAFT, fx.plans.find("D1").map(AnnualPlan::status).orElseThrow());
  }

  @Test
  void aTemporaryTaskFollowsItsLeadAndItsItemsMustBeInTheChecklist() {
    InspectionTask t = book.createTemporary(temporary(List.of("SC-01-02")));
    assertEquals(TaskKind.TEMPORARY, t.kind());
    assertEquals(LeadSource.COMPLAINT, t.lead().orElseThrow().source());
    assertEquals("item codes [XX-1] of task 投诉核查 are not items of checklist 随机抽查事项清单 v1",
        assertThrows(IllegalArgumentException.class,
            () -> book.createTemporary(temporary(List.of("SC-01-01", "XX-1")))).getMessage());
    assertEquals("sub-tasks of task x must include the lead department 信用监管科, got '[市税务局]'",
        assertThrows(IllegalArgumentException.class, () -> book.createTemporary(
            new TemporaryTask(PlanFixtures.AUTHORITY, 2025, "x", t.lead().get(), PlanFixtures.V1,
                List.of("SC-01-02"), "信用监管科", TaskFixtures.DATES, List.of(
                    new SubTask("市税务局", List.of("SC-01-02"), 0, 2, 0))))).getMessage());
    assertEquals(1, fx.sequence.last(PlanFixtures.AUTHORITY, 2025), "refused tasks take none");
  }

  @Test
  void theDrawAndAssignmentAttachOnlyWhenTheyBelongAndMoveTheTask() {
    InspectionTask t = book.createFromPlan("P1", "1", 1, "登记事项抽查");
    Population population = TaskFixtures.population(10);
    DrawRecord draw = TaskFixtures.draw(t.id(), population);

    DrawRecord other = TaskFixtures.draw("another-task", population);
    assertEquals("draw record " + other.manifestHash() + " does not belong to task " + t.id()
        + " (晋市监抽查〔2025〕1号): the draw manifest names task 'another-task', not this task '"
        + t.id() + "'", assertThrows(IllegalArgumentException.class,
            () -> book.recordDraw(t.id(), 1, population, other)).getMessage());
    Population smaller = TaskFixtures.population(9);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> book.recordDraw(t.id(), 1, smaller, draw)).getMessage().contains(
            "the draw manifest's population digest " + population.digest()
                + " is not the digest " + smaller.digest() + " of the population given"));

    InspectionTask drawn = book.recordDraw(t.id(), 1, population, draw);
    assertEquals(TaskStatus.DRAWN, drawn.status());
    assertEquals(population.digest(), drawn.populationDigest().orElseThrow());
    assertEquals(draw.jsonHash(), drawn.drawRecordHash().orElseThrow());

    AssignmentRecord wrong = TaskFixtures.assign(draw, "ab".repeat(32));
    assertEquals("assignment record " + wrong.manifestHash() + " does not belong to task "
        + t.id() + " (晋市监抽查〔2025〕1号): the assignment's draw record hash '" + "ab".repeat(32)
        + "' is not the task's draw record hash " + draw.jsonHash(), assertThrows(
            IllegalArgumentException.class, () -> book.recordAssignment(t.id(), 2, wrong))
        .getMessage());
    AssignmentRecord assignment = TaskFixtures.assign(draw, draw.jsonHash());
    InspectionTask assigned = book.recordAssignment(t.id(), 2, assignment);
    assertEquals(TaskStatus.ASSIGNED, assigned.status());
    assertEquals(assignment.jsonHash(), assigned.assignmentRecordHash().orElseThrow());
    assertEquals(List.of(TaskStatus.DRAWN, TaskStatus.ASSIGNED),
        assigned.history().stream().map(StatusChange::to).toList());

    List<TaskVisit> visits = TaskVisits.of(assigned, draw);
    assertEquals(draw.currentSample().size(), visits.size());
    assertEquals(List.of("SC-01-01"), visits.get(0).items());
  }

  @Test
  void aJointDrawAttachesToEachOfItsTasksAndItsVisitsCoverEveryTaskOfAnEntity() {
    InspectionTask a = book.createFromPlan("P1", "1", 1, "甲");
    InspectionTask b = book.createTemporary(temporary(List.of("SC-01-02")));
    Population pa = TaskFixtures.population(12);
    Population pb = TaskFixtures.population(8);
    JointManifest m = JointManifest.create("J-2025-01", List.of(
        new JointTask(a.id(), a.items(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.5")),
            pa),
        new JointTask(b.id(), b.items(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.5")),
            pb)), SeedPlan.recorded());
    JointDrawRecord record = JointDraw.draw(m, TaskFixtures.SEED, Map.of(a.id(), pa, b.id(), pb));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> book.recordJointDraw(a.id(), 1, pb, record)).getMessage().contains(
            "the joint manifest's population digest of task " + a.id()));
    InspectionTask da = book.recordJointDraw(a.id(), 1, pa, record);
    InspectionTask db = book.recordJointDraw(b.id(), 1, pb, record);
    assertEquals("J-2025-01", da.drawEvent().orElseThrow());
    assertEquals(da.drawRecordHash(), db.drawRecordHash());
    InspectionTask c = book.createTemporary(temporary(List.of("SC-01-01")));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> book.recordJointDraw(c.id(), 1, pa, record)).getMessage().contains(
            "the joint draw J-2025-01 has no task '" + c.id() + "' in its manifest"));

    List<TaskVisit> visits = TaskVisits.of(record);
    assertEquals(record.entities().size(), visits.size());
    TaskVisit both = visits.stream().filter(v -> v.tasks().size() == 2).findFirst()
        .orElseThrow(() -> new AssertionError("shared keys give shared visits"));
    assertEquals(List.of("SC-01-01", "SC-01-02"), both.items().stream().sorted().toList());
    assertEquals(visits.stream().filter(v -> v.taskIds().contains(a.id())).count(),
        TaskVisits.ofTask(visits, a.id()).size());
    assertEquals(record.currentSample(a.id()).size(), TaskVisits.ofTask(visits, a.id()).size());
  }

  @Test
  void anIllegalMoveNamesBothStatesAndOnlyRecordsMoveToDrawnOrAssigned() {
    InspectionTask t = book.createFromPlan("P1", "1", 1, "x");
    TaskTransitionException e = assertThrows(TaskTransitionException.class,
        () -> book.move(t.id(), 1, TaskStatus.AUDITED, ""));
    assertEquals("task " + t.id() + " (晋市监抽查〔2025〕1号) cannot move from 已创建 CREATED to 已审核"
        + " AUDITED; allowed from CREATED: [DRAWN, CANCELLED]", e.getMessage());
    assertEquals("a task moves to 已抽取对象 DRAWN only by recordDraw or recordJointDraw",
        assertThrows(IllegalArgumentException.class,
            () -> book.move(t.id(), 1, TaskStatus.DRAWN, "")).getMessage());
    assertEquals("a task moves to 已撤销 CANCELLED only by cancel, with a reason",
        assertThrows(IllegalArgumentException.class,
            () -> book.move(t.id(), 1, TaskStatus.CANCELLED, "")).getMessage());
    assertThrows(VersionConflictException.class, () -> book.cancel(t.id(), 5, "重复"));
  }

  @Test
  void aCancelledTaskKeepsItsNumberAndTheNextTaskGetsANewOne() {
    InspectionTask t = book.createFromPlan("P1", "1", 1, "x");
    assertEquals("cancelling task " + t.id() + " needs a reason, got ''",
        assertThrows(IllegalArgumentException.class, () -> book.cancel(t.id(), 1, ""))
            .getMessage());
    InspectionTask cancelled = book.cancel(t.id(), 1, "与联合抽查重复");
    assertEquals(TaskStatus.CANCELLED, cancelled.status());
    assertEquals("与联合抽查重复", cancelled.history().get(0).note());
    assertEquals("task " + t.id() + " (晋市监抽查〔2025〕1号) cannot move from 已撤销 CANCELLED to"
        + " 已抽取对象 DRAWN; CANCELLED is final", assertThrows(TaskTransitionException.class,
            () -> book.recordDraw(t.id(), 2, TaskFixtures.population(2),
                TaskFixtures.draw(t.id(), TaskFixtures.population(2)))).getMessage());
    InspectionTask next = book.createFromPlan("P1", "1", 1, "y");
    assertEquals("晋市监抽查〔2025〕2号", next.number());
    assertEquals(t.id(), fx.tasks.findByNumber("晋市监抽查〔2025〕1号").orElseThrow().id());
  }

  @Test
  void theStoreRefusesASecondTaskWithATakenNumberAndStaleVersions() {
    InspectionTask t = book.createFromPlan("P1", "1", 1, "x");
    InspectionTask copy = InspectionTask.builder().from(t).id("other").build();
    assertEquals("task number 晋市监抽查〔2025〕1号 of task other is already held by task " + t.id()
        + "; numbers are never reused", assertThrows(IllegalArgumentException.class,
            () -> fx.tasks.save(copy)).getMessage());
    assertTrue(fx.tasks.find("other").isEmpty());
    assertEquals(t, fx.tasks.save(t), "the same content again is a no-op");
    assertEquals("the number of task " + t.id() + " is 晋市监抽查〔2025〕1号 and never changes, got"
        + " '晋市监抽查〔2025〕9号'", assertThrows(IllegalArgumentException.class,
            () -> fx.tasks.save(InspectionTask.builder().from(t).version(2)
                .number("晋市监抽查〔2025〕9号").build())).getMessage());
    assertThrows(VersionConflictException.class,
        () -> fx.tasks.save(InspectionTask.builder().from(t).name("改").build()));
    assertEquals(List.of(t), fx.tasks.all());
  }

  @Test
  void anOverdueTaskIsPublishedLateAndClosed() {
    InspectionTask t = book.createFromPlan("P1", "1", 1, "x");
    Population p = TaskFixtures.population(6);
    DrawRecord draw = TaskFixtures.draw(t.id(), p);
    t = book.recordDraw(t.id(), t.version(), p, draw);
    t = book.recordAssignment(t.id(), t.version(), TaskFixtures.assign(draw, draw.jsonHash()));
    t = book.move(t.id(), t.version(), TaskStatus.IN_INSPECTION, "");
    t = book.move(t.id(), t.version(), TaskStatus.RESULTS_ENTERED, "");
    t = book.move(t.id(), t.version(), TaskStatus.AUDITED, "");
    t = book.move(t.id(), t.version(), TaskStatus.OVERDUE, "超过20个工作日未公示");
    String id = t.id();
    long v = t.version();
    assertThrows(TaskTransitionException.class,
        () -> book.move(id, v, TaskStatus.RESULTS_ENTERED, ""));
    t = book.move(t.id(), t.version(), TaskStatus.PUBLISHED, "逾期公示");
    t = book.move(t.id(), t.version(), TaskStatus.CLOSED, "");
    assertEquals(9, t.version());
    assertEquals(8, t.history().size());
  }
}
