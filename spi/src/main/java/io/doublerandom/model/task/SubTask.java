package io.doublerandom.model.task;

import java.util.List;

/**
 * A department's part of a joint task (部门子任务): its items, its share of the targets, and the
 * team it sends to each entity. Each sub-task draws its own inspectors.
 *
 * @param department the department
 * @param items the checklist item codes the department inspects on each visit; at least one
 * @param targets the number of the task's targets the department takes part in ({@code 0} for
 *     every target of the task)
 * @param inspectorsPerEntity enforcement officers per entity, at least 1
 * @param experts experts per entity, 0 or more
 */
public record SubTask(String department, List<String> items, int targets,
    int inspectorsPerEntity, int experts) {
  /** Validates the fields and copies the list. */
  public SubTask {
    Fields.text(department, "department of sub-task");
    items = List.copyOf(items);
    Fields.require(!items.isEmpty(), "items of sub-task " + department, items,
        "must not be empty");
    Fields.texts(items, "item of sub-task " + department);
    Fields.require(targets >= 0, "targets of sub-task " + department, targets,
        "must be 0 (every target) or more");
    Fields.require(inspectorsPerEntity >= 1, "inspectors per entity of sub-task " + department,
        inspectorsPerEntity, "must be at least 1");
    Fields.require(experts >= 0, "experts of sub-task " + department, experts,
        "must be 0 or more");
  }

  /** Whether the department takes part in every target of the task. */
  public boolean everyTarget() {
    return targets == 0;
  }
}
