package io.doublerandom.model.plan;

import io.doublerandom.model.Labelled;

/** Kind of an annual plan: internal to one system, joint across departments, or 一业一查. */
public enum PlanKind implements Labelled {
  /** Inspections by the departments of one system (系统内). */
  ORDINARY("系统内抽查"),
  /** A departmental joint plan (部门联合抽查): a lead department and participating departments. */
  DEPARTMENTAL_JOINT("部门联合抽查"),
  /** An industry joint plan (一业一查): every department concerned with one industry at once. */
  INDUSTRY_JOINT("一业一查");

  private final String label;

  PlanKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether plans of this kind are joint plans (more than one department). */
  public boolean joint() {
    return this != ORDINARY;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static PlanKind parse(String field, String text) {
    return Labelled.parse(PlanKind.class, field, text);
  }
}
