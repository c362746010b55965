package io.doublerandom.spi;

import java.util.Optional;

/**
 * The status of each task, the versioned record the draw's unit of work updates together with the
 * record and the ledger entry. It follows the pattern every mutable store of the SPI follows
 * (docs/storage.md, "The versioned-record pattern"):
 *
 * <ul>
 *   <li>a record that does not exist has version 0; the first save is made against version 0 and
 *       stores version 1; each change increments the version;
 *   <li>a save against any other version than the stored one throws {@link
 *       VersionConflictException} naming the task and both versions, and writes nothing;
 *   <li>a save whose content equals the stored content is a no-op returning the stored record
 *       (whatever expected version it carries), so a retried save does not conflict with itself.
 * </ul>
 */
public interface TaskStatusStore {
  /** The task's status, if one was saved. */
  Optional<TaskStatus> get(String task);

  /**
   * Saves the task's status.
   *
   * @param expectedVersion the version the caller read (0 if there was none)
   * @return the stored status
   * @throws VersionConflictException if the stored version is not {@code expectedVersion}
   */
  TaskStatus save(String task, String status, long expectedVersion);
}
