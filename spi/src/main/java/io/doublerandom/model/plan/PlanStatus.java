package io.doublerandom.model.plan;

import io.doublerandom.model.Labelled;

/**
 * Status of an annual plan: draft → published → in progress → completed. Which moves are allowed
 * is decided by {@code io.doublerandom.plan.PlanBook} in the core module.
 */
public enum PlanStatus implements Labelled {
  /** Being written; may change freely. */
  DRAFT("草稿"),
  /** Published (公示); changes only by amendment. */
  PUBLISHED("已公布"),
  /** Tasks of the plan have started. */
  IN_PROGRESS("实施中"),
  /** Every task of the plan is done. */
  COMPLETED("已完成");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static PlanStatus parse(String field, String text) {
    return Labelled.parse(PlanStatus.class, field, text);
  }
}
