package io.doublerandom.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A published record as a store keeps it: its exact file bytes, addressed by their SHA-256 (the
 * record hash that ledger entries carry), plus the columns needed to find it. Records are
 * immutable: a changed record (for example after a replacement) is a new record with a new hash.
 *
 * @param kind {@code draw}, {@code joint-draw} or {@code assignment}
 * @param hash SHA-256 of {@code content} as 64 lowercase hex digits
 * @param task the task number (for a joint draw: the joint event; see docs/storage.md)
 * @param content the record file's bytes (copied in and out)
 */
public record StoredRecord(String kind, String hash, String task, byte[] content) {
  /** Validates the fields and copies the bytes. */
  public StoredRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(content, "content");
    if (!LedgerHead.isHash(hash)) {
      throw new IllegalArgumentException(
          "record hash must be 64 lowercase hex digits, got '" + hash + "'");
    }
    content = content.clone();
  }

  /** A copy of the bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredRecord r && r.kind.equals(kind) && r.hash.equals(hash)
        && r.task.equals(task) && Arrays.equals(r.content, content);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return "StoredRecord[" + kind + " " + task + " " + hash + ", " + content.length + " bytes]";
  }
}
