package io.doublerandom.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * One ledger entry as a store keeps it: its canonical bytes (docs/draw-spec.md section 12: the
 * bytes whose SHA-256 is the entry hash) plus the columns a store needs to find it. A store keeps
 * and returns exactly these bytes; it does not interpret them. The core library encodes and
 * decodes them and checks, on every read, that the bytes hash to {@link #hash()} and that the
 * chain links; a store never has to be trusted for integrity.
 *
 * @param sequence position in the ledger, from 0
 * @param previousHash hash of the entry before (64 zeros for entry 0)
 * @param hash SHA-256 of {@code content} (64 lowercase hex digits)
 * @param kind the entry's kind token ({@code drawn}, {@code failed}, {@code replaced},
 *     {@code assigned}, {@code published})
 * @param task the task number the entry belongs to
 * @param content the canonical bytes (copied in and out)
 */
public record StoredLedgerEntry(long sequence, String previousHash, String hash, String kind,
    String task, byte[] content) {
  /** Validates the fields and copies the bytes. */
  public StoredLedgerEntry {
    if (sequence < 0) {
      throw new IllegalArgumentException("ledger entry sequence must be 0 or more, got "
          + sequence);
    }
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(content, "content");
    content = content.clone();
  }

  /** A copy of the canonical bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The head this entry makes when it is the last entry. */
  public LedgerHead head() {
    return new LedgerHead(sequence, hash);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredLedgerEntry e && e.sequence == sequence
        && e.previousHash.equals(previousHash) && e.hash.equals(hash) && e.kind.equals(kind)
        && e.task.equals(task) && Arrays.equals(e.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, hash);
  }

  @Override
  public String toString() {
    return "StoredLedgerEntry[" + sequence + " " + kind + " " + task + " " + hash + "]";
  }
}
