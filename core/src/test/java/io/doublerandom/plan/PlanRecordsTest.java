package io.doublerandom.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.doublerandom.json.Json;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.Frequency;
import io.doublerandom.model.plan.PlanChange;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.Lead;
import io.doublerandom.model.task.LeadSource;
import io.doublerandom.model.task.PlanRef;
import io.doublerandom.model.task.SubTask;
import io.doublerandom.model.task.TaskVisit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan and task records: their own checks and a JSON round trip (what a store persists). */
class PlanRecordsTest {
  private final ObjectMapper json = Json.newMapper();

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  private static InspectionTask.Builder task() {
    return InspectionTask.builder().id("SX/2025/1").number("晋市监抽查〔2025〕1号").sequence(1)
        .name("抽查").authority("SX").year(2025).plan(new PlanRef("P1", 2, "1", 1))
        .checklist(PlanFixtures.V1).addItems("SC-01-01", "SC-01-02").leadDepartment("信用监管科")
        .window(DateRange.of(LocalDate.of(2025, 4, 1)))
        .createdAt(Instant.parse("2025-03-03T02:00:00Z"));
  }

  @Test
  void plansAndTasksRoundTripThroughJson() throws Exception {
    AnnualPlan plan = PlanFixtures.jointPlan("J1").build();
    assertEquals(plan, json.readValue(json.writeValueAsString(plan), AnnualPlan.class));
    InspectionTask t = task().addSubTasks(new SubTask("信用监管科", List.of("SC-01-01"), 0, 2, 0),
        new SubTask("市税务局", List.of("SC-01-02"), 3, 1, 1)).drawRecordHash("ab".repeat(32))
        .build();
    assertEquals(t, json.readValue(json.writeValueAsString(t), InspectionTask.class));
  }

  @Test
  void samplingHasExactlyOneKind() {
    assertEquals("sampling must have exactly one of ratios by class, a ratio or a count, got"
        + " 'Sampling{ratiosByClass={}, ratio=0.1, count=3, minimumCount=0, rounding=CEILING}'",
        message(() -> Sampling.builder().ratio(new java.math.BigDecimal("0.1")).count(3)
            .build()));
    assertEquals("ratio must be a decimal, got '5%'", message(() -> Sampling.ratio("5%")));
    assertEquals("sample count must be 0 or more, got '-1'", message(() -> Sampling.count(-1)));
  }

  @Test
  void planItemsAndPlansCheckTheirShape() {
    assertEquals("batch numbers of plan item 1 must be 1, 2, ... in order (expected 1), got '2'",
        message(() -> PlanFixtures.item("1").batches(List.of(new Batch(2,
            DateRange.of(LocalDate.of(2025, 4, 1))))).build()));
    assertEquals("item code of plan item 1 must not repeat, got 'SC-01-01'",
        message(() -> PlanFixtures.item("1").addItemCodes("SC-01-01").build()));
    assertEquals("item id of plan P1 must be unique, got '1'",
        message(() -> PlanFixtures.plan("P1").addItems(PlanFixtures.item("1").build()).build()));
    assertEquals("department of plan P1 must not repeat, got '信用监管科'",
        message(() -> PlanFixtures.plan("P1").addParticipatingDepartments("信用监管科").build()));
    assertEquals("version of checklist 清单 must be at least 1, got '0'",
        message(() -> new ChecklistRef("清单", 0)));
    assertEquals("change of period must differ before and after, got 'x'",
        message(() -> new PlanChange("period", "x", "x")));
  }

  @Test
  void frequenciesParseAsPlansWriteThem() {
    assertEquals(new Frequency(1, false), Frequency.parse("=1"));
    assertEquals(new Frequency(2, true), Frequency.parse(">=2"));
    assertEquals(">=2", Frequency.parse(" >=2 ").toString());
    assertEquals("frequency must be written =n or >=n, got '每年'", message(() ->
        Frequency.parse("每年")));
    assertEquals("frequency must be at least 1, got '0'", message(() -> Frequency.parse("0")));
  }

  @Test
  void tasksCheckTheirShape() {
    assertEquals("origin of task SX/2025/1 must be exactly one of a plan item or a lead, got"
        + " 'plan and lead'", message(() -> task().lead(new Lead(LeadSource.REFERRAL, "函-1",
            "转办")).build()));
    assertEquals("item of sub-task 市税务局 of task SX/2025/1 must be an item of the task"
        + " [SC-01-01, SC-01-02], got 'SP-01-01'", message(() -> task().addSubTasks(
            new SubTask("信用监管科", List.of("SC-01-01", "SC-01-02"), 0, 2, 0),
            new SubTask("市税务局", List.of("SP-01-01"), 0, 2, 0)).build()));
    assertEquals("sub-tasks of task SX/2025/1 must together cover every item of the task"
        + " [SC-01-01, SC-01-02], got '[SC-01-01]'", message(() -> task().addSubTasks(
            new SubTask("信用监管科", List.of("SC-01-01"), 0, 2, 0)).build()));
    assertEquals("draw record hash of task SX/2025/1 must be 64 lower-case hex digits (SHA-256),"
        + " got 'ABC'", message(() -> task().drawRecordHash("ABC").build()));
    assertEquals("inspectors per entity of sub-task 市税务局 must be at least 1, got '0'",
        message(() -> new SubTask("市税务局", List.of("SC-01-01"), 0, 0, 0)));
  }

  @Test
  void aVisitListsEveryItemOnce() {
    TaskVisit v = new TaskVisit("E1", List.of(
        new TaskVisit.TaskItems("T1", "A", List.of("SC-01-01", "SC-01-02")),
        new TaskVisit.TaskItems("T2", "B", List.of("SC-01-02", "SP-01-01"))));
    assertEquals(List.of("SC-01-01", "SC-01-02", "SP-01-01"), v.items());
    assertEquals(List.of("T1", "T2"), v.taskIds());
  }
}
