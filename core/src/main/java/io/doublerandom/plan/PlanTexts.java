package io.doublerandom.plan;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.PopulationScope;
import io.doublerandom.model.plan.Sampling;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The text forms of plan values used in validation messages and amendments. */
final class PlanTexts {
  private PlanTexts() {}

  static String decimal(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  static String range(DateRange r) {
    return r.from() + ".." + r.to();
  }

  /** For example {@code "A 0.03, B 0.05"}, {@code "ratio 0.05"} or {@code "count 10"}. */
  static String sampling(Sampling s) {
    StringBuilder b = new StringBuilder();
    if (s.differentiated()) {
      List<String> parts = new ArrayList<>();
      s.ratiosByClass().forEach((c, r) -> parts.add(c + " " + decimal(r)));
      b.append(String.join(", ", parts));
    } else if (s.ratio().isPresent()) {
      b.append("ratio ").append(decimal(s.ratio().get()));
    } else {
      b.append("count ").append(s.count().getAsInt());
    }
    s.minimumRatio().ifPresent(m -> b.append("; minimum ratio ").append(decimal(m)));
    if (s.minimumCount() > 0) {
      b.append("; minimum count ").append(s.minimumCount());
    }
    b.append("; ").append(s.rounding().name().toLowerCase(java.util.Locale.ROOT));
    return b.toString();
  }

  static String methods(Collection<InspectionMethod> methods) {
    List<String> parts = new ArrayList<>();
    methods.forEach(m -> parts.add(m.name() + " (" + m.label() + ")"));
    return String.join(", ", parts);
  }

  static String batches(List<Batch> batches) {
    List<String> parts = new ArrayList<>();
    batches.forEach(b -> parts.add(b.number() + ": " + range(b.window())));
    return String.join("; ", parts);
  }

  static String population(PopulationScope p) {
    List<String> parts = new ArrayList<>();
    if (p.itemApplicability()) {
      parts.add("entities the items apply to");
    }
    if (!p.regions().isEmpty()) {
      parts.add("regions " + p.regions());
    }
    if (!p.kinds().isEmpty()) {
      parts.add("kinds " + p.kinds());
    }
    if (!p.industries().isEmpty()) {
      parts.add("industries " + p.industries());
    }
    if (!p.allTags().isEmpty()) {
      parts.add("all tags " + p.allTags());
    }
    if (!p.anyTags().isEmpty()) {
      parts.add("any tag " + p.anyTags());
    }
    if (!p.statuses().isEmpty()) {
      parts.add("statuses " + p.statuses());
    }
    if (!p.riskClasses().isEmpty()) {
      parts.add("risk classes " + p.riskClasses() + " in " + p.riskDomain());
    }
    p.abnormalList().ifPresent(a -> parts.add("abnormal list " + a));
    if (!p.sizes().isEmpty()) {
      parts.add("sizes " + p.sizes());
    }
    return parts.isEmpty() ? "every entity" : String.join("; ", parts);
  }
}
