package io.doublerandom.indicator;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.followup.DisposalState;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.PublicationDeadline;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultCategory;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.PlanRef;
import io.doublerandom.model.task.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The six evaluation indicators of the notice's 保障措施(二) (and the low-risk part of the
 * repeat rate), as pure functions of plans, tasks, results and disposals. Every value is an exact
 * fraction with the units it counted ({@link IndicatorValue}); docs/indicators.md defines each
 * formula — numerator, denominator, period, authority scope and exclusions — with a worked
 * example. No official formulas exist (reference/regulation.md); these are the library's.
 *
 * <p>Common rules:
 *
 * <ul>
 *   <li>a task counts when its authority is in the scope and it is not cancelled;
 *   <li>a result counts when its task counts;
 *   <li>a result was <em>inspected</em> when its findings were entered (it has a publication
 *       deadline, whose {@code formedOn} is the inspection day) and it records more than an entity
 *       status (注销, 吊销, 迁出, 关闭 alone mean the entity was not there to inspect);
 *   <li>a <em>visit</em> (户次) groups the inspected results with the same assignment visit id; its
 *       day is the earliest {@code formedOn}; it is in the period when that day is.
 * </ul>
 *
 * <pre>{@code
 * IndicatorReport report = Indicators.compute(IndicatorScope.year(2025, List.of("SX-SCJG-140105")),
 *     IndicatorData.builder().plans(plans).tasks(tasks).results(results).disposals(disposals)
 *         .catalogue(ResultCatalogues.standard()).riskClasses(RiskClasses.of(entities)).build());
 * IndicatorValue share = report.get(Indicator.INSPECTION_SHARE);   // share.value(): 7/10
 * }</pre>
 */
public final class Indicators {
  private static final Set<ResultState> AUDITED = EnumSet.of(ResultState.AUDITED,
      ResultState.PUBLISHED, ResultState.WITHDRAWN);

  private Indicators() {}

  /** Every indicator. */
  public static IndicatorReport compute(IndicatorScope scope, IndicatorData data) {
    Context c = new Context(scope, data);
    Map<Indicator, IndicatorValue> values = new EnumMap<>(Indicator.class);
    values.put(Indicator.INSPECTION_SHARE, inspectionShare(c));
    values.put(Indicator.JOINT_RATE, jointRate(c));
    values.put(Indicator.RISK_DIFFERENTIATED_RATE, riskDifferentiatedRate(c));
    values.put(Indicator.ON_TIME_PUBLICATION_RATE, onTimePublicationRate(c));
    values.put(Indicator.DISPOSAL_RATE, disposalRate(c));
    values.put(Indicator.REPEAT_RATE, repeatRate(c, false));
    values.put(Indicator.LOW_RISK_REPEAT_RATE, repeatRate(c, true));
    return new IndicatorReport(scope, values);
  }

  /** One indicator. */
  public static IndicatorValue compute(Indicator indicator, IndicatorScope scope,
      IndicatorData data) {
    Context c = new Context(scope, data);
    return switch (Objects.requireNonNull(indicator, "indicator")) {
      case INSPECTION_SHARE -> inspectionShare(c);
      case JOINT_RATE -> jointRate(c);
      case RISK_DIFFERENTIATED_RATE -> riskDifferentiatedRate(c);
      case ON_TIME_PUBLICATION_RATE -> onTimePublicationRate(c);
      case DISPOSAL_RATE -> disposalRate(c);
      case REPEAT_RATE -> repeatRate(c, false);
      case LOW_RISK_REPEAT_RATE -> repeatRate(c, true);
    };
  }

  /**
   * The visits (户次) of the scope in its period, in visit-id order: the unit of 抽查户次占比,
   * 部门联合双随机监管率, 信用风险差异化监管率 and 重复抽查率.
   *
   * @throws IllegalArgumentException if one visit id names two entities
   */
  public static List<InspectionVisit> visits(IndicatorScope scope, IndicatorData data) {
    return new Context(scope, data).visits;
  }

  private static IndicatorValue inspectionShare(Context c) {
    List<String> all = new ArrayList<>();
    List<String> random = new ArrayList<>();
    for (InspectionVisit v : c.visits) {
      all.add(v.visit());
      if (v.random()) {
        random.add(v.visit());
      }
    }
    return value(Indicator.INSPECTION_SHARE, random, all, all.size() + c.data.otherInspections());
  }

  private static IndicatorValue jointRate(Context c) {
    List<String> den = new ArrayList<>();
    List<String> num = new ArrayList<>();
    for (InspectionVisit v : c.randomVisits()) {
      den.add(v.visit());
      if (v.joint()) {
        num.add(v.visit());
      }
    }
    return value(Indicator.JOINT_RATE, num, den, den.size());
  }

