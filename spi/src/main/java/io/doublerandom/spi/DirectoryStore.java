package io.doublerandom.spi;

import java.util.List;
import java.util.Optional;

/**
 * Snapshots of the entity, inspector and authority directories. A snapshot is frozen: once
 * committed under its digest its members never change, so a draw that names the digest names
 * exactly one population. Directories of millions are imported in batches ({@link #begin}) and
 * read in pages ({@link #members}); no call loads a whole directory as one list.
 *
 * <p>Ids are ordered by their unsigned UTF-8 bytes everywhere (the order of docs/draw-spec.md),
 * not by a database collation.
 */
public interface DirectoryStore {
  /** Starts importing a snapshot of {@code kind}. */
  SnapshotImport begin(DirectoryKind kind);

  /** The committed snapshot with this digest, if any. */
  Optional<SnapshotInfo> snapshot(String digest);

  /** The committed snapshots of a directory, in the order they were committed. */
  List<SnapshotInfo> snapshots(DirectoryKind kind);

  /**
   * The members of a committed snapshot after {@code afterId} (exclusive; "" for the first page)
   * in the unsigned UTF-8 byte order of their ids, at most {@code limit}.
   *
   * @throws java.util.NoSuchElementException if no snapshot has this digest
   */
  List<DirectoryMember> members(String digest, String afterId, int limit);

  /** One member of a committed snapshot. */
  Optional<DirectoryMember> member(String digest, String id);

  /**
   * Removes what unfinished imports (aborted, or left by a process that died) staged. Call it
   * when no import is running (an embedded H2 database, held by one process, calls it when it
   * opens).
   *
   * @return the number of unfinished imports removed
   */
  int discardUnfinished();
}
