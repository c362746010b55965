package io.doublerandom.spi;

import java.util.Objects;

/**
 * The status of an inspection task as far as storage needs it (the campaign's task store holds the
 * task itself): a token and an optimistic-concurrency version.
 *
 * @param task the task number
 * @param status {@code drawn}, {@code assigned}, {@code published}, or a token the campaign
 *     defines
 * @param version 1 for the first saved status, incremented by every change
 */
public record TaskStatus(String task, String status, long version) {
  /** Validates the fields. */
  public TaskStatus {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(status, "status");
    if (version < 1) {
      throw new IllegalArgumentException("task status version must be 1 or more, got " + version);
    }
  }
}
