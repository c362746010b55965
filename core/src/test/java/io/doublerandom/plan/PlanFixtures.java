package io.doublerandom.plan;

import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PlanMode;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.spi.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Shared test data of the plan and task tests: a checklist of four items and plans over it. */
public final class PlanFixtures {
  public static final String LIST = "随机抽查事项清单";
  public static final ChecklistRef V1 = new ChecklistRef(LIST, 1);
  public static final String AUTHORITY = "SX-140100-SCJG";
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T02:00:00Z"));
  public static final DateRange YEAR = new DateRange(LocalDate.of(2025, 1, 1),
      LocalDate.of(2025, 12, 31));

  private PlanFixtures() {}

  static InspectionItem item(String code, String category, ItemKind kind,
      InspectionMethod... methods) {
    return InspectionItem.builder().code(code).category(category).name("检查 " + code)
        .kind(kind).addMethods(methods).responsibleDepartment("市场监管部门")
        .addLevels(AuthorityLevel.COUNTY).build();
  }

  /** Version 1: two registration items, one public-information item, one key food item. */
  public static Checklist checklist() {
    return Checklist.builder().name(LIST).version(1).addItems(
        item("SC-01-01", "登记事项检查", ItemKind.GENERAL, InspectionMethod.ON_SITE,
            InspectionMethod.ONLINE_MONITORING),
        item("SC-01-02", "登记事项检查", ItemKind.GENERAL, InspectionMethod.ON_SITE),
        item("SC-02-01", PlanRules.PUBLIC_INFORMATION_CATEGORY, ItemKind.GENERAL,
            InspectionMethod.DOCUMENT_REVIEW, InspectionMethod.ON_SITE),
        InspectionItem.builder().code("SP-01-01").category("食品安全").name("食品生产检查")
            .kind(ItemKind.KEY).addMethods(InspectionMethod.ON_SITE)
            .appliesTo(ApplicabilityRule.builder().addIndustries(IndustryCode.of("C13")).build())
            .responsibleDepartment("市场监管部门").build())
        .build();
  }

  public static ChecklistCatalog catalog() {
    return ChecklistCatalog.of(List.of(checklist()));
  }

  /** A valid plan item: SC-01-01 on-site, A 3% B 5% C 10% D 20%, one batch in spring. */
  public static PlanItem.Builder item(String id) {
    return PlanItem.builder().id(id).checklist(V1).addItemCodes("SC-01-01")
        .sampling(Sampling.byClass(Map.of("A", "0.03", "B", "0.05", "C", "0.10", "D", "0.20")))
        .addMethods(InspectionMethod.ON_SITE)
        .addBatches(new Batch(1, new DateRange(LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 6, 30))));
  }

  /** A valid ordinary draft plan with item "1". */
  public static AnnualPlan.Builder plan(String id) {
    return AnnualPlan.builder().id(id).code("晋市监计划〔2025〕" + id + "号").name("2025年度抽查计划")
        .year(2025).authority(AUTHORITY).leadDepartment("信用监管科").kind(PlanKind.ORDINARY)
        .mode(PlanMode.UNDIRECTED).period(YEAR).addItems(item("1").build());
  }

  /** A valid joint draft plan led by 信用监管科 with 市税务局, item "1". */
  public static AnnualPlan.Builder jointPlan(String id) {
    return plan(id).kind(PlanKind.DEPARTMENTAL_JOINT).addParticipatingDepartments("市税务局");
  }

  public static PlanValidator validator() {
    return new PlanValidator(PlanRules.defaults(), catalog());
  }
}
