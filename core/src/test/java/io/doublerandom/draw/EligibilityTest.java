package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.RiskScheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static final LocalDate MARCH = LocalDate.of(2024, 3, 5);

  private static MarketEntity rated(int n, String cls) {
    return Entities.plain(n).addRiskRatings(RiskRating.general(cls, Entities.RATED)).build();
  }

  @Test
  void everyStatusThatIsNotOperatingHasItsOwnReasonCode() {
    Eligibility e = Eligibility.notOperating();
    assertEquals(List.of("deregistered", "revoked", "cancelled", "moved-out"),
        e.rules().stream().map(EligibilityRule::reason).toList());
    for (RegistrationStatus s : RegistrationStatus.values()) {
      MarketEntity m = Entities.plain(1).status(s).build();
      assertEquals(s.isOperating() ? Optional.empty() : Optional.of(Eligibility.reason(s)),
          e.reasonFor(m), s.name());
    }
    assertEquals("moved-out", Eligibility.reason(RegistrationStatus.MOVED_OUT));
    assertEquals(Optional.empty(), Eligibility.none().reasonFor(
        Entities.plain(2).status(RegistrationStatus.REVOKED).build()));
  }

  @Test
  void lowRiskEntitiesInspectedInTheSameYearAreExcluded() {
    InspectionHistory history = InspectionHistory.of(List.of(
        InspectionHistory.Entry.of(Entities.id(1), MARCH, "SC-01"),
        InspectionHistory.Entry.of(Entities.id(2), MARCH),
        InspectionHistory.Entry.of(Entities.id(3), LocalDate.of(2023, 12, 31), "SC-01"),
        InspectionHistory.Entry.of(Entities.id(5), MARCH)));
    Eligibility e = Eligibility.builder().excludeLowRiskInspected(history, 2024).build();
    assertEquals(Optional.of(Eligibility.LOW_RISK_INSPECTED), e.reasonFor(rated(1, "A")));
    assertEquals(Optional.empty(), e.reasonFor(rated(2, "B")), "class B is not low risk");
    assertEquals(Optional.empty(), e.reasonFor(rated(3, "A")), "inspected in another year");
    assertEquals(Optional.empty(), e.reasonFor(rated(4, "A")), "not inspected");
    assertEquals(Optional.empty(), e.reasonFor(Entities.plain(5).build()), "unrated");
    Eligibility byIds = Eligibility.builder()
        .excludeLowRiskInspected(Set.of(Entities.id(1), Entities.id(2)), 2024).build();
    assertEquals(Optional.of(Eligibility.LOW_RISK_INSPECTED), byIds.reasonFor(rated(1, "A")));
    assertEquals(Optional.empty(), byIds.reasonFor(rated(2, "B")));
    assertEquals(e.canonicalLines(), byIds.canonicalLines(), "the same rule, stated the same");
    // another scheme and domain: the lowest class of the scheme in that domain
    RiskScheme scheme = new RiskScheme("food-3", List.of(new RiskScheme.RiskClass("L", "低"),
        new RiskScheme.RiskClass("M", "中"), new RiskScheme.RiskClass("H", "高")));
    Eligibility food = Eligibility.builder()
        .excludeLowRiskInspected(history, 2024, scheme, RiskRating.FOOD).build();
    MarketEntity foodLow = Entities.plain(1).addRiskRatings(RiskRating.general("D",
        Entities.RATED), new RiskRating(RiskRating.FOOD, "L", Entities.RATED)).build();
    assertEquals(Optional.of(Eligibility.LOW_RISK_INSPECTED), food.reasonFor(foodLow));
    assertEquals(Optional.empty(), food.reasonFor(rated(1, "A")));
    assertEquals("population.eligibility.rule=class L (the lowest of risk scheme food-3) in risk"
        + " domain food, inspected in 2024", food.canonicalLines().get(1));
  }

  @Test
  void entitiesAlreadyDrawnForTheSameItemThisYearAreExcluded() {
    InspectionHistory draws = InspectionHistory.of(List.of(
        InspectionHistory.Entry.of(Entities.id(1), MARCH, "SC-01", "SC-02"),
        InspectionHistory.Entry.of(Entities.id(2), MARCH, "ZL-09"),
        InspectionHistory.Entry.of(Entities.id(3), LocalDate.of(2023, 6, 1), "SC-01")));
    Eligibility e = Eligibility.builder()
        .excludeDrawnForItems(draws, 2024, List.of("SC-02", "SC-01")).build();
    assertEquals(Optional.of(Eligibility.DRAWN_FOR_ITEM), e.reasonFor(rated(1, "C")));
    assertEquals(Optional.empty(), e.reasonFor(rated(2, "C")), "another item");
    assertEquals(Optional.empty(), e.reasonFor(rated(3, "C")), "another year");
    assertEquals(List.of("population.eligibility=drawn-for-item-this-year",
        "population.eligibility.rule=drawn in 2024 for any of the items SC-01, SC-02"),
        e.canonicalLines());
    assertThrows(IllegalArgumentException.class, () -> Eligibility.builder()
        .excludeDrawnForItems(draws, 2024, List.of()));
  }

  @Test
  void theFirstRuleInTheFixedOrderGivesTheReasonWhateverTheOrderOfConfiguration() {
    MarketEntity everything = Entities.plain(7).status(RegistrationStatus.DEREGISTERED)
        .addRiskRatings(RiskRating.general("A", Entities.RATED)).abnormalList(true).build();
    MarketEntity abnormalLow = Entities.plain(8)
        .addRiskRatings(RiskRating.general("A", Entities.RATED)).abnormalList(true).build();
    MarketEntity abnormal = Entities.plain(9).abnormalList(true).build();
    EligibilityRule onAbnormalList = EligibilityRule.of("abnormal-list",
        "on the list of abnormal operations", MarketEntity::abnormalList);
    EligibilityRule named = EligibilityRule.of("under-rectification", "under rectification",
        m -> m.id().equals(Entities.id(9)));
    Set<io.doublerandom.model.EntityId> inspected =
        Set.of(Entities.id(7), Entities.id(8), Entities.id(9));
    Eligibility a = Eligibility.builder()
        .exclude(Entities.id(9), "  申请人已书面说明停业整顿  ")
        .exclude(Entities.id(7), "列入重点保障企业")
        .rule(onAbnormalList)
        .rule(named)
        .excludeLowRiskInspected(inspected, 2024)
        .excludeDrawnForItems(inspected, 2024, List.of("SC-01"))
        .excludeNotOperating()
        .build();
    Eligibility b = Eligibility.builder()
        .excludeNotOperating()
        .excludeDrawnForItems(inspected, 2024, List.of("SC-01"))
        .excludeLowRiskInspected(inspected, 2024)
        .rule(onAbnormalList)
        .rule(named)
        .exclude(Entities.id(7), "列入重点保障企业")
        .exclude(Entities.id(9), "申请人已书面说明停业整顿")
        .build();
    assertEquals(a.canonicalLines(), b.canonicalLines());
    assertEquals(List.of("deregistered", "revoked", "cancelled", "moved-out",
        "low-risk-inspected-this-year", "drawn-for-item-this-year", "abnormal-list",
        "under-rectification", "explicit"), a.rules().stream().map(EligibilityRule::reason)
        .toList());
    assertEquals(Optional.of("deregistered"), a.reasonFor(everything));
    assertEquals(Optional.of("low-risk-inspected-this-year"), a.reasonFor(abnormalLow));
    assertEquals(Optional.of("drawn-for-item-this-year"), a.reasonFor(abnormal));
    Eligibility custom = Eligibility.builder().rule(onAbnormalList).rule(named)
        .exclude(Entities.id(9), "停业整顿").build();
    assertEquals(Optional.of("abnormal-list"), custom.reasonFor(abnormal), "custom in order added");
    Eligibility reversed = Eligibility.builder().rule(named).rule(onAbnormalList).build();
    assertEquals(Optional.of("under-rectification"), reversed.reasonFor(abnormal));
    List<String> lines = a.canonicalLines();
    assertEquals(List.of("population.eligibility=explicit",
        "population.eligibility.rule=excluded by name, each with a recorded reason",
        "population.eligibility.explicit=000000000000007",
        "population.eligibility.explicit.reason=列入重点保障企业",
        "population.eligibility.explicit=000000000000009",
        "population.eligibility.explicit.reason=申请人已书面说明停业整顿"),
        lines.subList(lines.size() - 6, lines.size()));
  }

  @Test
  void reasonCodesMustBeTokensAndDistinct() {
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.of("Abnormal", "x",
        m -> true));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.of("ok", "two\nlines",
        m -> true));
    assertThrows(IllegalArgumentException.class, () -> Eligibility.builder()
        .rule(EligibilityRule.of("revoked", "again", m -> true)));
    assertThrows(IllegalArgumentException.class, () -> Eligibility.builder()
        .rule(EligibilityRule.of("explicit", "again", m -> true)));
    Eligibility.Builder b = Eligibility.builder().rule(EligibilityRule.of("x", "x", m -> true));
    assertThrows(IllegalArgumentException.class,
        () -> b.rule(EligibilityRule.of("x", "y", m -> false)));
    Eligibility.Builder c = Eligibility.builder().exclude(Entities.id(1), "reason");
    assertThrows(IllegalArgumentException.class, () -> c.exclude(Entities.id(1), "again"));
    assertThrows(IllegalArgumentException.class, () -> c.exclude(Entities.id(2), " "));
    Eligibility.Builder d = Eligibility.builder().excludeLowRiskInspected(Set.of(), 2024);
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> d.excludeLowRiskInspected(Set.of(), 2025));
    assertTrue(twice.getMessage().contains("low-risk"), twice.getMessage());
  }

  @Test
  void historiesAreOrderIndependent() {
    List<InspectionHistory.Entry> entries = List.of(
        InspectionHistory.Entry.of(Entities.id(2), MARCH, "B", "A"),
        InspectionHistory.Entry.of(Entities.id(1), MARCH.plusDays(1)),
        InspectionHistory.Entry.of(Entities.id(1), MARCH));
    InspectionHistory h = InspectionHistory.of(entries);
    assertEquals(h.entries(), InspectionHistory.of(List.of(entries.get(2), entries.get(0),
        entries.get(1))).entries());
    assertEquals(List.of(MARCH, MARCH.plusDays(1), MARCH), h.entries().stream()
        .map(InspectionHistory.Entry::date).toList());
    assertEquals(List.of("A", "B"), List.copyOf(h.entries().get(2).items()));
    assertTrue(h.inYearForAny(Entities.id(2), 2024, Set.of("A")));
    assertTrue(!h.inYearForAny(Entities.id(1), 2024, Set.of("A")));
    assertTrue(InspectionHistory.empty().entries().isEmpty());
  }
}
