package io.doublerandom.draw;

import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An append-only, hash-chained log of every draw attempt: draws, redraws, failed attempts and
 * replacements. Each entry carries the hash of the one before, so removing, reordering or editing
 * an entry breaks the chain ({@link #verifyChain()}). A redraw of a task already drawn is refused
 * unless it comes with a reason and a seed different from every earlier draw of that task;
 * nothing is ever overwritten.
 *
 * <p>{@link #inMemory()} is the default; {@code io.doublerandom.ledger.Ledger#drawLedger()}
 * keeps the same entries in any {@link io.doublerandom.spi.Storage} (in memory, H2, PostgreSQL).
 */
public interface DrawLedger {
  /** Appends an attempt, or refuses it (a redraw without a reason or with a reused seed). */
  LedgerAppend append(DrawAttempt attempt);

  /**
   * Appends an attempt only if {@code expected} is still the head (compare-and-append), so that
   * of two writers who read the same head only one succeeds; or refuses it as {@link
   * #append(DrawAttempt)} does.
   *
   * @throws VersionConflictException if the head is no longer {@code expected} (kind {@code
   *     "ledger"}, versions are ledger sizes); nothing was written
   */
  LedgerAppend append(DrawAttempt attempt, LedgerHead expected);

  /** The head: the sequence number and hash of the last entry ({@link LedgerHead#EMPTY}). */
  default LedgerHead head() {
    List<LedgerEntry> all = entries();
    return all.isEmpty() ? LedgerHead.EMPTY
        : new LedgerHead(all.get(all.size() - 1).sequence(), all.get(all.size() - 1).hash());
  }

  /** Every entry, in order. */
  List<LedgerEntry> entries();

  /** The entries of one task, in order. */
  default List<LedgerEntry> entries(String task) {
    return entries().stream().filter(e -> e.attempt().task().equals(task)).toList();
  }

  /** Every problem of the chain (an empty list when intact). */
  default List<String> verifyChain() {
    return checkChain(entries());
  }

  /** A new, empty, thread-safe in-memory ledger. */
  static DrawLedger inMemory() {
    return new InMemoryDrawLedger();
  }

  /**
   * Checks a sequence of entries: sequence numbers 0, 1, 2, …; the first previous hash is {@link
   * LedgerEntry#GENESIS}; each previous hash is the hash of the entry before; each hash matches
   * the entry's content. Lists every problem.
   */
  static List<String> checkChain(List<LedgerEntry> entries) {
    List<String> problems = new ArrayList<>();
    String previous = LedgerEntry.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      if (e.sequence() != i) {
        problems.add("entry " + i + " has sequence number " + e.sequence());
      }
      if (!e.previousHash().equals(previous)) {
        problems.add("entry " + i + " (task " + e.attempt().task() + ") links to " 
            + e.previousHash() + " but the entry before hashes to " + previous);
      }
      String recomputed = e.recomputeHash();
      if (!recomputed.equals(e.hash())) {
        problems.add("entry " + i + " (task " + e.attempt().task() + ") was altered: its hash is "
            + e.hash() + " but its content hashes to " + recomputed);
      }
      previous = e.hash();
    }
    return problems;
  }

  /**
   * Why {@code attempt} may not follow {@code earlier} (the entries of its task), if it may not:
   * the rule every implementation applies. A draw of a task already drawn needs a reason and a seed
   * different from every earlier draw of the task; a replacement needs an earlier draw and must
   * carry the seed of the latest one.
   */
  static Optional<String> refusal(List<LedgerEntry> earlier, DrawAttempt attempt) {
    List<DrawAttempt> draws = earlier.stream().map(LedgerEntry::attempt)
        .filter(a -> a.outcome() == DrawAttempt.Outcome.DRAWN).toList();
    switch (attempt.outcome()) {
      case DRAWN -> {
        if (draws.isEmpty()) {
          return Optional.empty();
        }
        if (attempt.reason().isEmpty()) {
          return Optional.of("task " + attempt.task()
              + " was already drawn; a redraw needs a recorded reason");
        }
        for (DrawAttempt d : draws) {
          if (d.seed().equals(attempt.seed())) {
            return Optional.of("task " + attempt.task() + " was already drawn with seed "
                + d.seed() + "; a redraw needs a new seed");
          }
        }
        return Optional.empty();
      }
      case REPLACED -> {
        if (draws.isEmpty()) {
          return Optional.of("task " + attempt.task() + " has no draw to replace in");
        }
        DrawAttempt last = draws.get(draws.size() - 1);
        if (!last.seed().equals(attempt.seed())) {
          return Optional.of("a replacement in task " + attempt.task()
              + " must refer to its latest draw (seed " + last.seed() + "), not seed "
              + attempt.seed());
        }
        return Optional.empty();
      }
      case ASSIGNED -> {
        if (draws.isEmpty()) {
          return Optional.of("task " + attempt.task() + " has no draw to assign inspectors to");
        }
        return Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
