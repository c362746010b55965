package io.doublerandom.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.docs.DocSnippets;
import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.Rational;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanAmendment;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PlanMode;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.model.task.TaskVisit;
import io.doublerandom.spi.Clock;
import io.doublerandom.task.InMemoryTaskNumberSequence;
import io.doublerandom.task.InMemoryTaskStore;
import io.doublerandom.task.TaskBook;
import io.doublerandom.task.TaskNumbering;
import io.doublerandom.task.TaskTransitionException;
import io.doublerandom.task.TaskVisits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/plans-and-tasks.md, run end to end. Each region between {@code //
 * snippet:NAME} and {@code // end:NAME} is shown verbatim (dedented) in the page after {@code
 * <!-- snippet: NAME -->}; {@link #thePageShowsExactlyTheCodeOfThisTest} fails if they drift.
 */
class PlansAndTasksGuideTest {
  private static final Path PAGE = Path.of("..", "docs", "plans-and-tasks.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "doublerandom", "plan",
      "PlansAndTasksGuideTest.java");

  @Test
  void aYearFromPlanToAssignedTask() {
    ChecklistCatalog catalog = PlanFixtures.catalog();
    Clock clock = Clock.fixed(Instant.parse("2025-03-03T02:00:00Z"));

    // snippet:plan
    PlanBook plans = new PlanBook(new InMemoryPlanStore(),
        new PlanValidator(PlanRules.defaults(), catalog), clock);
    PlanItem registration = PlanItem.builder().id("1")
        .checklist(new ChecklistRef("随机抽查事项清单", 1))
        .addItemCodes("SC-01-01")
        .sampling(Sampling.byClass(Map.of("A", "0.03", "B", "0.05", "C", "0.10", "D", "0.20")))
        .addMethods(InspectionMethod.ON_SITE)
        .addBatches(new Batch(1, new DateRange(LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 6, 30))))
        .build();
    AnnualPlan draft = plans.create(AnnualPlan.builder().id("SX-2025-1")
        .code("晋市监计划〔2025〕1号").name("2025年度双随机抽查计划").year(2025)
        .authority("SX-140100-SCJG").leadDepartment("信用监管科")
        .kind(PlanKind.ORDINARY).mode(PlanMode.UNDIRECTED)
        .period(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .addItems(registration)
        .build());
    List<PlanProblem> problems = plans.validate(draft);     // every problem at once
    AnnualPlan published = plans.publish(draft.id(), draft.version());
    // end:plan
    assertEquals(List.of(), problems);
    assertEquals(PlanStatus.PUBLISHED, published.status());

    // snippet:invalid
    AnnualPlan tooLow = AnnualPlan.builder().from(draft).id("SX-2025-2")
        .items(List.of(PlanItem.builder().from(registration)
            .itemCodes(List.of("SC-02-01", "XX-99"))
            .sampling(Sampling.ratio("0.02"))
            .build()))
        .build();
    for (PlanProblem p : plans.validate(tooLow)) {
      System.out.println(p);
    }
    // item 1 item code 'XX-99': is not an item of checklist 随机抽查事项清单 v1
    // item 1 ratio '0.02': is below the floor 0.03 for category 公示信息检查 (《企业公示信息抽查办法》（总局令第101号）)
    // end:invalid
    assertEquals(List.of(
        "item 1 item code 'XX-99': is not an item of checklist 随机抽查事项清单 v1",
        "item 1 ratio '0.02': is below the floor 0.03 for category 公示信息检查"
            + " (《企业公示信息抽查办法》（总局令第101号）)"),
        plans.validate(tooLow).stream().map(PlanProblem::toString).toList());

    // snippet:amend
    AnnualPlan changed = AnnualPlan.builder().from(published)
        .items(List.of(PlanItem.builder().from(registration)
            .sampling(Sampling.byClass(Map.of("A", "0.03", "B", "0.05", "C", "0.15",
                "D", "0.30")))
            .build()))
        .build();
    AnnualPlan amended = plans.amend(changed, "根据信用风险分类结果调整抽查比例",
        LocalDate.of(2025, 5, 1));
    PlanAmendment amendment = amended.amendments().get(0);   // publishable: reason, date, changes
    AnnualPlan asFirstPublished = plans.store().find(amended.id(), published.version())
        .orElseThrow();
    // end:amend
    assertEquals(1, amendment.changes().size());
    assertEquals("item 1 sampling", amendment.changes().get(0).field());
    assertEquals(published, asFirstPublished);

    // snippet:share
    RiskClassShare share = RiskClassShare.of(amended,
        item -> Map.of("A", 400, "B", 300, "C", 80, "D", 20));
    boolean meetsNotice = share.meets(PlanRules.defaults().riskShareTarget());   // ≥ 9/10
    DrawDesign design = PlanSizes.design(amended.items().get(0), DrawMethod.SRSWOR,
        SizeRule.ratio("0.30"));                                   // unrated entities
    // end:share
    assertTrue(meetsNotice);
    assertEquals(Rational.ONE, share.share().orElseThrow());
    assertEquals(SizeRule.ratio("0.15"), design.sizeRule("C"));

    // snippet:task
    TaskNumbering numbering = TaskNumbering.of("{prefix}抽查〔{year}〕{n}号",
        Map.of("SX-140100-SCJG", "晋市监"), new InMemoryTaskNumberSequence());
    TaskBook tasks = new TaskBook(new InMemoryTaskStore(), plans.store(), catalog, numbering,
        clock);
    InspectionTask task = tasks.createFromPlan(amended.id(), "1", 1, "2025年第一批登记事项抽查");
    System.out.println(task.number());   // 晋市监抽查〔2025〕1号
    // end:task
    assertEquals("晋市监抽查〔2025〕1号", task.number());

    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      candidates.add(Candidate.of(String.format("E%03d", i), i % 4 == 0 ? "C" : "A"));
    }
    SeedSource seed = new SeedSource.Recorded("00".repeat(32));

    // snippet:draw
    Population population = Population.of(candidates);
    Manifest manifest = Manifest.create(task.id(), design, SeedPlan.recorded(), population);
    DrawRecord record = TargetDraw.draw(manifest, seed, population);
    InspectionTask drawn = tasks.recordDraw(task.id(), task.version(), population, record);
    List<TaskVisit> visits = TaskVisits.of(drawn, record);   // one visit per drawn entity
    // end:draw
    assertEquals(TaskStatus.DRAWN, drawn.status());
    assertEquals(record.currentSample().size(), visits.size());

    // snippet:transition
    TaskTransitionException e = assertThrows(TaskTransitionException.class,
        () -> tasks.move(drawn.id(), drawn.version(), TaskStatus.PUBLISHED, ""));
    // task SX-140100-SCJG/2025/1 (晋市监抽查〔2025〕1号) cannot move from 已抽取对象 DRAWN
    // to 已公示 PUBLISHED; allowed from DRAWN: [ASSIGNED, CANCELLED, OVERDUE]
    // end:transition
    assertEquals("task SX-140100-SCJG/2025/1 (晋市监抽查〔2025〕1号) cannot move from 已抽取对象"
        + " DRAWN to 已公示 PUBLISHED; allowed from DRAWN: [ASSIGNED, CANCELLED, OVERDUE]",
        e.getMessage());
  }

  // ---- the page shows this code ----

  @Test
  void thePageShowsExactlyTheCodeOfThisTest() throws IOException {
    Map<String, String> code = DocSnippets.regions(SELF);
    assertEquals(List.of("plan", "invalid", "amend", "share", "task", "draw", "transition"),
        List.copyOf(code.keySet()));
    Map<String, String> shown = DocSnippets.shown(PAGE);
    assertEquals(code.keySet(), shown.keySet(), "every snippet shown once, none extra");
    code.forEach((name, text) -> assertEquals(text, shown.get(name), "snippet " + name));
  }
}