  private static IndicatorValue riskDifferentiatedRate(Context c) {
    List<String> den = new ArrayList<>();
    List<String> num = new ArrayList<>();
    for (InspectionVisit v : c.randomVisits()) {
      den.add(v.visit());
      boolean every = true;
      for (String t : v.tasks()) {
        InspectionTask task = c.tasks.get(t);
        if (task.plan().isPresent() && !c.planItem(task).sampling().differentiated()) {
          every = false;
        }
      }
      if (every) {
        num.add(v.visit());
      }
    }
    return value(Indicator.RISK_DIFFERENTIATED_RATE, num, den, den.size());
  }

  private static IndicatorValue onTimePublicationRate(Context c) {
    List<String> den = new ArrayList<>();
    List<String> num = new ArrayList<>();
    LocalDate asOf = c.scope.asOf();
    for (InspectionResult r : c.results) {
      if (r.deadline().isEmpty()) {
        continue;
      }
      PublicationDeadline d = r.deadline().get();
      Optional<LocalDate> published = r.publishedOn().filter(p -> !p.isAfter(asOf));
      if (!c.scope.period().contains(d.due()) || (d.due().isAfter(asOf) && published.isEmpty())) {
        continue;
      }
      den.add(r.id());
      if (published.isPresent() && !d.lateOn(published.get())) {
        num.add(r.id());
      }
    }
    return value(Indicator.ON_TIME_PUBLICATION_RATE, num, den, den.size());
  }

  private static IndicatorValue disposalRate(Context c) {
    Map<String, List<Disposal>> byResult = new TreeMap<>();
    for (Disposal d : c.data.disposals()) {
      byResult.computeIfAbsent(d.result(), k -> new ArrayList<>()).add(d);
    }
    LocalDate asOf = c.scope.asOf();
    List<String> den = new ArrayList<>();
    List<String> num = new ArrayList<>();
    for (InspectionResult r : c.results) {
      if (r.deadline().isEmpty() || !AUDITED.contains(r.state())
          || !c.scope.period().contains(r.deadline().get().formedOn())) {
        continue;
      }
      SortedSet<String> problems = new TreeSet<>();
      for (String code : r.codes()) {
        if (c.category(r, code).isProblem()) {
          problems.add(code);
        }
      }
      if (problems.isEmpty()) {
        continue;
      }
      den.add(r.id());
      List<Disposal> measures = byResult.getOrDefault(r.id(), List.of()).stream()
          .filter(d -> d.kind() != DisposalKind.NONE && !d.openedOn().isAfter(asOf)).toList();
      boolean allClosed = measures.stream().allMatch(d -> d.state() == DisposalState.CLOSED
          && !d.closedOn().orElseThrow().isAfter(asOf));
      boolean general = measures.stream().anyMatch(d -> d.resultCode().isEmpty());
      Set<String> covered = new TreeSet<>();
      measures.forEach(d -> d.resultCode().ifPresent(covered::add));
      if (!measures.isEmpty() && allClosed && (general || covered.containsAll(problems))) {
        num.add(r.id());
      }
    }
    return value(Indicator.DISPOSAL_RATE, num, den, den.size());
  }

  private static IndicatorValue repeatRate(Context c, boolean lowRiskOnly) {
    Map<EntityId, List<InspectionVisit>> byEntity = new TreeMap<>();
    for (InspectionVisit v : c.randomVisits()) {
      byEntity.computeIfAbsent(v.entity(), k -> new ArrayList<>()).add(v);
    }
    List<String> den = new ArrayList<>();
    List<String> num = new ArrayList<>();
    for (Map.Entry<EntityId, List<InspectionVisit>> e : byEntity.entrySet()) {
      if (lowRiskOnly) {
        LocalDate first = e.getValue().stream().map(InspectionVisit::date)
            .min(LocalDate::compareTo).orElseThrow();
        Optional<String> cls = c.data.riskClasses().classOn(e.getKey(), first);
        if (cls.isEmpty() || !c.data.lowRiskClasses().contains(cls.get())) {
          continue;
        }
      }
      den.add(e.getKey().value());
      if (e.getValue().size() >= 2) {
        num.add(e.getKey().value());
      }
    }
    return value(lowRiskOnly ? Indicator.LOW_RISK_REPEAT_RATE : Indicator.REPEAT_RATE, num, den,
        den.size());
  }

  private static IndicatorValue value(Indicator indicator, List<String> num, List<String> den,
      long denominator) {
    return new IndicatorValue(indicator, num.size(), denominator,
        new ArrayList<>(new TreeSet<>(num)), new ArrayList<>(new TreeSet<>(den)));
  }

