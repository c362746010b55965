/**
 * Inspection tasks (抽查任务) as stored records: {@link io.doublerandom.model.task.InspectionTask}
 * (planned from a {@link io.doublerandom.model.task.PlanRef} or temporary after a {@link
 * io.doublerandom.model.task.Lead}; joint with {@link io.doublerandom.model.task.SubTask}s), its
 * {@link io.doublerandom.model.task.TaskStatus} and history, and the 1+X {@link
 * io.doublerandom.model.task.TaskVisit}.
 *
 * <p>Values only; the rules are in the core module's {@code io.doublerandom.task}, storage is the
 * {@link io.doublerandom.spi.TaskStore}.
 */
package io.doublerandom.model.task;
