package io.doublerandom.model.task;

import io.doublerandom.model.Labelled;

/**
 * Status of an inspection task: created → drawn → assigned → in inspection → results entered →
 * audited → published → closed, plus cancelled and overdue. The allowed moves are decided by the
 * core module's {@code io.doublerandom.task.TaskStatusMachine}.
 */
public enum TaskStatus implements Labelled {
  /** Created and numbered; targets not drawn yet. */
  CREATED("已创建"),
  /** Targets drawn (the draw record is attached). */
  DRAWN("已抽取对象"),
  /** Inspectors assigned (the assignment record is attached). */
  ASSIGNED("已匹配人员"),
  /** Inspections under way. */
  IN_INSPECTION("检查中"),
  /** Every result entered. */
  RESULTS_ENTERED("结果已录入"),
  /** Every result audited. */
  AUDITED("已审核"),
  /** Results published. */
  PUBLISHED("已公示"),
  /** Finished. */
  CLOSED("已结束"),
  /** Cancelled before it was finished; its number is never reused. */
  CANCELLED("已撤销"),
  /** Past its deadline before results were published. */
  OVERDUE("已逾期");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether no move leaves this status. */
  public boolean terminal() {
    return this == CLOSED || this == CANCELLED;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static TaskStatus parse(String field, String text) {
    return Labelled.parse(TaskStatus.class, field, text);
  }
}