  /** The records of the scope, indexed once. */
  private static final class Context {
    final IndicatorScope scope;
    final IndicatorData data;
    final Map<String, InspectionTask> tasks = new TreeMap<>();
    final List<InspectionResult> results = new ArrayList<>();
    final Map<String, ResultCatalogue> catalogues = new TreeMap<>();
    final Map<String, AnnualPlan> plans = new TreeMap<>();
    final List<InspectionVisit> visits;

    Context(IndicatorScope scope, IndicatorData data) {
      this.scope = Objects.requireNonNull(scope, "scope");
      this.data = Objects.requireNonNull(data, "data");
      for (InspectionTask t : data.tasks()) {
        if (scope.authorities().contains(t.authority()) && t.status() != TaskStatus.CANCELLED) {
          InspectionTask previous = tasks.put(t.id(), t);
          if (previous != null && !previous.equals(t)) {
            throw new IllegalArgumentException("task " + t.id() + " is given twice, as versions "
                + previous.version() + " and " + t.version() + "; give its current version once");
          }
        }
      }
      for (ResultCatalogue cat : data.catalogues()) {
        catalogues.put(cat.reference(), cat);
      }
      for (AnnualPlan p : data.plans()) {
        plans.put(p.id() + "@" + p.version(), p);
      }
      for (InspectionResult r : data.results()) {
        if (tasks.containsKey(r.task())) {
          results.add(r);
        }
      }
      results.sort(java.util.Comparator.comparing(InspectionResult::id));
      visits = List.copyOf(group());
    }

    List<InspectionVisit> randomVisits() {
      return visits.stream().filter(InspectionVisit::random).toList();
    }

    ResultCategory category(InspectionResult r, String code) {
      ResultCatalogue cat = catalogues.get(r.catalogue());
      if (cat == null) {
        throw new IllegalArgumentException("result " + r.id() + " uses catalogue '"
            + r.catalogue() + "', which is not among the catalogues given "
            + catalogues.keySet());
      }
      return cat.find(code).orElseThrow(() -> new IllegalArgumentException("result " + r.id()
          + ": result code '" + code + "' is not in catalogue " + r.catalogue())).category();
    }

    PlanItem planItem(InspectionTask task) {
      PlanRef ref = task.plan().orElseThrow();
      AnnualPlan plan = plans.get(ref.planId() + "@" + ref.planVersion());
      if (plan == null) {
        throw new IllegalArgumentException("task " + task.id() + " comes from plan "
            + ref.planId() + " version " + ref.planVersion()
            + ", which is not among the plans given (give every version: the store's history)");
      }
      return plan.item(ref.itemId()).orElseThrow(() -> new IllegalArgumentException("task "
          + task.id() + " comes from item '" + ref.itemId() + "' of plan " + ref.planId()
          + " version " + ref.planVersion() + ", which has no such item"));
    }

    private boolean inspected(InspectionResult r) {
      if (r.deadline().isEmpty()) {
        return false;
      }
      SortedSet<String> codes = r.codes();
      return codes.isEmpty() || !codes.stream().allMatch(k -> category(r, k).isEntityStatus());
    }

    private List<InspectionVisit> group() {
      Map<String, List<InspectionResult>> byVisit = new TreeMap<>();
      for (InspectionResult r : results) {
        if (inspected(r)) {
          byVisit.computeIfAbsent(r.visit(), k -> new ArrayList<>()).add(r);
        }
      }
      List<InspectionVisit> out = new ArrayList<>();
      for (Map.Entry<String, List<InspectionResult>> e : byVisit.entrySet()) {
        EntityId entity = e.getValue().get(0).entity();
        LocalDate day = null;
        Set<String> taskIds = new TreeSet<>();
        Set<String> departments = new TreeSet<>();
        boolean random = false;
        for (InspectionResult r : e.getValue()) {
          if (!r.entity().equals(entity)) {
            throw new IllegalArgumentException("visit " + e.getKey() + " names two entities, "
                + entity.value() + " (result " + e.getValue().get(0).id() + ") and "
                + r.entity().value() + " (result " + r.id() + ")");
          }
          LocalDate formed = r.deadline().orElseThrow().formedOn();
          day = day == null || formed.isBefore(day) ? formed : day;
          InspectionTask t = tasks.get(r.task());
          taskIds.add(t.id());
          departments.addAll(t.departments());
          random |= t.plan().isPresent();
        }
        if (scope.period().contains(day)) {
          out.add(new InspectionVisit(e.getKey(), entity, day, new ArrayList<>(taskIds),
              new TreeSet<>(departments), random));
        }
      }
      return out;
    }
  }
}
