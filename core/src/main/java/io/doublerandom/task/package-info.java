/**
 * Inspection tasks (抽查任务): their life ({@link io.doublerandom.task.TaskBook}: created from a
 * plan item's batch or after a lead, drawn, assigned, through inspection to closing, cancelled,
 * overdue), the status moves ({@link io.doublerandom.task.TaskStatusMachine}), task numbers
 * ({@link io.doublerandom.task.TaskNumbering}), the check that population, draw and assignment
 * belong together ({@link io.doublerandom.task.TaskRecords}), the 1+X visits of a draw ({@link
 * io.doublerandom.task.TaskVisits}) and the thread-safe in-memory stores ({@link
 * io.doublerandom.task.InMemoryTaskStore}, {@link io.doublerandom.task.InMemoryTaskNumberSequence}).
 *
 * <p>The records themselves are in {@code io.doublerandom.model.task} of the spi module.
 */
package io.doublerandom.task;
