package io.doublerandom.indicator;

import io.doublerandom.model.RiskScheme;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.task.InspectionTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The records the indicators are computed from, as the stores hold them. Every list may hold more
 * than the scope covers; {@link Indicators} picks what counts.
 *
 * @param plans the annual plans, every version a task refers to (a store's {@code history})
 * @param tasks the inspection tasks
 * @param results the inspection results
 * @param disposals the follow-up disposals
 * @param catalogues the result catalogues the results name (by {@link ResultCatalogue#reference()})
 * @param riskClasses the entities' general credit-risk classes by day
 * @param lowRiskClasses the classes that count as 信用风险低 (default: the lowest class of the
 *     national scheme, {@code A})
 * @param otherInspections inspection visits made outside the library in the scope and period
 *     (专项检查, 日常巡查 …), declared by the embedder for {@link Indicator#INSPECTION_SHARE}; 0 by
 *     default
 */
public record IndicatorData(List<AnnualPlan> plans, List<InspectionTask> tasks,
    List<InspectionResult> results, List<Disposal> disposals, List<ResultCatalogue> catalogues,
    RiskClasses riskClasses, SortedSet<String> lowRiskClasses, long otherInspections) {

  /** Validates and copies. */
  public IndicatorData {
    plans = List.copyOf(plans);
    tasks = List.copyOf(tasks);
    results = List.copyOf(results);
    disposals = List.copyOf(disposals);
    catalogues = List.copyOf(catalogues);
    Objects.requireNonNull(riskClasses, "riskClasses");
    lowRiskClasses = Collections.unmodifiableSortedSet(new TreeSet<>(lowRiskClasses));
    if (otherInspections < 0) {
      throw new IllegalArgumentException("otherInspections must be 0 or more, got "
          + otherInspections);
    }
  }

  /** A new builder: no records, no classes, low risk = {@code A}, no other inspections. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorData}. */
  public static final class Builder {
    private final List<AnnualPlan> plans = new ArrayList<>();
    private final List<InspectionTask> tasks = new ArrayList<>();
    private final List<InspectionResult> results = new ArrayList<>();
    private final List<Disposal> disposals = new ArrayList<>();
    private final List<ResultCatalogue> catalogues = new ArrayList<>();
    private RiskClasses riskClasses = RiskClasses.none();
    private SortedSet<String> lowRiskClasses =
        new TreeSet<>(List.of(RiskScheme.NATIONAL_FOUR.lowest().code()));
    private long otherInspections;

    private Builder() {}

    /** Adds plans (every version tasks refer to). */
    public Builder plans(Collection<AnnualPlan> more) {
      plans.addAll(more);
      return this;
    }

    /** Adds tasks. */
    public Builder tasks(Collection<InspectionTask> more) {
      tasks.addAll(more);
      return this;
    }

    /** Adds results. */
    public Builder results(Collection<InspectionResult> more) {
      results.addAll(more);
      return this;
    }

    /** Adds disposals. */
    public Builder disposals(Collection<Disposal> more) {
      disposals.addAll(more);
      return this;
    }

    /** Adds a result catalogue. */
    public Builder catalogue(ResultCatalogue catalogue) {
      catalogues.add(Objects.requireNonNull(catalogue, "catalogue"));
      return this;
    }

    /** The entities' classes. */
    public Builder riskClasses(RiskClasses classes) {
      riskClasses = Objects.requireNonNull(classes, "riskClasses");
      return this;
    }

    /** The classes that count as low-risk (replacing the default {@code A}). */
    public Builder lowRiskClasses(Collection<String> classes) {
      lowRiskClasses = new TreeSet<>(classes);
      return this;
    }

    /** Inspection visits made outside the library (for 抽查户次占比's denominator). */
    public Builder otherInspections(long visits) {
      otherInspections = visits;
      return this;
    }

    /** The data. */
    public IndicatorData build() {
      return new IndicatorData(plans, tasks, results, disposals, catalogues, riskClasses,
          lowRiskClasses, otherInspections);
    }
  }
}
