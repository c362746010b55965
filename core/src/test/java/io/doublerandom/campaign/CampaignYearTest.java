package io.doublerandom.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.calendar.ManualClock;
import io.doublerandom.calendar.OfficialCalendar;
import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.docs.DocSnippets;
import io.doublerandom.draw.DrawOutcome;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.JointDraw;
import io.doublerandom.draw.JointDrawRecord;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.followup.InMemoryCaseHandlingGateway;
import io.doublerandom.indicator.Indicator;
import io.doublerandom.indicator.IndicatorReport;
import io.doublerandom.indicator.IndicatorScope;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PlanMode;
import io.doublerandom.model.plan.PopulationScope;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultCode;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.Lead;
import io.doublerandom.model.task.LeadSource;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.sample.BundledSample;
import io.doublerandom.task.TemporaryTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole year of the bundled Shanxi sample through the {@link Campaign} facade, and the code of
 * docs/campaign.md (each {@code // snippet:NAME} region is shown verbatim on the page; {@link
 * #thePageShowsExactlyTheCodeOfThisTest} fails if they drift apart).
 *
 * <p>The 晋中 city bureau (SX-SCJG-140700) inspects the 16 operating 眼镜配制 shops of 榆次区
 * (140702: classes A 5, B 4, D 1, unrated 6) and four 定量包装商品生产 makers: two plans (one
 * departmental joint with the 榆次 district bureau), six tasks (one joint draw of two, one
 * temporary) and a cancelled one. The designs make every count follow from the population: the
 * indicators are checked against values computed by hand in the comments.
 */
class CampaignYearTest {
  private static final Path PAGE = Path.of("..", "docs", "campaign.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "doublerandom",
      "campaign", "CampaignYearTest.java");
  private static final String CITY = "SX-SCJG-140700";
  private static final String DISTRICT = "SX-SCJG-140702";
  private static final String AUDITOR = "审核员-晋中-01";
  private static final String OFFICER = "公示员-晋中-01";

  private static List<MarketEntity> entities;
  private static List<Inspector> inspectors;
  private static Checklist checklist;

  @BeforeAll
  static void readTheBundledSample() throws IOException {
    ImportOptions options = ImportOptions.builder().regions(RegionTable.shanxi()).build();
    try (InputStream in = BundledSample.open(BundledSample.ENTITIES)) {
      entities = ok(EntityFiles.read(in, BundledSample.ENTITIES, Format.CSV, options)).values();
    }
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      inspectors = ok(InspectorFiles.read(in, BundledSample.INSPECTORS, Format.CSV, options))
          .values();
    }
    try (InputStream in = BundledSample.open(BundledSample.CHECKLIST)) {
      checklist = ok(ChecklistFiles.read(in, BundledSample.CHECKLIST, options)).value();
    }
  }

  private static <T> ImportResult<T> ok(ImportResult<T> r) {
    assertTrue(r.ok(), r.report().format());
    return r;
  }

  /** A SHA1PRNG seeded before first use is deterministic: fixed "random" seeds for the test. */
  private static SecureRandom fixedRandom(String seed) throws Exception {
    SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
    r.setSeed(seed.getBytes(StandardCharsets.UTF_8));
    return r;
  }

  private static PlanItem item(String id, String code, PopulationScope population,
      Sampling sampling, DateRange... batches) {
    PlanItem.Builder b = PlanItem.builder().id(id)
        .checklist(new ChecklistRef(checklist.name(), checklist.version()))
        .addItemCodes(code).population(population).sampling(sampling)
        .addMethods(InspectionMethod.ON_SITE);
    for (int i = 0; i < batches.length; i++) {
      b.addBatches(new Batch(i + 1, batches[i]));
    }
    return b.build();
  }

  private static DateRange range(String from, String to) {
    return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
  }

  /** Enters, audits and publishes every result of a task, the codes by result order. */
  private static void inspect(Campaign campaign, ManualClock clock, String task,
      List<String> codes, LocalDate formedOn, LocalDate publishOn) {
    List<InspectionResult> rows = campaign.results(task);
    assertEquals(codes.size(), rows.size(), "results of " + task);
    for (int i = 0; i < rows.size(); i++) {
      InspectionResult r = rows.get(i);
      String item = r.items().first();
      Finding f = Finding.of(item, codes.get(i));
      if (codes.get(i).equals("R07")) {
        f = f.withDeadline(formedOn.plusDays(30));
      } else if (codes.get(i).equals("R11")) {
        f = f.withText("经营者正在办理迁移登记");
      }
      clock.setDate(formedOn);
      r = campaign.enter(r.id(), r.version(), r.team().get(0), formedOn, List.of(f));
      r = campaign.approve(r.id(), r.version(), AUDITOR, "同意");
      if (publishOn != null) {
        clock.setDate(publishOn);
        campaign.publish(r.id(), r.version(), OFFICER, publishOn);
      }
    }
  }

  @Test
  void aWholeYearOfTheBundledSample() throws Exception {
    SecureRandom secureRandom = fixedRandom("campaign-2025");
    InMemoryCaseHandlingGateway caseSystem = new InMemoryCaseHandlingGateway();
    ChecklistCatalog catalog = ChecklistCatalog.of(List.of(checklist));
    // snippet:setup
    ManualClock clock = ManualClock.at(LocalDate.of(2025, 1, 10));
    Campaign campaign = Campaign.builder()
        .clock(clock)
        .calendar(OfficialCalendar.bundled())
        .entities(entities)              // read with EntityFiles from the bundled sample
        .inspectors(inspectors)          // read with InspectorFiles
        .checklists(catalog)             // the checklist read with ChecklistFiles
        .taskNumbers("{prefix}抽查〔{year}〕{n}号", Map.of(CITY, "晋中市监"),
            new io.doublerandom.task.InMemoryTaskNumberSequence())
        .assignmentRules(AssignmentRules.of(TaskRules.standard().withRotationDays(30)))
        .caseHandling(caseSystem)
        .build();
    // end:setup

    // ---- plans: the 16 operating 眼镜配制 shops of 榆次区 (A 5, B 4, D 1, unrated 6) ----
    PopulationScope glasses = PopulationScope.builder().addRegions(RegionCode.of("140702"))
        .addAnyTags("眼镜配制").build();
    PopulationScope packers = PopulationScope.builder().addRegions(RegionCode.of("140702"))
        .addAnyTags("定量包装商品生产").build();
    PlanItem licences = item("1", "SC-01-01", glasses,
        Sampling.byClass(Map.of("A", "0.4", "B", "0.5", "C", "1", "D", "1")),
        range("2025-03-01", "2025-05-31"));
    PlanItem names = item("2", "SC-01-02", glasses, Sampling.ratio("1"),
        range("2025-06-01", "2025-08-31"));
    PlanItem premises = item("3", "SC-01-05", packers, Sampling.count(4),
        range("2025-10-01", "2025-11-30"));
    // snippet:plans
    AnnualPlan ordinary = campaign.createPlan(AnnualPlan.builder()
        .id("JZ-2025-01").code("晋中市监计划〔2025〕1号").name("晋中市市场监管局2025年度抽查计划")
        .year(2025).authority(CITY).leadDepartment("信用监管科")
        .kind(PlanKind.ORDINARY).mode(PlanMode.DIRECTED)
        .period(range("2025-01-01", "2025-12-31"))
        .addItems(licences, names, premises)
        .build());
    ordinary = campaign.publishPlan(ordinary.id());
    AnnualPlan joint = campaign.createPlan(AnnualPlan.builder()
        .id("JZ-2025-02").code("晋中市监计划〔2025〕2号").name("晋中市2025年度部门联合抽查计划")
        .year(2025).authority(CITY).leadDepartment(CITY).addParticipatingDepartments(DISTRICT)
        .kind(PlanKind.DEPARTMENTAL_JOINT).mode(PlanMode.DIRECTED)
        .period(range("2025-01-01", "2025-12-31"))
        .addItems(item("1", "SC-01-03", glasses,
                Sampling.byClass(Map.of("A", "0.2", "B", "0.25", "C", "0.5", "D", "1")),
                range("2025-09-01", "2025-10-31")),
            item("2", "SC-01-04", glasses,
                Sampling.byClass(Map.of("A", "1", "B", "1", "C", "1", "D", "1")),
                range("2025-09-01", "2025-10-31")))
        .build());
    joint = campaign.publishPlan(joint.id());
    // end:plans
    assertEquals(LocalDate.of(2025, 1, 10), ordinary.publishedOn().orElseThrow());

    // ---- T1: ratios by class; strata A 5 → 2, B 4 → 2, D 1 → 1, unrated 6 (B's ratio) → 3 ----
    clock.setDate(LocalDate.of(2025, 3, 3));
    // snippet:draw
    InspectionTask t1 = campaign.createTask(ordinary.id(), "1", 1, "2025年眼镜配制场所营业执照检查");
    DrawOutcome<DrawRecord> drawn = campaign.draw(t1.id(), SeedPlan.recorded(),
        SeedSource.recorded(secureRandom));
    DrawRecord record = ((DrawOutcome.Drawn<DrawRecord>) drawn).record();
    AssignmentOutcome staffed = campaign.assign(t1.id(), SeedPlan.recorded(),
        SeedSource.recorded(secureRandom));
    System.out.println(t1.number() + ": " + record.currentSample());
    // end:draw
    assertEquals("晋中市监抽查〔2025〕1号", t1.number());
    assertTrue(staffed.feasible(), staffed.toString());
    assertEquals(16, campaign.population(t1.id()).orElseThrow().size());
    assertEquals(8, record.currentSample().size());
    assertTrue(TargetDraw.verify(record, campaign.population(t1.id()).orElseThrow())
        .reproduces());
    assertEquals(TaskStatus.ASSIGNED, campaign.findTask(t1.id()).orElseThrow().status());
    Set<String> lowRisk = new TreeSet<>();
    for (MarketEntity e : entities) {
      if (e.region().value().equals("140702") && e.tags().contains("眼镜配制") && e.isOperating()
          && e.generalRiskClass().map("A"::equals).orElse(false)) {
        lowRisk.add(e.id().value());
      }
    }
    assertEquals(5, lowRisk.size());

    // a task created by mistake and cancelled: its number is never given again
    InspectionTask mistake = campaign.createTask(ordinary.id(), "1", 1, "重复创建");
    campaign.cancelTask(mistake.id(), "与晋中市监抽查〔2025〕1号重复");

    // T1's results: one of each finding R01…R08, formed 03-10, published 03-20
    // snippet:results
    List<InspectionResult> rows = campaign.results(t1.id());   // 未录入, one per drawn entity
    InspectionResult first = rows.get(0);
    clock.setDate(LocalDate.of(2025, 3, 10));
    first = campaign.enter(first.id(), first.version(), first.team().get(0),
        LocalDate.of(2025, 3, 10), List.of(Finding.of("SC-01-01", "R01")));
    first = campaign.approve(first.id(), first.version(), AUDITOR, "同意");
    clock.setDate(LocalDate.of(2025, 3, 20));
    first = campaign.publish(first.id(), first.version(), OFFICER, LocalDate.of(2025, 3, 20));
    System.out.println(first.state() + " due " + first.deadline().orElseThrow().due());
    // end:results
    assertEquals(LocalDate.of(2025, 4, 8), first.deadline().orElseThrow().due());
    IllegalArgumentException notOnTeam = assertThrows(IllegalArgumentException.class, () ->
        campaign.enter(rows.get(1).id(), 1, AUDITOR, LocalDate.of(2025, 3, 10),
            List.of(Finding.of("SC-01-01", "R01"))));
    assertTrue(notOnTeam.getMessage().contains("谁检查、谁录入"), notOnTeam.getMessage());
    List<String> t1Codes = List.of("R02", "R03", "R04", "R05", "R06", "R07", "R08");
    for (int i = 1; i < rows.size(); i++) {
      InspectionResult r = campaign.result(rows.get(i).id()).orElseThrow();
      clock.setDate(LocalDate.of(2025, 3, 10));
      Finding f = Finding.of("SC-01-01", t1Codes.get(i - 1));
      if (t1Codes.get(i - 1).equals("R07")) {
        f = f.withDeadline(LocalDate.of(2025, 4, 30));
      }
      r = campaign.enter(r.id(), r.version(), r.team().get(1), LocalDate.of(2025, 3, 10),
          List.of(f));
      r = campaign.approve(r.id(), r.version(), AUDITOR, "同意");
      clock.setDate(LocalDate.of(2025, 3, 20));
      campaign.publish(r.id(), r.version(), OFFICER, LocalDate.of(2025, 3, 20));
    }
    assertEquals(TaskStatus.PUBLISHED, campaign.findTask(t1.id()).orElseThrow().status());

    // follow-up of T1's problems: R02, R03 listed then closed; R04 nothing by default; R06
    // corrected; R07 correction left open; R08 referred, decided, closed
    LocalDate march21 = LocalDate.of(2025, 3, 21);
    clock.setDate(march21);
    Map<String, InspectionResult> byCode = new java.util.TreeMap<>();
    for (InspectionResult r : campaign.results(t1.id())) {
      byCode.put(r.codes().first(), r);
      campaign.disposeByDefaults(r.id(), OFFICER, march21);
    }
    assertTrue(campaign.followUps().disposalsOf(byCode.get("R04").id()).isEmpty());
    for (String code : List.of("R02", "R03", "R06")) {
      Disposal d = campaign.followUps().disposalsOf(byCode.get(code).id()).get(0);
      campaign.closeDisposal(d.id(), d.version(), OFFICER, LocalDate.of(2025, 4, 15), "已完成");
    }
    // snippet:followup
    InspectionResult suspect = byCode.get("R08");            // 发现问题，待后续调查处理
    Disposal referral = campaign.followUps().disposalsOf(suspect.id()).get(0);   // 移送案源线索
    caseSystem.openCase(referral.referral().orElseThrow(), "晋中市监立〔2025〕7号",
        LocalDate.of(2025, 4, 2));
    caseSystem.decide(referral.referral().orElseThrow(), "晋中市监罚〔2025〕15号",
        LocalDate.of(2025, 6, 18));
    campaign.syncCases();                                    // the case system's answers
    campaign.closeDisposal(referral.id(), referral.version(), OFFICER,
        LocalDate.of(2025, 6, 20), "已作出行政处罚决定");
    CaseReferral link = campaign.followUps().referralByDecision("晋中市监罚〔2025〕15号")
        .orElseThrow();
    System.out.println(link.task() + " " + link.entity().value() + " → "
        + link.decisionNumber().orElseThrow());
    // end:followup
    assertEquals(t1.id(), link.task());
    assertEquals(suspect.entity(), link.entity());
    assertEquals(DisposalKind.CASE_REFERRAL, referral.kind());

    // stop-publication of T1's R01 result (未发现问题: three months by the default policy)
    // snippet:stop
    clock.setDate(LocalDate.of(2025, 7, 1));
    StopPublicationApplication application = campaign.applyToStopPublication(first.id(),
        first.entity(), LocalDate.of(2025, 7, 1), "公示已满三个月，申请停止公示");
    application = campaign.grantStopPublication(application.id(), application.version(), OFFICER,
        LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 10), "符合停止公示条件");
    InspectionResult withdrawn = campaign.result(first.id()).orElseThrow();
    System.out.println(withdrawn.state() + " from " + withdrawn.withdrawnFrom().orElseThrow());
    // end:stop
    assertEquals(ResultState.WITHDRAWN, withdrawn.state());
    assertTrue(withdrawn.publicOn(LocalDate.of(2025, 7, 9)));
    assertTrue(!withdrawn.publicOn(LocalDate.of(2025, 7, 10)));
    InspectionTask closed1 = campaign.closeTask(t1.id());
    assertEquals(TaskStatus.CLOSED, closed1.status());

    // ---- T2: one ratio (1) over the shops, minus the 2 class-A shops T1 drew → 14 ----
    clock.setDate(LocalDate.of(2025, 6, 2));
    InspectionTask t2 = campaign.createTask(ordinary.id(), "2", 1, "2025年眼镜配制场所名称规范检查");
    assertEquals("晋中市监抽查〔2025〕3号", t2.number(), "number 2 went to the cancelled task");
    campaign.draw(t2.id(), SeedPlan.recorded(), SeedSource.recorded(secureRandom));
    assertTrue(campaign.assign(t2.id(), SeedPlan.recorded(), SeedSource.recorded(secureRandom))
        .feasible());
    assertEquals(14, campaign.results(t2.id()).size());
    List<String> t2Codes = new ArrayList<>(List.of("R09", "R10", "R11"));
    while (t2Codes.size() < 14) {
      t2Codes.add("R01");
    }
    // every result published 07-15, except R11's (index 2), audited and left unpublished
    List<InspectionResult> t2Rows = campaign.results(t2.id());
    for (int i = 0; i < t2Rows.size(); i++) {
      inspect1(campaign, clock, t2Rows.get(i), t2Codes.get(i), LocalDate.of(2025, 7, 7),
          i == 2 ? null : LocalDate.of(2025, 7, 15));
    }
    InspectionResult r10 = campaign.results(t2.id()).get(1);
    campaign.disposeByDefaults(r10.id(), OFFICER, LocalDate.of(2025, 7, 16));   // referred
    InspectionResult late = campaign.results(t2.id()).get(2);
    assertEquals(LocalDate.of(2025, 8, 4), late.deadline().orElseThrow().due());
    // snippet:overdue
    List<InspectionTask> overdue = campaign.markOverdue(LocalDate.of(2025, 8, 5));
    System.out.println(overdue.get(0).number() + " " + overdue.get(0).status().label());
    // end:overdue
    assertEquals(List.of(t2.id()), overdue.stream().map(InspectionTask::id).toList());
    assertThrows(IllegalStateException.class, () -> campaign.closeTask(t2.id()));
    clock.setDate(LocalDate.of(2025, 8, 20));
    campaign.publish(late.id(), late.version(), OFFICER, LocalDate.of(2025, 8, 20));
    assertTrue(campaign.result(late.id()).orElseThrow().late());
    assertEquals(TaskStatus.PUBLISHED, campaign.findTask(t2.id()).orElseThrow().status());
    campaign.closeTask(t2.id());

    // ---- J1: the joint plan's two tasks drawn together; all 5 class-A shops are now excluded
    // (drawn this year), leaving B 4, D 1, unrated 6 = 11. T3 (both bureaus): B 1, D 1,
    // unrated 2 = 4; T4 (the city alone, ratios 1): all 11, so T3's four lie inside T4's ----
    clock.setDate(LocalDate.of(2025, 9, 1));
    // snippet:joint
    InspectionTask t3 = campaign.createTask(joint.id(), "1", 1, "2025年眼镜配制场所联合检查");
    InspectionTask t4 = campaign.createTask(joint.id(), "2", 1, "2025年眼镜配制场所经营范围检查",
        range("2025-09-01", "2025-10-31"), List.of());   // the lead bureau alone
    DrawOutcome<JointDrawRecord> jointDraw = campaign.drawJoint("JZ-2025-J1",
        List.of(t3.id(), t4.id()), SeedPlan.recorded(), SeedSource.recorded(secureRandom));
    AssignmentOutcome jointTeams = campaign.assign("JZ-2025-J1", SeedPlan.recorded(),
        SeedSource.recorded(secureRandom));   // one visit per entity, one team for both tasks
    // end:joint
    assertTrue(jointTeams.feasible(), jointTeams.toString());
    JointDrawRecord jr = ((DrawOutcome.Drawn<JointDrawRecord>) jointDraw).record();
    assertEquals(4, jr.currentSample(t3.id()).size());
    assertEquals(11, jr.currentSample(t4.id()).size());
    assertEquals(11, jr.entities().size(), "visits: T3's entities are inside T4's");
    assertTrue(JointDraw.verify(jr, Map.of(t3.id(), campaign.population(t3.id()).orElseThrow(),
        t4.id(), campaign.population(t4.id()).orElseThrow())).reproduces());
    assertTrue(t3.joint());
    inspect(campaign, clock, t3.id(), List.of("R01", "R01", "R01", "R01"),
        LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 25));
    List<String> elevens = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      elevens.add("R09");
    }
    inspect(campaign, clock, t4.id(), elevens, LocalDate.of(2025, 9, 15),
        LocalDate.of(2025, 9, 25));
    for (InspectionResult r : campaign.results(t3.id())) {
      InspectionResult other = campaign.result(t4.id(), r.entity()).orElseThrow();
      assertEquals(r.visit(), other.visit(), "one visit for both tasks");
      assertEquals(r.team(), other.team());
      assertTrue(r.team().stream().anyMatch(id -> inspectors.stream().anyMatch(
          x -> x.id().equals(id) && x.authorityCode().equals(DISTRICT))),
          "the district bureau sends an officer to the joint visit " + r.visit());
    }

    // ---- T6: four 定量包装商品生产 makers found gone (entity statuses only) ----
    clock.setDate(LocalDate.of(2025, 10, 8));
    InspectionTask t6 = campaign.createTask(ordinary.id(), "3", 1, "2025年定量包装商品生产企业住所检查");
    campaign.draw(t6.id(), SeedPlan.recorded(), SeedSource.recorded(secureRandom));
    assertTrue(campaign.assign(t6.id(), SeedPlan.recorded(), SeedSource.recorded(secureRandom))
        .feasible());
    inspect(campaign, clock, t6.id(), List.of("S01", "S02", "S03", "S04"),
        LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 20));

    // ---- T5: a complaint about the class-D shop (not a random inspection) ----
    EntityId complained = EntityId.parse("92140702MA44A73D73");
    clock.setDate(LocalDate.of(2025, 11, 3));
    // snippet:temporary
    InspectionTask t5 = campaign.createTemporaryTask(new TemporaryTask(CITY, 2025,
        "投诉举报核查：92140702MA44A73D73",
        new Lead(LeadSource.COMPLAINT, "12315-2025-1103-001", "消费者投诉配镜度数不符"),
        new ChecklistRef(checklist.name(), checklist.version()), List.of("SC-01-01"),
        "信用监管科", range("2025-11-03", "2025-11-28"), List.of()), List.of(complained));
    campaign.draw(t5.id(), SeedPlan.recorded(), SeedSource.recorded(secureRandom));
    campaign.assign(t5.id(), SeedPlan.recorded(), SeedSource.recorded(secureRandom));
    // end:temporary
    inspect(campaign, clock, t5.id(), List.of("R06"), LocalDate.of(2025, 11, 10),
        LocalDate.of(2025, 11, 20));
    InspectionResult corrected = campaign.results(t5.id()).get(0);
    for (Disposal d : campaign.disposeByDefaults(corrected.id(), OFFICER,
        LocalDate.of(2025, 11, 20))) {
      campaign.closeDisposal(d.id(), d.version(), OFFICER, LocalDate.of(2025, 11, 21), "已改正");
    }
    for (String id : List.of(t3.id(), t4.id(), t5.id(), t6.id())) {
      assertEquals(TaskStatus.CLOSED, campaign.closeTask(id).status());
    }

    // every code of the catalogue was used
    Set<String> used = new TreeSet<>();
    campaign.tasks().forEach(t -> campaign.results(t.id()).forEach(r -> used.addAll(r.codes())));
    assertEquals(campaign.catalogue().codes().stream().map(ResultCode::code)
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)), used);
    assertTrue(campaign.ledger().verifyChain().isEmpty());

    // ---- the indicators, by hand ----
    // visits: T1 8 + T2 14 + J1 11 + T5 1 = 34 (T6's four record entity statuses only);
    //   random: 33 (T5 follows a complaint)                                   → 33/34
    // joint: the 4 J1 visits of T3 (two bureaus); T4's own 7 are the city's  → 4/33
    // differentiated: T1's 8 and J1's 11 (both J1 items by class); T2's 14 one ratio → 19/33
    // on time: 42 results due in 2025; T2's R11 was published late          → 41/42
    // problems: T1 R02 R03 R04 R06 R07 R08, T2 R10, T5 R06 = 8; disposed: R02, R03, R06, R08
    //   (decided), T5's R06 = 5; R04 has no measure, R07's correction and R10's referral are
    //   open                                                                  → 5/8
    // repeats: the 16 shops; each class-A shop once (T1 or T2, then excluded); each of the 11
    //   others by T2 and J1 (and 6 by T1 too)                                 → 11/16
    // low-risk repeats: the 5 class-A shops, none twice                       → 0/5
    // snippet:indicators
    IndicatorReport report = campaign.indicators(IndicatorScope.year(2025, List.of(CITY)));
    System.out.print(report.format());
    // end:indicators
    assertFraction(report, Indicator.INSPECTION_SHARE, 33, 34);
    assertFraction(report, Indicator.JOINT_RATE, 4, 33);
    assertFraction(report, Indicator.RISK_DIFFERENTIATED_RATE, 19, 33);
    assertFraction(report, Indicator.ON_TIME_PUBLICATION_RATE, 41, 42);
    assertFraction(report, Indicator.DISPOSAL_RATE, 5, 8);
    assertFraction(report, Indicator.REPEAT_RATE, 11, 16);
    assertFraction(report, Indicator.LOW_RISK_REPEAT_RATE, 0, 5);
    assertEquals(lowRisk, new TreeSet<>(report.get(Indicator.LOW_RISK_REPEAT_RATE)
        .denominatorUnits()));
    assertEquals(List.of(late.id()), report.get(Indicator.ON_TIME_PUBLICATION_RATE)
        .denominatorUnits().stream().filter(u -> !report.get(
            Indicator.ON_TIME_PUBLICATION_RATE).numeratorUnits().contains(u)).toList());
  }

  private static void inspect1(Campaign campaign, ManualClock clock, InspectionResult r,
      String code, LocalDate formedOn, LocalDate publishOn) {
    Finding f = Finding.of(r.items().first(), code);
    if (code.equals("R11")) {
      f = f.withText("经营者正在办理迁移登记");
    }
    clock.setDate(formedOn);
    r = campaign.enter(r.id(), r.version(), r.team().get(0), formedOn, List.of(f));
    r = campaign.approve(r.id(), r.version(), AUDITOR, "同意");
    if (publishOn != null) {
      clock.setDate(publishOn);
      campaign.publish(r.id(), r.version(), OFFICER, publishOn);
    }
  }

  private static void assertFraction(IndicatorReport report, Indicator indicator, long num,
      long den) {
    assertEquals(List.of(num, den), List.of(report.get(indicator).numerator(),
        report.get(indicator).denominator()), indicator.label());
  }

  @Test
  void thePageShowsExactlyTheCodeOfThisTest() throws IOException {
    Map<String, String> code = DocSnippets.regions(SELF);
    assertEquals(List.of("setup", "plans", "draw", "results", "followup", "stop", "overdue",
        "joint", "temporary", "indicators"), List.copyOf(code.keySet()));
    Map<String, String> shown = DocSnippets.shown(PAGE);
    assertEquals(code.keySet(), shown.keySet(), "every snippet shown once, none extra");
    code.forEach((name, text) -> assertEquals(text, shown.get(name), "snippet " + name));
  }
}
