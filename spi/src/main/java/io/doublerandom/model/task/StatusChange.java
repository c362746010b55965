package io.doublerandom.model.task;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of a task's status, kept in the task's history.
 *
 * @param from the status before
 * @param to the status after
 * @param at when (from the library's clock)
 * @param note why, or {@code ""} (a cancellation always has a reason)
 */
public record StatusChange(TaskStatus from, TaskStatus to, Instant at, String note) {
  /** Validates the fields. */
  public StatusChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }
}
