package io.doublerandom.plan;

import static io.doublerandom.plan.PlanFixtures.item;
import static io.doublerandom.plan.PlanFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.Rational;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Frequency;
import io.doublerandom.model.plan.Rounding;
import io.doublerandom.model.plan.Sampling;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskClassShareTest {
  private static final Map<String, Integer> SIZES = Map.of("A", 100, "B", 100, "C", 50, "D", 10);

  @Test
  void theShareCountsPlannedInspectionsOfDifferentiatedItemsExactly() {
    // item 1: A 3 + B 5 + C 5 + D 2 = 15 inspections, differentiated
    // item 2: ratio 0.05 of 260 = 13 (ceiling), twice a year = 26, not differentiated
    // item 3: count 4
    AnnualPlan p = plan("P1").items(List.of(item("1").build(),
        item("2").sampling(Sampling.ratio("0.05")).frequency(new Frequency(2, true)).build(),
        item("3").sampling(Sampling.count(4)).build())).build();
    RiskClassShare share = RiskClassShare.of(p, i -> SIZES);
    assertEquals(new RiskClassShare(15, 45), share);
    assertEquals(Optional.of(Rational.of(1, 3)), share.share());
    assertFalse(share.meets(PlanRules.defaults().riskShareTarget()));
    assertTrue(RiskClassShare.of(plan("P2").build(), i -> SIZES).meets(Rational.of(9, 10)));
  }

  @Test
  void nothingPlannedHasNoShare() {
    RiskClassShare s = RiskClassShare.of(plan("P1").build(), i -> Map.of());
    assertEquals(Optional.empty(), s.share());
    assertFalse(s.meets(Rational.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new RiskClassShare(3, 2));
  }

  @Test
  void sizeRulesCarryRatioRoundingAndMinimum() {
    Sampling s = Sampling.builder().from(Sampling.byClass(Map.of("A", "0.03", "B", "0.05",
        "C", "0.1", "D", "0.2"))).rounding(Rounding.FLOOR).minimumCount(1).build();
    assertEquals(SizeRule.parse("ratio 0.03 floor min 1"), PlanSizes.sizeRule(s, "A"));
    assertEquals(SizeRule.count(7), PlanSizes.sizeRule(Sampling.count(7)));
    assertEquals("sampling has no ratio for risk class 'E'; it names [A, B, C, D]",
        assertThrows(IllegalArgumentException.class, () -> PlanSizes.sizeRule(s, "E"))
            .getMessage());
    DrawDesign d = PlanSizes.design(item("1").sampling(s).build(), DrawMethod.SRSWOR,
        SizeRule.all());
    assertEquals(SizeRule.parse("ratio 0.2 floor min 1"), d.sizeRule("D"));
    assertEquals(SizeRule.all(), d.sizeRule("-"), "unrated entities get the rule given");
    assertEquals(SizeRule.ratio("0.05"), PlanSizes.design(item("1").sampling(
        Sampling.ratio("0.05")).build(), DrawMethod.SRSWOR, SizeRule.all()).sizeRule("A"));
  }
}
