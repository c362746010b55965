package io.doublerandom.plan;

import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanChange;
import io.doublerandom.model.plan.PlanItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The differences between two versions of a plan, as an amendment records them: plan fields
 * first (name, code, year, authority, departments, kind, mode, period, risk scheme), then items
 * in the order of the newer version followed by removed items, each field of an item in
 * declaration order. Record fields (version, status, publication date, amendments) are not
 * compared.
 */
public final class PlanDiff {
  private PlanDiff() {}

  /** Every difference from {@code before} to {@code after}, in the order above. */
  public static List<PlanChange> between(AnnualPlan before, AnnualPlan after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<PlanChange> changes = new ArrayList<>();
    add(changes, "name", before.name(), after.name());
    add(changes, "code", before.code(), after.code());
    add(changes, "year", "" + before.year(), "" + after.year());
    add(changes, "authority", before.authority(), after.authority());
    add(changes, "lead department", before.leadDepartment(), after.leadDepartment());
    add(changes, "participating departments", String.join(", ",
        before.participatingDepartments()), String.join(", ", after.participatingDepartments()));
    add(changes, "kind", before.kind().name(), after.kind().name());
    add(changes, "mode", before.mode().name(), after.mode().name());
    add(changes, "period", PlanTexts.range(before.period()), PlanTexts.range(after.period()));
    add(changes, "risk scheme", String.join(", ", before.riskScheme().codes()) + " ("
        + before.riskScheme().name() + ")", String.join(", ", after.riskScheme().codes()) + " ("
        + after.riskScheme().name() + ")");
    for (PlanItem a : after.items()) {
      Optional<PlanItem> b = before.item(a.id());
      if (b.isEmpty()) {
        changes.add(new PlanChange("item " + a.id(), "", summary(a)));
      } else {
        item(changes, b.get(), a);
      }
    }
    for (PlanItem b : before.items()) {
      if (after.item(b.id()).isEmpty()) {
        changes.add(new PlanChange("item " + b.id(), summary(b), ""));
      }
    }
    return List.copyOf(changes);
  }

  private static void item(List<PlanChange> changes, PlanItem b, PlanItem a) {
    String at = "item " + a.id() + " ";
    add(changes, at + "name", b.name().orElse(""), a.name().orElse(""));
    add(changes, at + "checklist", b.checklist().toString(), a.checklist().toString());
    add(changes, at + "item codes", String.join(", ", b.itemCodes()),
        String.join(", ", a.itemCodes()));
    add(changes, at + "population", PlanTexts.population(b.population()),
        PlanTexts.population(a.population()));
    add(changes, at + "sampling", PlanTexts.sampling(b.sampling()),
        PlanTexts.sampling(a.sampling()));
    add(changes, at + "frequency", b.frequency().toString(), a.frequency().toString());
    add(changes, at + "methods", PlanTexts.methods(b.methods()), PlanTexts.methods(a.methods()));
    add(changes, at + "department", b.department().orElse(""), a.department().orElse(""));
    add(changes, at + "batches", PlanTexts.batches(b.batches()), PlanTexts.batches(a.batches()));
    add(changes, at + "joint overlap reason", b.jointOverlapReason().orElse(""),
        a.jointOverlapReason().orElse(""));
  }

  static String summary(PlanItem i) {
    return String.join(", ", i.itemCodes()) + " (" + i.checklist() + "); "
        + PlanTexts.population(i.population()) + "; " + PlanTexts.sampling(i.sampling())
        + "; frequency " + i.frequency() + "; batches " + PlanTexts.batches(i.batches());
  }

  private static void add(List<PlanChange> changes, String field, String before, String after) {
    if (!before.equals(after)) {
      changes.add(new PlanChange(field, before, after));
    }
  }
}
