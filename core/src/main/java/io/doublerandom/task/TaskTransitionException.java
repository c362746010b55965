package io.doublerandom.task;

import io.doublerandom.model.task.TaskStatus;

/** A task was asked to move between two statuses that have no move between them. */
public final class TaskTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final TaskStatus from;
  private final TaskStatus to;

  /** The task {@code taskId} cannot move from {@code from} to {@code to}. */
  public TaskTransitionException(String taskId, TaskStatus from, TaskStatus to, String hint) {
    super("task " + taskId + " cannot move from " + from.label() + " " + from + " to "
        + to.label() + " " + to + "; " + hint);
    this.taskId = taskId;
    this.from = from;
    this.to = to;
  }

  /** The task's id. */
  public String taskId() {
    return taskId;
  }

  /** The status the task is in. */
  public TaskStatus from() {
    return from;
  }

  /** The status asked for. */
  public TaskStatus to() {
    return to;
  }
}
