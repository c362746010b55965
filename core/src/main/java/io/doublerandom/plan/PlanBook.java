package io.doublerandom.plan;

import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanAmendment;
import io.doublerandom.model.plan.PlanChange;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.spi.Clock;
import io.doublerandom.spi.PlanStore;
import io.doublerandom.spi.VersionConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The life of annual plans over a {@link PlanStore}: drafts are created and revised freely,
 * published after validation, amended (动态调整) once published, then started and completed.
 *
 * <p>Statuses move draft → published → in progress → completed, one step at a time; any other move
 * is a {@link PlanTransitionException} naming both statuses. Every change saves the next version
 * of the plan; the caller passes the version it read, and a stale one is a {@link
 * VersionConflictException} (nothing is saved). Times come from the {@link Clock}: the publication
 * date is the clock's date in China, an amendment's record time its instant.
 *
 * <p>Thread-safe as far as its store is: concurrent changes of one plan are decided by the store's
 * version check.
 */
public final class PlanBook {
  private static final Map<PlanStatus, PlanStatus> NEXT = Map.of(
      PlanStatus.DRAFT, PlanStatus.PUBLISHED,
      PlanStatus.PUBLISHED, PlanStatus.IN_PROGRESS,
      PlanStatus.IN_PROGRESS, PlanStatus.COMPLETED);

  private final PlanStore store;
  private final PlanValidator validator;
  private final Clock clock;

