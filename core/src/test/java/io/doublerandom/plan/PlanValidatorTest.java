package io.doublerandom.plan;

import static io.doublerandom.plan.PlanFixtures.item;
import static io.doublerandom.plan.PlanFixtures.jointPlan;
import static io.doublerandom.plan.PlanFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PopulationScope;
import io.doublerandom.model.plan.Sampling;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
  private final PlanValidator validator = PlanFixtures.validator();

  private List<String> problems(AnnualPlan plan, AnnualPlan... others) {
    return validator.validate(plan, List.of(others)).stream().map(PlanProblem::toString).toList();
  }

  @Test
  void aValidPlanHasNoProblem() {
    assertEquals(List.of(), problems(plan("P1").build()));
    assertEquals(List.of(), problems(jointPlan("J1").build()));
  }

  @Test
  void everyProblemIsReportedAtOnceInPlanOrder() {
    AnnualPlan p = plan("P1").period(new DateRange(LocalDate.of(2024, 12, 1),
        LocalDate.of(2025, 12, 31))).items(List.of(
            item("1").sampling(Sampling.byClass(Map.of("A", "1.5", "B", "-0.1", "C", "0.1",
                "D", "0.2"))).build(),
            item("2").addItemCodes("XX-99").build())).build();
    assertEquals(List.of(
        "period '2024-12-01..2025-12-31': must lie in the plan's year 2025",
        "item 1 ratio of class A '1.5': must be between 0 and 1",
        "item 1 ratio of class B '-0.1': must be between 0 and 1",
        "item 2 item code 'XX-99': is not an item of checklist 随机抽查事项清单 v1"),
        problems(p));
  }

  @Test
  void departmentsMatchTheKind() {
    assertEquals(List.of("participating departments '市税务局': must be empty for an ordinary"
        + " (系统内) plan; make it a joint plan"),
        problems(plan("P1").addParticipatingDepartments("市税务局").build()));
    assertEquals(List.of("participating departments '': a 一业一查 plan needs at least one"
        + " participating department"), problems(plan("P1").kind(PlanKind.INDUSTRY_JOINT).build()));
    assertEquals(List.of("items '': a plan needs at least one item"),
        problems(plan("P1").items(List.of()).build()));
  }

  @Test
  void theChecklistVersionMustExist() {
    assertEquals(List.of("item 1 checklist '随机抽查事项清单 v2': no such version; the catalog has v1"),
        problems(plan("P1").items(List.of(item("1").checklist(
            new ChecklistRef(PlanFixtures.LIST, 2)).build())).build()));
    assertEquals(List.of("item 1 checklist '其他清单 v1': no checklist of that name in the catalog"),
        problems(plan("P1").items(List.of(item("1").checklist(
            new ChecklistRef("其他清单", 1)).build())).build()));
  }

  @Test
  void methodsMustBeMethodsOfTheItems() {
    assertEquals(List.of("item 1 method 'DOCUMENT_REVIEW (书面检查)': is not a method of its items"
        + " in checklist 随机抽查事项清单 v1 (ON_SITE (实地核查), ONLINE_MONITORING (网络监测))"),
        problems(plan("P1").items(List.of(item("1").addMethods(
            InspectionMethod.DOCUMENT_REVIEW).build())).build()));
  }

  @Test
  void ratiosByClassNameExactlyTheSchemeClasses() {
    assertEquals(List.of(
        "item 1 ratio of class E 'E': is not a class of risk scheme national-4 (A, B, C, D)",
        "item 1 ratios by class 'A, B, E': must name every class of risk scheme national-4;"
            + " missing C, D"),
        problems(plan("P1").items(List.of(item("1").sampling(Sampling.byClass(Map.of(
            "A", "0.03", "B", "0.05", "E", "0.3"))).build())).build()));
  }

  @Test
  void aRatioBelowTheConfiguredFloorOfPublicInformationIsReportedWithItsSource() {
    AnnualPlan p = plan("P1").items(List.of(item("1").itemCodes(List.of("SC-02-01"))
        .methods(List.of(InspectionMethod.DOCUMENT_REVIEW))
        .sampling(Sampling.ratio("0.02")).build())).build();
    assertEquals(List.of("item 1 ratio '0.02': is below the floor 0.03 for category 公示信息检查"
        + " (《企业公示信息抽查办法》（总局令第101号）)"), problems(p));
    // the floor is configuration, not a constant
    assertEquals(List.of(), new PlanValidator(PlanRules.defaults().withoutFloors(),
        PlanFixtures.catalog()).validate(p, List.of()));
    PlanValidator stricter = new PlanValidator(PlanRules.none().withFloor(
        RatioFloor.item("SC-01-01", "0.04", "本地规定")), PlanFixtures.catalog());
    assertEquals(List.of("item 1 ratio of class A '0.03': is below the floor 0.04 for item"
        + " SC-01-01 (本地规定)"), stricter.validate(plan("P1").build(), List.of()).stream()
            .map(PlanProblem::toString).toList());
  }

  @Test
  void theHighestApplicableFloorDecides() {
    PlanValidator v = new PlanValidator(PlanRules.none()
        .withFloor(RatioFloor.category("登记事项检查", "0.01", "甲"))
        .withFloor(RatioFloor.item("SC-01-01", "0.05", "乙")), PlanFixtures.catalog());
    List<String> p = v.validate(plan("P1").build(), List.of()).stream()
        .map(PlanProblem::toString).toList();
    assertEquals(List.of("item 1 ratio of class A '0.03': is below the floor 0.05 for item"
        + " SC-01-01 (乙)"), p);
  }

  @Test
  void aRatioBelowTheItemsOwnMinimumIsReported() {
    assertEquals(List.of("item 1 ratio of class A '0.03': is below the item's minimum ratio 0.05",
        "item 2 minimum ratio '2': must be between 0 and 1"),
        problems(plan("P1").items(List.of(item("1").sampling(Sampling.builder()
            .from(item("1").build().sampling()).minimumRatio(new BigDecimal("0.05")).build())
            .build(), item("2").sampling(Sampling.builder().ratio(new BigDecimal("0.5"))
                .minimumRatio(new BigDecimal("2")).build()).build())).build()).stream()
            .sorted().toList());
  }

  @Test
  void generalItemsAreHeldToTheConfiguredCeilingKeyItemsGoToOne() {
    PlanValidator v = new PlanValidator(PlanRules.defaults().withGeneralItemCeiling("0.15"),
        PlanFixtures.catalog());
    AnnualPlan p = plan("P1").items(List.of(item("1").build(),
        item("2").itemCodes(List.of("SP-01-01")).sampling(Sampling.ratio("1")).build())).build();
    assertEquals(List.of("item 1 ratio of class D '0.2': exceeds the ceiling 0.15 for general"
        + " items (一般检查事项); only key items (重点检查事项) may go up to 1"),
        v.validate(p, List.of()).stream().map(PlanProblem::toString).toList());
    assertEquals(List.of(), problems(p), "no ceiling by default");
    assertThrows(IllegalArgumentException.class,
        () -> PlanRules.defaults().withGeneralItemCeiling("1.2"));
  }

  @Test
  void batchesLieInThePeriodAndDoNotOverlap() {
    AnnualPlan p = plan("P1").period(new DateRange(LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 10, 31))).items(List.of(item("1").batches(List.of(
            new Batch(1, new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 31))),
            new Batch(2, new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31)))))
        .build())).build();
    assertEquals(List.of(
        "item 1 batch 1 window '2025-02-01..2025-05-31': must lie in the plan's period"
            + " 2025-03-01..2025-10-31",
        "item 1 batch 2 window '2025-05-01..2025-08-31': overlaps batch 1"
            + " (2025-02-01..2025-05-31)"), problems(p));
  }

  @Test
  void anItemAJointPlanCoversOnTheSamePopulationIsAnErrorUnlessOverridden() {
    AnnualPlan joint = jointPlan("J1").build();
    assertEquals(List.of("item 1 item code 'SC-01-01': is also inspected by joint plan"
        + " 晋市监计划〔2025〕J1号 (J1) item 1 on the same population in 2025; what can join a joint"
        + " inspection is not inspected again internally (give the item a joint overlap reason"
        + " to override)"), problems(plan("P1").build(), joint));
    assertEquals(List.of(), problems(plan("P1").items(List.of(item("1")
        .jointOverlapReason("上级部署的专项抽查").build())).build(), joint));
    // another population, another year, another authority not naming us: no overlap
    assertEquals(List.of(), problems(plan("P1").items(List.of(item("1").population(
        PopulationScope.builder().addAllTags("食品").build()).build())).build(), joint));
    assertEquals(List.of(), problems(plan("P1").build(), jointPlan("J2").year(2024)
        .period(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .items(List.of(item("1").batches(List.of(new Batch(1, new DateRange(
            LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2))))).build())).build()));
    assertEquals(List.of(), problems(plan("P1").build(), jointPlan("J3").authority("OTHER")
        .leadDepartment("商务局").participatingDepartments(List.of("市税务局")).build()));
    // ... but a joint plan of another authority that names our lead department counts
    assertEquals(1, problems(plan("P1").build(), jointPlan("J4").authority("OTHER")
        .leadDepartment("商务局").participatingDepartments(List.of("信用监管科")).build()).size());
    // joint plans themselves are not held to it
    assertEquals(List.of(), problems(jointPlan("J5").build(), joint));
  }

  @Test
  void aPlanIsNotComparedWithItself() {
    assertEquals(List.of(), problems(jointPlan("J1").build(), jointPlan("J1").build()));
  }
}
