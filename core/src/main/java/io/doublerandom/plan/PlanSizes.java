package io.doublerandom.plan;

import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.Rounding;
import io.doublerandom.model.plan.Sampling;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A plan item's sampling as the draw's size rules: the bridge from a plan to a {@link
 * DrawDesign}. Ratios stay exact decimals; the rounding and the minimum count carry over.
 */
public final class PlanSizes {
  private PlanSizes() {}

  /**
   * The size rule of {@code sampling} for the stratum of risk class {@code riskClass}: the class's
   * ratio when differentiated, else the one ratio, else the count.
   *
   * @throws IllegalArgumentException if the sampling is differentiated and names no such class
   */
  public static SizeRule sizeRule(Sampling sampling, String riskClass) {
    Objects.requireNonNull(sampling, "sampling");
    if (sampling.count().isPresent()) {
      return SizeRule.count(sampling.count().getAsInt());
    }
    BigDecimal ratio;
    if (sampling.differentiated()) {
      ratio = sampling.ratiosByClass().get(riskClass);
      if (ratio == null) {
        throw new IllegalArgumentException("sampling has no ratio for risk class '" + riskClass
            + "'; it names " + sampling.ratiosByClass().keySet());
      }
    } else {
      ratio = sampling.ratio().orElseThrow();
    }
    SizeRule r = SizeRule.ratio(ratio, rounding(sampling.rounding()));
    return sampling.minimumCount() > 0 ? r.withMinimum(sampling.minimumCount()) : r;
  }

  /** The size rule of a sampling that is not differentiated (the one ratio or the count). */
  public static SizeRule sizeRule(Sampling sampling) {
    if (sampling.differentiated()) {
      throw new IllegalArgumentException("sampling " + PlanTexts.sampling(sampling)
          + " is differentiated by risk class; name the class");
    }
    return sizeRule(sampling, "");
  }

  /**
   * The draw design of {@code item}: for differentiated sampling, a stratum size per class (strata
   * labelled by class code, as the core's risk-class stratifier names them) and {@code
   * otherStrata} for any other stratum (for example entities without a rating); otherwise the one
   * rule for every stratum, and {@code otherStrata} is not used.
   */
  public static DrawDesign design(PlanItem item, DrawMethod method, SizeRule otherStrata) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(method, "method");
    Sampling s = item.sampling();
    if (!s.differentiated()) {
      return DrawDesign.of(method, sizeRule(s));
    }
    DrawDesign d = DrawDesign.of(method, Objects.requireNonNull(otherStrata, "otherStrata"));
    for (Map.Entry<String, BigDecimal> e : s.ratiosByClass().entrySet()) {
      d = d.withStratumSize(e.getKey(), sizeRule(s, e.getKey()));
    }
    return d;
  }

  /** The draw's rounding for a plan's. */
  public static SizeRule.Rounding rounding(Rounding rounding) {
    return switch (Objects.requireNonNull(rounding, "rounding")) {
      case CEILING -> SizeRule.Rounding.CEILING;
      case HALF_UP -> SizeRule.Rounding.HALF_UP;
      case FLOOR -> SizeRule.Rounding.FLOOR;
    };
  }
}
