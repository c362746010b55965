package io.doublerandom.plan;

import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.RiskScheme;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.Sampling;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an annual plan against its checklists, the configured {@link PlanRules} and the other
 * plans, and reports every problem at once (field, value, what is wrong), in plan order: plan
 * fields, then each item in order.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>the period lies in the plan's year; an ordinary plan has no participating departments, a
 *       joint one has at least one; a plan has at least one item;
 *   <li>every item names a checklist version of the catalog and item codes of that version; its
 *       methods are methods of those items (when the checklist lists methods);
 *   <li>ratios (per class, the one ratio, the minimum ratio) lie in [0, 1]; ratios by class name
 *       exactly the classes of the plan's risk scheme; no ratio is below the item's own minimum
 *       ratio, nor below a {@linkplain PlanRules#floors() floor} that applies to one of its items
 *       (the highest such floor); when any of its items is a general item (一般检查事项) and a
 *       {@linkplain PlanRules#generalItemCeiling() ceiling} is set, no ratio exceeds it (key
 *       items may go up to 1); a count's floor cannot be checked without the population, so
 *       counts are not held to floors;
 *   <li>batch windows lie in the plan's period and do not overlap;
 *   <li>an item of an ordinary plan whose item code a joint plan of the same year also inspects on
 *       the same population (equal {@code PopulationScope}) is a problem unless the item gives a
 *       {@code jointOverlapReason}; a joint plan counts when it is made by the same authority or
 *       names this plan's lead department among its departments, whatever its status.
 * </ul>
 */
public final class PlanValidator {
  private final PlanRules rules;
  private final ChecklistCatalog catalog;

  /** A validator with these rules over the checklists of {@code catalog}. */
  public PlanValidator(PlanRules rules, ChecklistCatalog catalog) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** The rules. */
  public PlanRules rules() {
    return rules;
  }

  /** The checklists. */
  public ChecklistCatalog catalog() {
    return catalog;
  }

  /**
   * Every problem of {@code plan}; empty when it is valid.
   *
   * @param others the other plans (joint plans among them are checked for overlap); a plan with
   *     the same id as {@code plan} is ignored
   */
  public List<PlanProblem> validate(AnnualPlan plan, Collection<AnnualPlan> others) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(others, "others");
    List<PlanProblem> problems = new ArrayList<>();
    DateRange period = plan.period();
    if (period.from().getYear() != plan.year() || period.to().getYear() != plan.year()) {
      problems.add(new PlanProblem("period", PlanTexts.range(period),
          "must lie in the plan's year " + plan.year()));
    }
    if (plan.kind() == PlanKind.ORDINARY && !plan.participatingDepartments().isEmpty()) {
      problems.add(new PlanProblem("participating departments",
          String.join(", ", plan.participatingDepartments()),
          "must be empty for an ordinary (系统内) plan; make it a joint plan"));
    }
    if (plan.kind().joint() && plan.participatingDepartments().isEmpty()) {
      problems.add(new PlanProblem("participating departments", "",
          "a " + plan.kind().label() + " plan needs at least one participating department"));
    }
    if (plan.items().isEmpty()) {
      problems.add(new PlanProblem("items", "", "a plan needs at least one item"));
    }
    List<AnnualPlan> joint = new ArrayList<>();
    for (AnnualPlan o : others) {
      if (!o.id().equals(plan.id()) && o.kind().joint() && o.year() == plan.year()
          && (o.authority().equals(plan.authority())
              || o.departments().contains(plan.leadDepartment()))) {
        joint.add(o);
      }
    }
    joint.sort(java.util.Comparator.comparing(AnnualPlan::id));
    for (PlanItem item : plan.items()) {
      item(plan, item, plan.kind() == PlanKind.ORDINARY ? joint : List.of(), problems);
    }
    return List.copyOf(problems);
  }

  private void item(AnnualPlan plan, PlanItem item, List<AnnualPlan> joint,
      List<PlanProblem> problems) {
    String at = "item " + item.id();
    Optional<Checklist> checklist = catalog.version(item.checklist().name(),
        item.checklist().version());
    List<InspectionItem> found = new ArrayList<>();
    if (checklist.isEmpty()) {
      List<String> known = new ArrayList<>();
      catalog.versions(item.checklist().name()).forEach(c -> known.add("v" + c.version()));
      problems.add(new PlanProblem(at + " checklist", item.checklist().toString(),
          known.isEmpty() ? "no checklist of that name in the catalog"
              : "no such version; the catalog has " + String.join(", ", known)));
    } else {
      for (String code : item.itemCodes()) {
        Optional<InspectionItem> i = checklist.get().item(code);
        if (i.isEmpty()) {
          problems.add(new PlanProblem(at + " item code", code,
              "is not an item of checklist " + item.checklist()));
        } else {
          found.add(i.get());
        }
      }
      Set<InspectionMethod> allowed = EnumSet.noneOf(InspectionMethod.class);
      found.forEach(i -> allowed.addAll(i.methods()));
      if (!found.isEmpty() && !allowed.isEmpty()) {
        for (InspectionMethod m : item.methods()) {
          if (!allowed.contains(m)) {
            problems.add(new PlanProblem(at + " method", m.name() + " (" + m.label() + ")",
                "is not a method of its items in checklist " + item.checklist() + " ("
                    + PlanTexts.methods(allowed) + ")"));
          }
        }
      }
    }
    sampling(plan.riskScheme(), at, item.sampling(), found, problems);
    batches(plan.period(), at, item.batches(), problems);
    if (item.jointOverlapReason().isEmpty()) {
      for (String code : item.itemCodes()) {
        for (AnnualPlan o : joint) {
          for (PlanItem oi : o.items()) {
            if (oi.itemCodes().contains(code) && oi.population().equals(item.population())) {
              problems.add(new PlanProblem(at + " item code", code,
                  "is also inspected by joint plan " + o.code() + " (" + o.id() + ") item "
                      + oi.id() + " on the same population in " + plan.year()
                      + "; what can join a joint inspection is not inspected again internally"
                      + " (give the item a joint overlap reason to override)"));
            }
          }
        }
      }
    }
  }

  private void sampling(RiskScheme scheme, String at, Sampling s, List<InspectionItem> items,
      List<PlanProblem> problems) {
    if (s.differentiated()) {
      Set<String> missing = new TreeSet<>(scheme.codes());
      for (String c : s.ratiosByClass().keySet()) {
        if (!scheme.contains(c)) {
          problems.add(new PlanProblem(at + " ratio of class " + c, c,
              "is not a class of risk scheme " + scheme.name() + " (" + String.join(", ",
                  scheme.codes()) + ")"));
        }
        missing.remove(c);
      }
      if (!missing.isEmpty()) {
        problems.add(new PlanProblem(at + " ratios by class",
            String.join(", ", s.ratiosByClass().keySet()), "must name every class of risk scheme "
                + scheme.name() + "; missing " + String.join(", ", missing)));
      }
    }
    Optional<BigDecimal> minimum = s.minimumRatio()
        .filter(m -> inUnitRange(at + " minimum ratio", m, problems));
    Optional<RatioFloor> floor = Optional.empty();
    for (RatioFloor f : rules.floors()) {
      if (items.stream().anyMatch(f::appliesTo)
          && (floor.isEmpty() || f.floor().compareTo(floor.get().floor()) > 0)) {
        floor = Optional.of(f);
      }
    }
    boolean general = items.stream().anyMatch(i -> i.kind() == ItemKind.GENERAL);
    for (Map.Entry<String, BigDecimal> e : s.ratios().entrySet()) {
      String field = at + " " + e.getKey();
      BigDecimal r = e.getValue();
      if (!inUnitRange(field, r, problems)) {
        continue;
      }
      if (minimum.isPresent() && r.compareTo(minimum.get()) < 0) {
        problems.add(new PlanProblem(field, PlanTexts.decimal(r), "is below the item's minimum"
            + " ratio " + PlanTexts.decimal(minimum.get())));
      }
      if (floor.isPresent() && r.compareTo(floor.get().floor()) < 0) {
        RatioFloor f = floor.get();
        problems.add(new PlanProblem(field, PlanTexts.decimal(r), "is below the floor "
            + PlanTexts.decimal(f.floor()) + " for " + (f.scope() == RatioFloor.Scope.CATEGORY
                ? "category " : "item ") + f.match() + " (" + f.source() + ")"));
      }
      if (general && rules.generalItemCeiling().isPresent()
          && r.compareTo(rules.generalItemCeiling().get()) > 0) {
        problems.add(new PlanProblem(field, PlanTexts.decimal(r), "exceeds the ceiling "
            + PlanTexts.decimal(rules.generalItemCeiling().get())
            + " for general items (一般检查事项); only key items (重点检查事项) may go up to 1"));
      }
    }
  }

  private static boolean inUnitRange(String field, BigDecimal r, List<PlanProblem> problems) {
    if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0) {
      problems.add(new PlanProblem(field, PlanTexts.decimal(r), "must be between 0 and 1"));
      return false;
    }
    return true;
  }

  private static void batches(DateRange period, String at, List<Batch> batches,
      List<PlanProblem> problems) {
    for (int i = 0; i < batches.size(); i++) {
      Batch b = batches.get(i);
      String field = at + " batch " + b.number() + " window";
      if (!period.covers(b.window())) {
        problems.add(new PlanProblem(field, PlanTexts.range(b.window()),
            "must lie in the plan's period " + PlanTexts.range(period)));
      }
      for (int j = 0; j < i; j++) {
        if (batches.get(j).window().overlaps(b.window())) {
          problems.add(new PlanProblem(field, PlanTexts.range(b.window()),
              "overlaps batch " + batches.get(j).number() + " ("
                  + PlanTexts.range(batches.get(j).window()) + ")"));
        }
      }
    }
  }
}
