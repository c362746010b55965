package io.doublerandom.plan;

import io.doublerandom.model.plan.PlanStatus;

/** A plan was asked to move between two statuses that have no move between them. */
public final class PlanTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String planId;
  private final PlanStatus from;
  private final PlanStatus to;

  /** The plan {@code planId} cannot move from {@code from} to {@code to}. */
  public PlanTransitionException(String planId, PlanStatus from, PlanStatus to, String hint) {
    super("plan " + planId + " cannot move from " + from.label() + " " + from + " to "
        + to.label() + " " + to + "; " + hint);
    this.planId = planId;
    this.from = from;
    this.to = to;
  }

  /** The plan's id. */
  public String planId() {
    return planId;
  }

  /** The status the plan is in. */
  public PlanStatus from() {
    return from;
  }

  /** The status asked for. */
  public PlanStatus to() {
    return to;
  }
}
