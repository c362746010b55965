package io.doublerandom.spi;

import java.util.List;

/**
 * A directory snapshot being imported: members are added in batches (streamed, never held as one
 * list), then the snapshot is committed under its digest or aborted. Until {@link #commit} the
 * snapshot is invisible to every reader; a process that dies mid-import leaves no visible
 * snapshot (a provider may leave staged rows behind, which {@link DirectoryStore#discardUnfinished}
 * removes). Closing an import that was not committed aborts it. Not thread-safe: one import is
 * written by one thread.
 */
public interface SnapshotImport extends AutoCloseable {
  /** Which directory this snapshot is of. */
  DirectoryKind kind();

  /**
   * Adds a batch of members. A provider may write them at once (in their own transaction).
   *
   * @throws IllegalArgumentException if an id occurs twice (in the batch or with an earlier
   *     batch; a provider may report a repeat of an earlier batch's id only at {@link #commit})
   */
  void add(List<DirectoryMember> batch);

  /** The number of members added so far. */
  long count();

  /**
   * The staged members after {@code afterId} (exclusive; "" for the first page) in the unsigned
   * UTF-8 byte order of their ids, at most {@code limit}: the core library reads them back to
   * compute the digest before it commits.
   */
  List<DirectoryMember> staged(String afterId, int limit);

  /**
   * Makes the snapshot visible under {@code digest}, atomically. If a snapshot with this digest
   * already exists, the staged members are discarded and the existing snapshot is returned
   * (idempotent re-entry).
   *
   * @throws IllegalStateException if the import was already committed or aborted
   */
  SnapshotInfo commit(String digest);

  /** Discards the staged members; nothing becomes visible. Idempotent. */
  void abort();

  /** Aborts the import unless it was committed. */
  @Override
  void close();
}
