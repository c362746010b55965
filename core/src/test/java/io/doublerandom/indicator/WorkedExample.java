package io.doublerandom.indicator;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.followup.DisposalState;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PlanMode;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.PublicationDeadline;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultEvent;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.Lead;
import io.doublerandom.model.task.LeadSource;
import io.doublerandom.model.task.PlanRef;
import io.doublerandom.model.task.SubTask;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.result.ResultCatalogues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The worked example of docs/indicators.md section 3, record by record. */
final class WorkedExample {
  static final String BUREAU = "SX-SCJG-140105";
  static final String OTHER_BUREAU = "SX-SCJG-140106";
  static final String CREDIT = "信用监管科";
  static final String FOOD = "食品经营科";
  static final String HEALTH = "区卫健局";
  static final ChecklistRef CHECKLIST = new ChecklistRef("示例清单", 1);
  static final Instant T0 = Instant.parse("2025-01-02T01:00:00Z");
  static final String CATALOGUE = ResultCatalogues.standard().reference();

  final List<MarketEntity> entities = new ArrayList<>();
  final List<AnnualPlan> plans = new ArrayList<>();
  final List<InspectionTask> tasks = new ArrayList<>();
  final List<InspectionResult> results = new ArrayList<>();
  final List<Disposal> disposals = new ArrayList<>();

  static EntityId e(int n) {
    return EntityId.parse(String.format("%015d", n));
  }

  static LocalDate d(String monthDay) {
    return LocalDate.parse(monthDay.length() == 5 ? "2025-" + monthDay : monthDay);
  }

  WorkedExample() {
    String[] classes = {"A", "A", "B", "C", "D", "B"};
    for (int i = 1; i <= 6; i++) {
      entities.add(MarketEntity.builder().id(e(i)).name("E" + i).kind(EntityKind.ENTERPRISE)
          .registrationAuthority(BUREAU).region(RegionCode.of("140105"))
          .status(RegistrationStatus.OPERATING)
          .addRiskRatings(RiskRating.general(classes[i - 1], d("01-01"))).build());
    }
    Sampling byClass = Sampling.byClass(Map.of("A", "0.03", "B", "0.05", "C", "0.10",
        "D", "0.20"));
    plans.add(plan("P1", PlanKind.ORDINARY, CREDIT, List.of(),
        item("1", byClass), item("2", Sampling.count(2))));
    plans.add(plan("P2", PlanKind.DEPARTMENTAL_JOINT, FOOD, List.of(HEALTH),
        item("1", byClass), item("2", Sampling.ratio("0.05"))));

    tasks.add(planned("T1", "P1", "1", 1, CREDIT).build());
    tasks.add(planned("T2", "P1", "2", 1, CREDIT).build());
    tasks.add(planned("T3", "P2", "1", 1, FOOD).drawEvent("J1")
        .addSubTasks(new SubTask(FOOD, List.of("X-1"), 0, 1, 0),
            new SubTask(HEALTH, List.of("X-1"), 0, 1, 0)).build());
    tasks.add(planned("T4", "P2", "2", 1, HEALTH).drawEvent("J1").build());
    tasks.add(temporary("T5", BUREAU, 5));
    tasks.add(planned("T6", "P1", "1", 2, CREDIT).status(TaskStatus.CANCELLED).build());
    tasks.add(temporary("T7", OTHER_BUREAU, 7));

    published("T1", 1, "T1/E1", "03-10", "04-08", "03-20", Finding.of("X-1", "R01"));
    published("T1", 3, "T1/E3", "03-10", "04-08", "04-20", Finding.of("X-1", "R02"));
    published("T1", 4, "T1/E4", "03-11", "04-09", "04-01",
        Finding.of("X-1", "R07").withDeadline(d("04-30")));
    published("T2", 1, "T2/E1", "06-16", "07-14", "07-14", Finding.of("X-1", "R09"));
    published("T2", 6, "T2/E6", "06-16", "07-14", "07-10", Finding.of("X-1", "S01"));
    published("T3", 2, "J1/E2", "09-01", "09-28", "09-28", Finding.of("X-1", "R01"));
    published("T3", 3, "J1/E3", "09-01", "09-28", "09-26", Finding.of("X-1", "R08"));
    published("T4", 3, "J1/E3", "09-01", "09-28", "09-26", Finding.of("X-1", "R09"));
    result("T4", 5, "J1/E5", "09-02", "09-29", null, Finding.of("X-1", "R04"));
    result("T5", 5, "T5/E5", "12-19", "2026-01-19", null, Finding.of("X-1", "R06"));
    results.add(InspectionResult.opened("T6", e(4), "T6/E4", List.of("I1", "I2"),
        new TreeSet<>(), CATALOGUE, event(ResultAction.OPENED, ResultState.NOT_ENTERED)));
    published("T7", 1, "T7/E1", "05-06", "06-04", "05-20", Finding.of("X-1", "R01"));

    disposals.add(disposal("T1", 3, DisposalKind.ABNORMAL_LIST, "R02", "03-25", "06-30"));
    disposals.add(disposal("T1", 4, DisposalKind.CORRECT_BY_DEADLINE, "R07", "04-01", null));
    disposals.add(disposal("T3", 3, DisposalKind.CASE_REFERRAL, "R08", "09-26", "11-25"));
    disposals.add(disposal("T5", 5, DisposalKind.CORRECT_IMMEDIATELY, "R06", "12-19", "12-19"));
  }

