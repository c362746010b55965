package io.doublerandom.model.plan;

import io.doublerandom.model.Labelled;

/** Whether a plan's draws are directed at a defined part of the directory (抽查类型). */
public enum PlanMode implements Labelled {
  /** Directed (定向): targets drawn from entities selected by type, size, industry or area. */
  DIRECTED("定向"),
  /** Undirected (不定向): targets drawn from every entity of the jurisdiction. */
  UNDIRECTED("不定向");

  private final String label;

  PlanMode(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static PlanMode parse(String field, String text) {
    return Labelled.parse(PlanMode.class, field, text);
  }
}
