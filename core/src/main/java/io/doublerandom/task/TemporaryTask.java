package io.doublerandom.task;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.task.Lead;
import io.doublerandom.model.task.SubTask;
import java.util.List;
import java.util.Objects;

/**
 * What a temporary task (临时任务, 依线索) is created from.
 *
 * @param authority code of the authority that runs it
 * @param year the year its number counts in
 * @param name its name
 * @param lead the lead it follows
 * @param checklist the checklist version of its items
 * @param items the item codes inspected
 * @param leadDepartment its lead department
 * @param window the inspection dates
 * @param subTasks one per department for a joint task, empty otherwise
 */
public record TemporaryTask(String authority, int year, String name, Lead lead,
    ChecklistRef checklist, List<String> items, String leadDepartment, DateRange window,
    List<SubTask> subTasks) {
  /** Checks presence and copies the lists (the task's own checks run when it is built). */
  public TemporaryTask {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(checklist, "checklist");
    items = List.copyOf(items);
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    Objects.requireNonNull(window, "window");
    subTasks = List.copyOf(subTasks);
  }
}