  IndicatorData.Builder data() {
    return IndicatorData.builder().plans(plans).tasks(tasks).results(results)
        .disposals(disposals).catalogue(ResultCatalogues.standard())
        .riskClasses(RiskClasses.of(entities)).otherInspections(2);
  }

  private static PlanItem item(String id, Sampling sampling) {
    return PlanItem.builder().id(id).checklist(CHECKLIST).addItemCodes("X-1").sampling(sampling)
        .addMethods(InspectionMethod.ON_SITE)
        .addBatches(new Batch(1, new DateRange(d("02-01"), d("06-30"))),
            new Batch(2, new DateRange(d("07-01"), d("11-30"))))
        .build();
  }

  private static AnnualPlan plan(String id, PlanKind kind, String lead, List<String> others,
      PlanItem... items) {
    return AnnualPlan.builder().id(id).code("晋并小市监计划〔2025〕" + id.substring(1) + "号")
        .name(id).year(2025).authority(BUREAU).leadDepartment(lead)
        .addAllParticipatingDepartments(others).kind(kind).mode(PlanMode.UNDIRECTED)
        .period(new DateRange(d("01-01"), d("12-31"))).status(PlanStatus.IN_PROGRESS)
        .addItems(items).publishedOn(d("01-15")).build();
  }

  private static InspectionTask.Builder base(String id, String authority, int n) {
    return InspectionTask.builder().id(id).number("晋并小市监抽查〔2025〕" + n + "号").sequence(n)
        .name(id).authority(authority).year(2025).checklist(CHECKLIST).addItems("X-1")
        .window(new DateRange(d("02-01"), d("12-31"))).createdAt(T0)
        .status(TaskStatus.IN_INSPECTION);
  }

  private static InspectionTask.Builder planned(String id, String plan, String item, int batch,
      String department) {
    return base(id, BUREAU, Integer.parseInt(id.substring(1)))
        .plan(new PlanRef(plan, 1, item, batch)).leadDepartment(department);
  }

  private static InspectionTask temporary(String id, String authority, int n) {
    return base(id, authority, n).lead(new Lead(LeadSource.COMPLAINT, "TS-2025-" + n, "投诉"))
        .leadDepartment(CREDIT).build();
  }

  private static ResultEvent event(ResultAction action, ResultState to) {
    return new ResultEvent(T0, "I1", action, ResultState.NOT_ENTERED, to, Optional.empty());
  }

  private void published(String task, int entity, String visit, String formed, String due,
      String published, Finding finding) {
    result(task, entity, visit, formed, due, published, finding);
  }

  private void result(String task, int entity, String visit, String formed, String due,
      String published, Finding finding) {
    ResultState state = published == null ? ResultState.AUDITED : ResultState.PUBLISHED;
    results.add(new InspectionResult(InspectionResult.idOf(task, e(entity)), 4, task, e(entity),
        visit, List.of("I1", "I2"), new TreeSet<>(List.of("X-1")), CATALOGUE, state,
        List.of(finding), Optional.of("I1"), Optional.of(T0),
        Optional.of(new PublicationDeadline(d(formed), 20, d(due), "test")), Optional.of("A9"),
        Optional.ofNullable(published).map(WorkedExample::d), Optional.empty(),
        List.of(event(ResultAction.OPENED, ResultState.NOT_ENTERED))));
  }

  private static Disposal disposal(String task, int entity, DisposalKind kind, String code,
      String opened, String closed) {
    String result = InspectionResult.idOf(task, e(entity));
    return new Disposal(result + "#1", closed == null ? 1 : 2, result, task, e(entity), kind,
        Optional.of(code),
        kind == DisposalKind.CORRECT_BY_DEADLINE ? Optional.of(d("04-30")) : Optional.empty(),
        kind == DisposalKind.ABNORMAL_LIST ? Optional.of(d(opened)) : Optional.empty(),
        Optional.empty(), Optional.empty(),
        kind == DisposalKind.CASE_REFERRAL ? Optional.of(result + "#1") : Optional.empty(),
        closed == null ? DisposalState.OPEN : DisposalState.CLOSED, d(opened), "O1",
        Optional.ofNullable(closed).map(WorkedExample::d),
        Optional.ofNullable(closed).map(c -> "已完成"), Optional.ofNullable(closed).map(c -> "O1"));
  }
}
