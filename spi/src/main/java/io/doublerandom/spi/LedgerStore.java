package io.doublerandom.spi;

import java.util.List;

/**
 * The append-only ledger of every draw, redraw, failed attempt, replacement, assignment and
 * publication (docs/draw-spec.md section 12; docs/storage.md).
 *
 * <p>Semantics every provider keeps (checked by the testkit's {@code LedgerStoreContract}):
 *
 * <ul>
 *   <li><b>Append-only.</b> There is no update and no delete. An entry, once appended, is returned
 *       byte for byte by every later read.
 *   <li><b>Compare-and-append.</b> {@link #append} succeeds only if the caller's expected head is
 *       still the head; of two writers appending against the same head exactly one succeeds, the
 *       other gets a {@link VersionConflictException} (kind {@code "ledger"}, versions are
 *       ledger sizes) and nothing of its entry is written. Inside a unit of work
 *       ({@link Storage#inTransaction}) the entry becomes visible to others only at commit, and
 *       disappears if the unit of work fails.
 *   <li><b>Idempotent re-entry.</b> Appending an entry identical (byte for byte, same sequence)
 *       to the one already stored at its sequence is a no-op that returns the stored entry, so a
 *       caller that lost the answer of a successful append may retry it.
 *   <li><b>Paged reads.</b> {@link #page} returns at most {@code limit} entries; a ledger is never
 *       loaded as one list by the store.
 *   <li>A store does not verify hashes or chain links; the core library does, on every read.
 * </ul>
 */
public interface LedgerStore {
  /** The current head ({@link LedgerHead#EMPTY} for an empty ledger). */
  LedgerHead head();

  /**
   * Appends {@code entry} if {@code expected} is still the head.
   *
   * @param expected the head the caller based the entry on
   * @param entry the entry; its sequence must be {@code expected.sequence() + 1} and its previous
   *     hash {@code expected.hash()}
   * @return the new head
   * @throws VersionConflictException if the head moved on (nothing was written)
   * @throws IllegalArgumentException if the entry does not follow {@code expected}
   */
  LedgerHead append(LedgerHead expected, StoredLedgerEntry entry);

  /**
   * The entries from {@code fromSequence} on, in sequence order, at most {@code limit} of them
   * (an empty list past the end).
   *
   * @throws IllegalArgumentException if {@code fromSequence < 0} or {@code limit < 1}
   */
  List<StoredLedgerEntry> page(long fromSequence, int limit);

  /**
   * The entries of one task, in sequence order (a task has few entries: its draw, redraws,
   * replacements, assignment and publications).
   */
  List<StoredLedgerEntry> entriesOfTask(String task);

  /** Checks an entry against the head it is appended to; for providers. */
  static void checkFollows(LedgerHead expected, StoredLedgerEntry entry) {
    if (entry.sequence() != expected.nextSequence()) {
      throw new IllegalArgumentException("ledger entry has sequence " + entry.sequence()
          + " but the expected head " + expected + " is followed by sequence "
          + expected.nextSequence());
    }
    if (!entry.previousHash().equals(expected.hash())) {
      throw new IllegalArgumentException("ledger entry " + entry.sequence() + " links to "
          + entry.previousHash() + " but the expected head's hash is " + expected.hash());
    }
  }
}
