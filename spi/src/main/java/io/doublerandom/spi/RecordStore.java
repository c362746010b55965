package io.doublerandom.spi;

import java.util.List;
import java.util.Optional;

/**
 * Draw and assignment records, content-addressed by the SHA-256 of their bytes.
 *
 * <ul>
 *   <li><b>Immutable, idempotent.</b> {@link #put} of a record whose hash is already stored is a
 *       no-op (returns {@code false}); there is no update and no delete. A put whose hash is
 *       stored with different bytes or columns is refused with {@link IllegalStateException}
 *       (it can only be a corrupted store or a caller that computed the hash wrongly).
 *   <li>A store does not recompute hashes; the core library checks, on every read, that the bytes
 *       hash to the address and that the columns match the content.
 *   <li>Inside a unit of work the record is visible to others only at commit.
 * </ul>
 */
public interface RecordStore {
  /**
   * Stores a record.
   *
   * @return {@code true} if it was new, {@code false} if the identical record was already stored
   */
  boolean put(StoredRecord record);

  /** The record with this hash, if stored. */
  Optional<StoredRecord> get(String hash);

  /** The records of a task, in the order they were first stored. */
  List<StoredRecord> byTask(String task);
}
