package io.doublerandom.spi;

import io.doublerandom.model.task.InspectionTask;
import java.util.List;
import java.util.Optional;

/**
 * Where inspection tasks are kept (the current version of each).
 *
 * <p>Optimistic concurrency as in {@link PlanStore}: saving version {@code v} needs version {@code
 * v - 1} stored (nothing for {@code v = 1}); saving the stored content again is a no-op; otherwise
 * a {@link VersionConflictException}. A task number belongs to one task id only: saving a second
 * task with a number already held by another id, or changing a task's number, is an {@link
 * IllegalArgumentException}.
 * Implementations are safe for concurrent use. The in-memory default is {@code
 * io.doublerandom.task.InMemoryTaskStore}.
 */
public interface TaskStore {
  /**
   * Saves {@code task} as the next version of its id, or does nothing if the stored version has
   * the same content.
   *
   * @return the task as stored
   * @throws VersionConflictException if the stored version is not {@code task.version() - 1}
   * @throws IllegalArgumentException if another task holds the same number
   */
  InspectionTask save(InspectionTask task);

  /** The task with this id. */
  Optional<InspectionTask> find(String id);

  /** The task with this number. */
  Optional<InspectionTask> findByNumber(String number);

  /** Every task, in id order. */
  List<InspectionTask> all();
}
