package io.doublerandom.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.calendar.ManualClock;
import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.directory.RiskClassificationHistory;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.fixtures.Ids;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PlanMode;
import io.doublerandom.model.plan.PopulationScope;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.task.InMemoryTaskNumberSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A draw with ratios per risk class uses the classification in effect on its day, from the
 * credit-risk feed's history, and records that classification's as-of date in its manifest.
 */
class CampaignRiskHistoryTest {
  private static final String CITY = "SX-SCJG-140700";
  private static final Checklist CHECKLIST = Checklist.builder().name("清单").version(1)
      .issuedBy("SX-SCJG-140000").effectiveFrom(LocalDate.of(2024, 1, 1))
      .addItems(InspectionItem.builder().code("SC-01-01").category("登记事项检查")
          .name("营业执照规范使用情况的检查").kind(ItemKind.GENERAL)
          .responsibleDepartment("信用监管科").build())
      .build();

  /** Six operating shops with no rating of their own (the directory says nothing of risk). */
  private static List<MarketEntity> shops() {
    List<MarketEntity> out = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      out.add(MarketEntity.builder().id(EntityId.parse(Ids.creditCode(k))).name("眼镜店 " + k)
          .kind(EntityKind.ENTERPRISE).registrationAuthority(CITY)
          .region(RegionCode.of("140702")).status(RegistrationStatus.OPERATING)
          .addTags("眼镜配制").build());
    }
    return out;
  }

  /** A push classifying the first {@code a} shops A and the rest {@code rest}. */
  private static RiskClassificationPush push(LocalDate asOf, int a, String rest) {
    Map<EntityId, String> classes = new TreeMap<>();
    List<MarketEntity> shops = shops();
    for (int k = 0; k < shops.size(); k++) {
      classes.put(shops.get(k).id(), k < a ? "A" : rest);
    }
    return new RiskClassificationPush(RiskRating.GENERAL, asOf, classes, "省级平台全量推送");
  }

  private static InspectionTask task(Campaign campaign) {
    PlanItem item = PlanItem.builder().id("1").checklist(new ChecklistRef("清单", 1))
        .addItemCodes("SC-01-01")
        .population(PopulationScope.builder().addRegions(RegionCode.of("140702"))
            .addAnyTags("眼镜配制").itemApplicability(false).build())
        .sampling(Sampling.byClass(Map.of("A", "0.5", "B", "1", "C", "1", "D", "1")))
        .addMethods(InspectionMethod.ON_SITE)
        .addBatches(new Batch(1, new DateRange(LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 5, 31))))
        .build();
    AnnualPlan plan = campaign.createPlan(AnnualPlan.builder().id("JZ-2025-01")
        .code("晋中市监计划〔2025〕1号").name("2025年度抽查计划").year(2025).authority(CITY)
        .leadDepartment("信用监管科").kind(PlanKind.ORDINARY).mode(PlanMode.DIRECTED)
        .period(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .addItems(item).build());
    campaign.publishPlan(plan.id());
    return campaign.createTask(plan.id(), "1", 1, "营业执照检查");
  }

  private static Campaign.Builder builder(LocalDate today) {
    return Campaign.builder().clock(ManualClock.at(today)).entities(shops())
        .inspectors(List.of()).checklists(ChecklistCatalog.of(List.of(CHECKLIST)))
        .taskNumbers("{prefix}抽查〔{year}〕{n}号", Map.of(CITY, "晋中市监"),
            new InMemoryTaskNumberSequence());
  }

  @Test
  void theDrawUsesThePushInEffectOnItsDayAndRecordsItsAsOfDate() {
    RiskClassificationHistory history = RiskClassificationHistory.empty()
        .with(push(LocalDate.of(2025, 2, 28), 2, "B"))
        .with(push(LocalDate.of(2025, 4, 30), 0, "D"));
    Campaign campaign = builder(LocalDate.of(2025, 3, 3)).riskHistory(history).build();
    Manifest m = campaign.prepareDraw(task(campaign).id(), SeedPlan.recorded());

    assertTrue(m.definition().lines()
        .contains("population.stratifier=general-risk-class@2025-02-28"), m.canonicalText());
    assertEquals(List.of(new Manifest.StratumPlan("A", 2, 1), new Manifest.StratumPlan("B", 4, 4)),
        m.strata(), "the February push: 2 of class A at 50%, 4 of class B at 100%");
  }

  @Test
  void withoutAHistoryTheDirectoryRatingsAreUsedUnderTheirOwnName() {
    Campaign campaign = builder(LocalDate.of(2025, 3, 3)).build();
    Manifest m = campaign.prepareDraw(task(campaign).id(), SeedPlan.recorded());
    assertTrue(m.definition().lines().contains("population.stratifier=general-risk-class"),
        m.canonicalText());
    assertEquals(1, m.strata().size(), "every shop unrated: " + m.strata());
  }

  @Test
  void aDayNoPushCoversIsAnErrorNamingTheDomainAndTheDate() {
    RiskClassificationHistory history = RiskClassificationHistory.empty()
        .with(push(LocalDate.of(2025, 4, 30), 0, "D"));
    Campaign campaign = builder(LocalDate.of(2025, 3, 3)).riskHistory(history).build();
    String id = task(campaign).id();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> campaign.prepareDraw(id, SeedPlan.recorded()));
    assertTrue(e.getMessage().contains("general") && e.getMessage().contains("2025-03-03"),
        e.getMessage());
  }
}
