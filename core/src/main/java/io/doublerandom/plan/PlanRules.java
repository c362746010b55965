package io.doublerandom.plan;

import io.doublerandom.draw.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configurable rules annual plans are validated against: ratio floors per checklist category
 * or item, the ceiling of general items (一般检查事项), and the risk-class share the notice asks
 * for. Immutable; the {@code with*} methods return changed copies.
 *
 * <p>{@link #defaults()}:
 *
 * <ul>
 *   <li>a floor of 3% for the category {@value #PUBLIC_INFORMATION_CATEGORY} (《企业公示信息抽查办法》,
 *       总局令第101号, 2025: at least 3% of enterprises a year);
 *   <li>no ceiling for general items: 国市监信〔2019〕38号 says their ratio is "strictly limited"
 *       without a number, so the ceiling is the integrator's to set ({@link
 *       #withGeneralItemCeiling}); key items (重点检查事项) may always go up to 100%;
 *   <li>a risk-class share target of 9/10 (the notice 二(五): 信用风险分类结果应用率不低于90%).
 * </ul>
 */
public final class PlanRules {
  /** The checklist category of the inspection of published enterprise information. */
  public static final String PUBLIC_INFORMATION_CATEGORY = "公示信息检查";

  /** The source named by the default floor. */
  public static final String ORDER_101 = "《企业公示信息抽查办法》（总局令第101号）";

  private final List<RatioFloor> floors;
  private final Optional<BigDecimal> generalItemCeiling;
  private final Rational riskShareTarget;

  private PlanRules(List<RatioFloor> floors, Optional<BigDecimal> generalItemCeiling,
      Rational riskShareTarget) {
    this.floors = List.copyOf(floors);
    this.generalItemCeiling = generalItemCeiling;
    this.riskShareTarget = riskShareTarget;
  }

  /** The defaults listed above. */
  public static PlanRules defaults() {
    return new PlanRules(List.of(RatioFloor.category(PUBLIC_INFORMATION_CATEGORY, "0.03",
        ORDER_101)), Optional.empty(), Rational.of(9, 10));
  }

  /** No floor, no ceiling, the notice's 9/10 share target. */
  public static PlanRules none() {
    return new PlanRules(List.of(), Optional.empty(), Rational.of(9, 10));
  }

  /** These rules with one more floor. */
  public PlanRules withFloor(RatioFloor floor) {
    List<RatioFloor> all = new ArrayList<>(floors);
    all.add(Objects.requireNonNull(floor, "floor"));
    return new PlanRules(all, generalItemCeiling, riskShareTarget);
  }

  /** These rules without any floor. */
  public PlanRules withoutFloors() {
    return new PlanRules(List.of(), generalItemCeiling, riskShareTarget);
  }

  /**
   * These rules with a ceiling for general items, written as a decimal in [0, 1] such as
   * {@code "0.05"}.
   */
  public PlanRules withGeneralItemCeiling(String ceiling) {
    BigDecimal c;
    try {
      c = new BigDecimal(Objects.requireNonNull(ceiling, "ceiling").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("general item ceiling must be a decimal, got '"
          + ceiling + "'", e);
    }
    if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("general item ceiling must be in [0, 1], got '"
          + ceiling + "'");
    }
    return new PlanRules(floors, Optional.of(c), riskShareTarget);
  }

  /** These rules with another risk-class share target, in [0, 1]. */
  public PlanRules withRiskShareTarget(Rational target) {
    Objects.requireNonNull(target, "target");
    if (target.compareTo(Rational.ONE) > 0) {
      throw new IllegalArgumentException("risk-class share target must be in [0, 1], got '"
          + target + "'");
    }
    return new PlanRules(floors, generalItemCeiling, target);
  }

  /** The floors, in the order added. */
  public List<RatioFloor> floors() {
    return floors;
  }

  /** The ceiling of general items, if one is set. */
  public Optional<BigDecimal> generalItemCeiling() {
    return generalItemCeiling;
  }

  /** The smallest acceptable risk-class share. */
  public Rational riskShareTarget() {
    return riskShareTarget;
  }

  @Override
  public String toString() {
    return "PlanRules{floors=" + floors + ", generalItemCeiling="
        + generalItemCeiling.map(BigDecimal::toPlainString).orElse("none")
        + ", riskShareTarget=" + riskShareTarget + "}";
  }
}
