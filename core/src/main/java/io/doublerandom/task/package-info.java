/**
 * Inspection tasks (抽查任务): the thread-safe in-memory stores {@link
 * io.doublerandom.task.InMemoryTaskStore} and {@link io.doublerandom.task.InMemoryTaskNumberSequence}.
 */
package io.doublerandom.task;
