package io.doublerandom.model.task;

import java.util.ArrayList;
import java.util.List;

/**
 * One visit to one entity (1+X, 进一次门、查多项事): every task the entity was drawn for in one
 * draw event, with each task's items; the visit covers them all.
 *
 * @param entity the entity id
 * @param tasks the tasks, in the order of the draw record
 */
public record TaskVisit(String entity, List<TaskItems> tasks) {
  /**
   * One task of a visit.
   *
   * @param task the task id (as the draw manifest names it)
   * @param stratum the entity's stratum in that task
   * @param items the task's item codes
   */
  public record TaskItems(String task, String stratum, List<String> items) {
    /** Validates and copies. */
    public TaskItems {
      Fields.text(task, "task");
      Fields.text(stratum, "stratum of task " + task);
      items = List.copyOf(items);
    }
  }

  /** Validates and copies. */
  public TaskVisit {
    Fields.text(entity, "entity of visit");
    tasks = List.copyOf(tasks);
    Fields.require(!tasks.isEmpty(), "tasks of visit to " + entity, tasks, "must not be empty");
  }

  /** Every item of the visit, each once, in task order then item order. */
  public List<String> items() {
    List<String> all = new ArrayList<>();
    for (TaskItems t : tasks) {
      for (String i : t.items()) {
        if (!all.contains(i)) {
          all.add(i);
        }
      }
    }
    return List.copyOf(all);
  }

  /** The ids of the tasks of the visit. */
  public List<String> taskIds() {
    return tasks.stream().map(TaskItems::task).toList();
  }
}
