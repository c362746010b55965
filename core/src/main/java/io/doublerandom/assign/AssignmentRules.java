package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of an assignment: the default {@link TaskRules}, overrides for named tasks, and the
 * cap on the number of visits per inspector over the whole assignment (the period it covers).
 *
 * @param defaults the rules of tasks without an override
 * @param tasks overrides by task number, sorted by task number (UTF-8 bytes), task numbers
 *     distinct
 * @param batchCapacity the maximum number of visits per inspector in this assignment, {@link
 *     TaskRules#UNLIMITED} for no cap
 */
@JsonPropertyOrder({"defaults", "tasks", "batchCapacity"})
public record AssignmentRules(TaskRules defaults, List<TaskOverride> tasks, int batchCapacity) {

  /**
   * The rules of one named task.
   *
   * @param task the task number
   * @param rules its rules
   */
  @JsonPropertyOrder({"task", "rules"})
  public record TaskOverride(String task, TaskRules rules) {
    /** Validates the fields. */
    public TaskOverride {
      Codec.text("task of rule override", task);
      Objects.requireNonNull(rules, "rules of task " + task);
    }
  }

  /** Validates the fields and sorts the overrides. */
  public AssignmentRules {
    Objects.requireNonNull(defaults, "default rules");
    List<TaskOverride> sorted = new ArrayList<>(tasks == null ? List.of() : tasks);
    sorted.sort((a, b) -> Codec.compareUtf8(a.task(), b.task()));
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(!sorted.get(i).task().equals(sorted.get(i - 1).task()),
          "task %s has more than one rule override", sorted.get(i).task());
    }
    tasks = List.copyOf(sorted);
    checkArgument(batchCapacity >= 1, "batchCapacity must be >= 1, got %s", batchCapacity);
  }

  /** The defaults for every task, no override, no cap over the assignment. */
  public static AssignmentRules standard() {
    return of(TaskRules.standard());
  }

  /** These rules for every task, no override, no cap over the assignment. */
  public static AssignmentRules of(TaskRules rules) {
    return new AssignmentRules(rules, List.of(), TaskRules.UNLIMITED);
  }

  /** With these rules for {@code task} (replacing an earlier override of it). */
  public AssignmentRules withTask(String task, TaskRules rules) {
    List<TaskOverride> list = new ArrayList<>();
    for (TaskOverride o : tasks) {
      if (!o.task().equals(task)) {
        list.add(o);
      }
    }
    list.add(new TaskOverride(task, rules));
    return new AssignmentRules(defaults, list, batchCapacity);
  }

  /** With at most {@code visits} visits per inspector over the whole assignment. */
  public AssignmentRules withBatchCapacity(int visits) {
    return new AssignmentRules(defaults, tasks, visits);
  }

  /** The rules that apply to {@code task}. */
  public TaskRules forTask(String task) {
    for (TaskOverride o : tasks) {
      if (o.task().equals(task)) {
        return o.rules();
      }
    }
    return defaults;
  }

  void appendLines(StringBuilder b) {
    AssignmentManifest.line(b, "batch-capacity", TaskRules.capacityText(batchCapacity));
    defaults.appendLines(b, "default.");
    for (TaskOverride o : tasks) {
      AssignmentManifest.line(b, "task", o.task());
      o.rules().appendLines(b, "task.");
    }
  }
}
