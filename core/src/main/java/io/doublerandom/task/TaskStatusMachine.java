package io.doublerandom.task;

import static io.doublerandom.model.task.TaskStatus.ASSIGNED;
import static io.doublerandom.model.task.TaskStatus.AUDITED;
import static io.doublerandom.model.task.TaskStatus.CANCELLED;
import static io.doublerandom.model.task.TaskStatus.CLOSED;
import static io.doublerandom.model.task.TaskStatus.CREATED;
import static io.doublerandom.model.task.TaskStatus.DRAWN;
import static io.doublerandom.model.task.TaskStatus.IN_INSPECTION;
import static io.doublerandom.model.task.TaskStatus.OVERDUE;
import static io.doublerandom.model.task.TaskStatus.PUBLISHED;
import static io.doublerandom.model.task.TaskStatus.RESULTS_ENTERED;

import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.StatusChange;
import io.doublerandom.model.task.TaskStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The moves of a task's status.
 *
 * <ul>
 *   <li>Forward one step: created → drawn → assigned → in inspection → results entered → audited →
 *       published → closed; and back from results entered to in inspection (a result returned by
 *       its auditor is entered again).
 *   <li>Cancelled: from created, drawn, assigned or in inspection (before any result is entered).
 *   <li>Overdue: from drawn up to audited (a deadline passed before publication). An overdue task
 *       resumes where it was: it moves to what the status it was in before becoming overdue could
 *       move to (except overdue again), so the history still shows every step.
 *   <li>Closed and cancelled are final.
 * </ul>
 */
public final class TaskStatusMachine {
  private static final List<TaskStatus> PATH = List.of(CREATED, DRAWN, ASSIGNED, IN_INSPECTION,
      RESULTS_ENTERED, AUDITED, PUBLISHED, CLOSED);

  private TaskStatusMachine() {}

  /**
   * The statuses a task in {@code status} may move to; for {@link TaskStatus#OVERDUE}, {@code
   * beforeOverdue} is the status it was in when it became overdue.
   */
  public static Set<TaskStatus> next(TaskStatus status, Optional<TaskStatus> beforeOverdue) {
    Set<TaskStatus> out = EnumSet.noneOf(TaskStatus.class);
    if (status == OVERDUE) {
      TaskStatus before = beforeOverdue.orElseThrow(() -> new IllegalArgumentException(
          "an overdue task needs the status it was in before"));
      out.addAll(next(before, Optional.empty()));
      out.remove(OVERDUE);
      return out;
    }
    int i = PATH.indexOf(status);
    if (i >= 0 && i + 1 < PATH.size()) {
      out.add(PATH.get(i + 1));
    }
    if (status == RESULTS_ENTERED) {
      out.add(IN_INSPECTION);
    }
    if (i >= 0 && i <= PATH.indexOf(IN_INSPECTION)) {
      out.add(CANCELLED);
    }
    if (i >= PATH.indexOf(DRAWN) && i <= PATH.indexOf(AUDITED)) {
      out.add(OVERDUE);
    }
    return out;
  }

  /** The statuses {@code task} may move to now. */
  public static Set<TaskStatus> next(InspectionTask task) {
    return next(task.status(), beforeOverdue(task));
  }

  /** Whether {@code task} may move to {@code to} now. */
  public static boolean allowed(InspectionTask task, TaskStatus to) {
    return next(task).contains(to);
  }

  /**
   * Requires that {@code task} may move to {@code to}.
   *
   * @throws TaskTransitionException naming both statuses and the allowed moves otherwise
   */
  public static void require(InspectionTask task, TaskStatus to) {
    Set<TaskStatus> next = next(task);
    if (!next.contains(to)) {
      throw new TaskTransitionException(task.id() + " (" + task.number() + ")", task.status(), to,
          next.isEmpty() ? task.status() + " is final"
              : "allowed from " + task.status() + ": " + next);
    }
  }

  /** For an overdue task, the status it was in when it became overdue. */
  static Optional<TaskStatus> beforeOverdue(InspectionTask task) {
    if (task.status() != OVERDUE) {
      return Optional.empty();
    }
    List<StatusChange> h = task.history();
    for (int i = h.size() - 1; i >= 0; i--) {
      if (h.get(i).to() == OVERDUE) {
        return Optional.of(h.get(i).from());
      }
    }
    throw new IllegalStateException("task " + task.id() + " is overdue but its history has no"
        + " move to overdue");
  }
}
