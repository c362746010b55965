package io.doublerandom.spi;

import java.util.Objects;

/**
 * A frozen directory snapshot: what a draw refers to by digest.
 *
 * @param digest the snapshot digest (64 lowercase hex digits; docs/storage.md gives its formula)
 * @param kind which directory
 * @param count the number of members
 */
public record SnapshotInfo(String digest, DirectoryKind kind, long count) {
  /** Validates the fields. */
  public SnapshotInfo {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(kind, "kind");
    if (!LedgerHead.isHash(digest)) {
      throw new IllegalArgumentException(
          "snapshot digest must be 64 lowercase hex digits, got '" + digest + "'");
    }
    if (count < 0) {
      throw new IllegalArgumentException("snapshot member count must be 0 or more, got " + count);
    }
  }
}
