package io.doublerandom.plan;

import io.doublerandom.draw.Rational;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.Sampling;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The risk-class share of a plan (信用风险分类结果应用率, the notice 二(五) asks at least 90% a
 * year): the planned inspections drawn with risk-class differentiation over all planned
 * inspections.
 *
 * <p>Planned inspections of an item = its frequency's {@code times} × its sample size: for
 * ratios by class the sum over classes of the class's {@linkplain PlanSizes#sizeRule size rule}
 * applied to the class's population; for one ratio or a count the rule applied to the item's whole
 * population (the sum over classes). A class of the population the sampling does not name counts
 * with size 0 for a differentiated item. The numerator is the planned inspections of the
 * differentiated items.
 *
 * @param differentiated planned inspections drawn with risk-class differentiation
 * @param planned all planned inspections
 */
public record RiskClassShare(long differentiated, long planned) {
  /** Validates {@code 0 <= differentiated <= planned}. */
  public RiskClassShare {
    if (differentiated < 0 || differentiated > planned) {
      throw new IllegalArgumentException("need 0 <= differentiated (" + differentiated
          + ") <= planned (" + planned + ")");
    }
  }

  /**
   * The share of {@code plan}.
   *
   * @param classSizes per item, the number of entities of its population in each risk class
   */
  public static RiskClassShare of(AnnualPlan plan,
      Function<PlanItem, Map<String, Integer>> classSizes) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(classSizes, "classSizes");
    long differentiated = 0;
    long planned = 0;
    for (PlanItem item : plan.items()) {
      Map<String, Integer> sizes = Objects.requireNonNull(classSizes.apply(item),
          "class sizes of item " + item.id());
      long n = plannedInspections(item, sizes);
      planned += n;
      if (item.sampling().differentiated()) {
        differentiated += n;
      }
    }
    return new RiskClassShare(differentiated, planned);
  }

  /** The planned inspections of one item (see the class description). */
  public static long plannedInspections(PlanItem item, Map<String, Integer> classSizes) {
    Sampling s = item.sampling();
    long size = 0;
    if (s.differentiated()) {
      for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(classSizes).entrySet()) {
        if (s.ratiosByClass().containsKey(e.getKey())) {
          size += PlanSizes.sizeRule(s, e.getKey()).sampleSize(e.getValue());
        }
      }
    } else {
      int total = classSizes.values().stream().mapToInt(Integer::intValue).sum();
      size = PlanSizes.sizeRule(s).sampleSize(total);
    }
    return size * item.frequency().times();
  }

  /** The share, exact; empty when nothing is planned. */
  public Optional<Rational> share() {
    return planned == 0 ? Optional.empty() : Optional.of(Rational.of(differentiated, planned));
  }

  /** Whether the share is at least {@code target} (false when nothing is planned). */
  public boolean meets(Rational target) {
    return share().map(s -> s.compareTo(target) >= 0).orElse(false);
  }
}
