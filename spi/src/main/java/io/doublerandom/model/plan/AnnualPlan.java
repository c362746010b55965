package io.doublerandom.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DoubleRandomStyle;
import io.doublerandom.model.RiskScheme;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An annual random-inspection plan (年度抽查计划) as a store holds it: one version of one plan.
 *
 * <p>{@link #id()} is stable for the plan's life; {@link #version()} starts at 1 and grows by one
 * with every saved change (a save against a stale version is a {@code VersionConflictException});
 * every version stays readable in the store. A published plan changes only by amendment: each
 * amendment is appended to {@link #amendments()} of the version it produced. The rules
 * (validation, status moves, amendments) are in the core module's {@code io.doublerandom.plan}.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableAnnualPlan.class)
@JsonDeserialize(as = ImmutableAnnualPlan.class)
public abstract class AnnualPlan {
  AnnualPlan() {}

  /** Stable id of the plan. */
  public abstract String id();

  /** Record version: 1 for the first saved version, +1 per saved change. */
  @Value.Default
  public long version() {
    return 1;
  }

  /** The plan's published code (计划编号), for example {@code 晋市监计划〔2025〕1号}. */
  public abstract String code();

  /** The plan's name (年度计划名称). */
  public abstract String name();

  /** The year the plan covers. */
  public abstract int year();

  /** Code of the authority that makes the plan. */
  public abstract String authority();

  /** The lead department (发起部门 / 牵头部门). */
  public abstract String leadDepartment();

  /** The participating departments (配合部门), none for an ordinary plan. */
  public abstract List<String> participatingDepartments();

  /** Kind of plan. */
  public abstract PlanKind kind();

  /** Directed or undirected. */
  public abstract PlanMode mode();

  /** The dates the plan's tasks fall in; within {@link #year()}. */
  public abstract DateRange period();

  /** Status. */
  @Value.Default
  public PlanStatus status() {
    return PlanStatus.DRAFT;
  }

  /** The credit-risk classes the items' ratios refer to. */
  @Value.Default
  public RiskScheme riskScheme() {
    return RiskScheme.NATIONAL_FOUR;
  }

  /** The items, ids unique. */
  public abstract List<PlanItem> items();

  /** The date the plan was published, once it is. */
  public abstract Optional<LocalDate> publishedOn();

  /** The amendments made so far, in number order (1, 2, ...). */
  public abstract List<PlanAmendment> amendments();

  /** The item with this id. */
  public final Optional<PlanItem> item(String itemId) {
    return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** Every department of the plan: the lead, then the participating ones. */
  public final List<String> departments() {
    List<String> all = new java.util.ArrayList<>();
    all.add(leadDepartment());
    all.addAll(participatingDepartments());
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    Fields.text(id(), "plan id");
    Fields.require(version() >= 1, "version of plan " + id(), version(), "must be at least 1");
    Fields.text(code(), "code of plan " + id());
    Fields.text(name(), "name of plan " + id());
    Fields.text(authority(), "authority of plan " + id());
    Fields.text(leadDepartment(), "lead department of plan " + id());
    Fields.texts(participatingDepartments(), "participating department of plan " + id());
    Set<String> departments = new HashSet<>();
    for (String d : departments()) {
      Fields.require(departments.add(d), "department of plan " + id(), d, "must not repeat");
    }
    Set<String> ids = new HashSet<>();
    for (PlanItem i : items()) {
      Fields.require(ids.add(i.id()), "item id of plan " + id(), i.id(), "must be unique");
    }
    for (int i = 0; i < amendments().size(); i++) {
      Fields.require(amendments().get(i).number() == i + 1, "amendment numbers of plan " + id(),
          amendments().get(i).number(), "must be 1, 2, ... in order (expected " + (i + 1) + ")");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnualPlan}. */
  public static final class Builder extends ImmutableAnnualPlan.Builder {}
}