  /** A book over {@code store}, validating with {@code validator}, timing with {@code clock}. */
  public PlanBook(PlanStore store, PlanValidator validator, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The store. */
  public PlanStore store() {
    return store;
  }

  /** The validator. */
  public PlanValidator validator() {
    return validator;
  }

  /** Whether a plan in status {@code from} may move to {@code to}. */
  public static boolean allowed(PlanStatus from, PlanStatus to) {
    return NEXT.get(from) == to;
  }

  /**
   * Saves a new draft plan (version 1, status draft, not published, no amendments). Drafts are not
   * validated; {@link #validate} tells their problems, {@link #publish} refuses them.
   *
   * @throws IllegalArgumentException if the plan is not a fresh draft
   * @throws VersionConflictException if a plan with this id exists
   */
  public AnnualPlan create(AnnualPlan draft) {
    Objects.requireNonNull(draft, "draft");
    require(draft.version() == 1, draft, "version", "" + draft.version(), "must be 1 for a new plan");
    require(draft.status() == PlanStatus.DRAFT, draft, "status", draft.status().name(),
        "must be DRAFT for a new plan");
    require(draft.publishedOn().isEmpty(), draft, "published on", draft.publishedOn().map(String::valueOf).orElse(""),
        "must be empty for a new plan");
    require(draft.amendments().isEmpty(), draft, "amendments", "" + draft.amendments().size(),
        "must be empty for a new plan");
    return store.save(draft);
  }

  /** Every problem of {@code plan} against the checklists, the rules and the stored plans. */
  public List<PlanProblem> validate(AnnualPlan plan) {
    return validator.validate(plan, store.all());
  }

  /**
   * Saves a changed draft. {@code changed} carries the version it was read at.
   *
   * @throws IllegalStateException if the stored plan is no longer a draft (a published plan
   *     changes only by {@link #amend})
   * @throws VersionConflictException if {@code changed.version()} is not the stored version
   */
  public AnnualPlan revise(AnnualPlan changed) {
    AnnualPlan stored = current(changed.id(), changed.version());
    if (stored.status() != PlanStatus.DRAFT) {
      throw new IllegalStateException("plan " + stored.id() + " is " + stored.status().label()
          + " " + stored.status() + "; a published plan changes only by amendment");
    }
    require(changed.status() == PlanStatus.DRAFT, changed, "status", changed.status().name(),
        "cannot be changed by a revision (publish the plan instead)");
    require(changed.publishedOn().isEmpty() && changed.amendments().isEmpty(), changed,
        "published on / amendments", "set", "must stay empty in a draft");
    return store.save(next(changed, stored));
  }

  /**
   * Publishes the draft {@code id} read at {@code version}, dated the clock's today.
   *
   * @throws PlanValidationException listing every problem, if the plan has any
   * @throws PlanTransitionException if the plan is not a draft
   */
  public AnnualPlan publish(String id, long version) {
    AnnualPlan stored = current(id, version);
    check(stored, PlanStatus.PUBLISHED);
    List<PlanProblem> problems = validate(stored);
    if (!problems.isEmpty()) {
      throw new PlanValidationException(id, problems);
    }
    return store.save(AnnualPlan.builder().from(stored).version(stored.version() + 1)
        .status(PlanStatus.PUBLISHED).publishedOn(clock.today()).build());
  }

  /** Moves the published plan {@code id} read at {@code version} to in progress. */
  public AnnualPlan start(String id, long version) {
    return move(id, version, PlanStatus.IN_PROGRESS);
  }

  /** Moves the plan {@code id} in progress, read at {@code version}, to completed. */
  public AnnualPlan complete(String id, long version) {
    return move(id, version, PlanStatus.COMPLETED);
  }

  private AnnualPlan move(String id, long version, PlanStatus to) {
    AnnualPlan stored = current(id, version);
    check(stored, to);
    return store.save(AnnualPlan.builder().from(stored).version(stored.version() + 1).status(to)
        .build());
  }

  /**
   * Amends a published (or in-progress) plan: {@code amended} is the plan as it shall be, read at
   * the stored version; the amendment lists every change ({@link PlanDiff}), records {@code
   * reason}, {@code effectiveOn} and the clock's instant, and is appended to the new version's
   * amendments. The replaced version stays readable in the store.
   *
   * @throws PlanValidationException if the amended plan has problems
   * @throws IllegalStateException if the plan is a draft (revise it) or completed
   * @throws IllegalArgumentException if the amendment changes nothing, has no reason, dates
   *     before the publication, or touches the record fields (status, publication, amendments)
   * @throws VersionConflictException if {@code amended.version()} is not the stored version
   */
  public AnnualPlan amend(AnnualPlan amended, String reason, LocalDate effectiveOn) {
    Objects.requireNonNull(amended, "amended");
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    AnnualPlan stored = current(amended.id(), amended.version());
    if (stored.status() != PlanStatus.PUBLISHED && stored.status() != PlanStatus.IN_PROGRESS) {
      throw new IllegalStateException("plan " + stored.id() + " is " + stored.status().label()
          + " " + stored.status() + "; only a published or in-progress plan is amended"
          + (stored.status() == PlanStatus.DRAFT ? " (revise the draft instead)" : ""));
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("amendment of plan " + stored.id()
          + " needs a reason, got '" + reason + "'");
    }
    require(amended.status() == stored.status()
        && amended.publishedOn().equals(stored.publishedOn())
        && amended.amendments().equals(stored.amendments()), amended,
        "status / published on / amendments", "changed", "are kept by the book, not amended");
    LocalDate published = stored.publishedOn().orElseThrow();
    require(!effectiveOn.isBefore(published), amended, "amendment date", effectiveOn.toString(),
        "must not be before the plan's publication on " + published);
    List<PlanChange> changes = PlanDiff.between(stored, amended);
    require(!changes.isEmpty(), amended, "amendment", "no change",
        "must change something in the plan");
    List<PlanProblem> problems = validate(amended);
    if (!problems.isEmpty()) {
      throw new PlanValidationException(amended.id(), problems);
    }
    PlanAmendment a = new PlanAmendment(stored.id(), amended.code(),
        stored.amendments().size() + 1, stored.version(), effectiveOn, reason.strip(),
        clock.now(), changes);
    List<PlanAmendment> all = new ArrayList<>(stored.amendments());
    all.add(a);
    return store.save(AnnualPlan.builder().from(amended).version(stored.version() + 1)
        .amendments(all).build());
  }

  /** Every amendment of plan {@code id}, in number order; empty if none or no such plan. */
  public List<PlanAmendment> amendments(String id) {
    return store.find(id).map(AnnualPlan::amendments).orElse(List.of());
  }

  private AnnualPlan current(String id, long version) {
    AnnualPlan stored = store.find(id).orElseThrow(() ->
        new IllegalArgumentException("no plan with id '" + id + "'"));
    if (stored.version() != version) {
      throw new VersionConflictException("plan", id, version, stored.version());
    }
    return stored;
  }

  private static AnnualPlan next(AnnualPlan changed, AnnualPlan stored) {
    return AnnualPlan.builder().from(changed).version(stored.version() + 1).build();
  }

  private static void check(AnnualPlan stored, PlanStatus to) {
    if (!allowed(stored.status(), to)) {
      PlanStatus next = NEXT.get(stored.status());
      throw new PlanTransitionException(stored.id(), stored.status(), to, next == null
          ? "no move leaves " + stored.status()
          : "the only move from " + stored.status() + " is to " + next);
    }
  }

  private static void require(boolean ok, AnnualPlan plan, String field, String value,
      String rule) {
    if (!ok) {
      throw new IllegalArgumentException(field + " of plan " + plan.id() + " " + rule
          + ", got '" + value + "'");
    }
  }
}
