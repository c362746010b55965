package io.doublerandom.plan;

import java.util.List;

/** A plan that has problems was to be published or amended; nothing was saved. */
public final class PlanValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String planId;
  private final transient List<PlanProblem> problems;

  /** An exception listing every problem of plan {@code planId}. */
  public PlanValidationException(String planId, List<PlanProblem> problems) {
    super(message(planId, problems));
    this.planId = planId;
    this.problems = List.copyOf(problems);
  }

  private static String message(String planId, List<PlanProblem> problems) {
    StringBuilder b = new StringBuilder("plan ").append(planId).append(" has ")
        .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
    problems.forEach(p -> b.append("\n  ").append(p));
    return b.toString();
  }

  /** The plan's id. */
  public String planId() {
    return planId;
  }

  /** Every problem found. */
  public List<PlanProblem> problems() {
    return problems;
  }
}
