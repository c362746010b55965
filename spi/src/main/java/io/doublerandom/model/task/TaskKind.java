package io.doublerandom.model.task;

import io.doublerandom.model.Labelled;

/** Where a task comes from: a plan item's batch, or a lead (临时任务, 依线索). */
public enum TaskKind implements Labelled {
  /** From a plan item and batch (计划任务). */
  PLANNED("计划任务"),
  /** A temporary task following a lead (临时任务). */
  TEMPORARY("临时任务");

  private final String label;

  TaskKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
