package io.doublerandom.ledger;

import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.DrawLedger;
import io.doublerandom.draw.LedgerAppend;
import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.LedgerStore;
import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StoredLedgerEntry;
import io.doublerandom.spi.Stores;
import io.doublerandom.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ledger of a {@link Storage}, read with its chain verified: every full read ({@link
 * #entries()}, {@link #verify()}, {@link #forEach}) rechecks every entry's hash, its columns, the
 * sequence numbers, the links and the store's head, and reports a changed, removed, reordered or
 * inserted entry by its sequence number; a task read ({@link #entries(String)}) checks each entry
 * it returns and its link to the entry before it. Appends are compare-and-append.
 */
public final class Ledger {
  /** Entries per page when reading the whole ledger. */
  static final int PAGE = 1000;

  private final Storage storage;

  private Ledger(Storage storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
  }

  /** The ledger of {@code storage}. */
  public static Ledger of(Storage storage) {
    return new Ledger(storage);
  }

  /** The head: what a publication names. */
  public LedgerHead head() {
    return storage.stores().ledger().head();
  }

  /** Every problem of the chain, in sequence order (empty when intact). */
  public List<LedgerProblem> verify() {
    return verify(storage.stores().ledger(), e -> { });
  }

  /**
   * Every problem of the chain, and whether it contains {@code published} (a head published
   * earlier): a ledger whose tail was cut off or rewritten after the publication no longer has
   * that entry.
   */
  public List<LedgerProblem> verify(LedgerHead published) {
    LedgerStore store = storage.stores().ledger();
    List<LedgerProblem> problems = new ArrayList<>(verify(store, e -> { }));
    if (published.sequence() >= 0) {
      List<StoredLedgerEntry> at = store.page(published.sequence(), 1);
      if (at.isEmpty() || at.get(0).sequence() != published.sequence()) {
        problems.add(new LedgerProblem(published.sequence(), "the published head " + published
            + " is not in the ledger: it has no entry " + published.sequence()
            + " (the tail was cut off)"));
      } else if (!at.get(0).hash().equals(published.hash())) {
        problems.add(new LedgerProblem(published.sequence(), "the published head " + published
            + " is not in the ledger: entry " + published.sequence() + " now hashes to "
            + at.get(0).hash() + " (the tail was rewritten)"));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Every problem of the chain ({@link #verify()}) and of the records it names: each {@code
   * drawn}, {@code replaced} and {@code assigned} entry's record must be stored and check out
   * (bytes hashing to the address, columns matching the content). The full audit an operator
   * runs after a restore, a crash or a suspicion.
   */
  public List<LedgerProblem> audit() {
    List<LedgerProblem> problems = new ArrayList<>();
    java.util.Set<String> checked = new java.util.HashSet<>();
    problems.addAll(verify(storage.stores().ledger(), e -> {
      DrawAttempt.Outcome o = e.attempt().outcome();
      String hash = e.attempt().recordHash();
      if (o == DrawAttempt.Outcome.FAILED || o == DrawAttempt.Outcome.PUBLISHED
          || !checked.add(hash)) {
        return;
      }
      try {
        if (Records.get(storage.stores().records(), hash).isEmpty()) {
          problems.add(new LedgerProblem(e.sequence(), "entry " + e.sequence() + " names record "
              + hash + " which is not stored (removed, or its address was changed)"));
        }
      } catch (LedgerIntegrityException ex) {
        for (LedgerProblem p : ex.problems()) {
          problems.add(new LedgerProblem(e.sequence(), "entry " + e.sequence() + ": "
              + p.message()));
        }
      }
    }));
    return List.copyOf(problems);
  }

  /**
   * Every entry, verified.
   *
   * @throws LedgerIntegrityException listing every problem, if the chain does not verify
   */
  public List<LedgerEntry> entries() {
    List<LedgerEntry> out = new ArrayList<>();
    forEach(out::add);
    return List.copyOf(out);
  }

  /**
   * Streams every entry to {@code action}, page by page, then throws if anything was wrong (the
   * action has then seen only the entries that checked out).
   *
   * @throws LedgerIntegrityException listing every problem
   */
  public void forEach(Consumer<LedgerEntry> action) {
    List<LedgerProblem> problems = verify(storage.stores().ledger(), action);
    if (!problems.isEmpty()) {
      throw new LedgerIntegrityException(problems);
    }
  }

  /** The entries of one task, each checked with its link to the entry before. */
  public List<LedgerEntry> entries(String task) {
    return entriesOfTask(storage.stores().ledger(), task);
  }

  /**
   * A {@link DrawLedger} on this storage, for {@link io.doublerandom.draw.DrawSession}: every
   * append runs in one unit of work (read the task's entries, apply the ledger's rules,
   * compare-and-append).
   */
  public DrawLedger drawLedger() {
    return new StoredDrawLedger(this);
  }

  Storage storage() {
    return storage;
  }

  static List<LedgerProblem> verify(LedgerStore store, Consumer<LedgerEntry> sink) {
    LedgerHead head = store.head();
    LedgerCodec.ChainCheck check = new LedgerCodec.ChainCheck(sink);
    long from = 0;
    while (true) {
      List<StoredLedgerEntry> page = store.page(from, PAGE);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(check);
      long last = page.get(page.size() - 1).sequence();
      if (last < from) {
        break;
      }
      from = last + 1;
    }
    return check.finish(head);
  }

  static List<LedgerEntry> entriesOfTask(LedgerStore store, String task) {
    List<LedgerProblem> problems = new ArrayList<>();
    List<LedgerEntry> out = new ArrayList<>();
    for (StoredLedgerEntry e : store.entriesOfTask(task)) {
      Optional<LedgerEntry> decoded = LedgerCodec.check(e, problems);
      String expectedPrevious = LedgerHead.GENESIS;
      if (e.sequence() > 0) {
        List<StoredLedgerEntry> before = store.page(e.sequence() - 1, 1);
        if (before.isEmpty() || before.get(0).sequence() != e.sequence() - 1) {
          problems.add(new LedgerProblem(e.sequence() - 1, "entry " + (e.sequence() - 1)
              + " is missing (removed)"));
          continue;
        }
        expectedPrevious = before.get(0).hash();
      }
      if (!e.previousHash().equals(expectedPrevious)) {
        problems.add(new LedgerProblem(e.sequence(), "entry " + e.sequence() + " links to "
            + e.previousHash() + " but the entry before it hashes to " + expectedPrevious));
      }
      if (decoded.isPresent() && !decoded.get().attempt().task().equals(task)) {
        problems.add(new LedgerProblem(e.sequence(), "entry " + e.sequence()
            + " was returned for task " + task + " but is of task "
            + decoded.get().attempt().task()));
      }
      decoded.ifPresent(out::add);
    }
    if (!problems.isEmpty()) {
      throw new LedgerIntegrityException(problems);
    }
    return List.copyOf(out);
  }

  /**
   * Applies the ledger's rules and appends inside the caller's unit of work: the attempt is
   * refused (a value) or appended against the current head (a {@link VersionConflictException} if
   * another writer appended in between).
   */
  static LedgerAppend append(Stores stores, DrawAttempt attempt) {
    LedgerStore store = stores.ledger();
    LedgerHead head = store.head();
    return append(stores, attempt, head);
  }

  static LedgerAppend append(Stores stores, DrawAttempt attempt, LedgerHead expected) {
    LedgerStore store = stores.ledger();
    List<LedgerEntry> earlier = entriesOfTask(store, attempt.task());
    Optional<String> refusal = DrawLedger.refusal(earlier, attempt);
    if (refusal.isPresent()) {
      return new LedgerAppend.Refused(refusal.get());
    }
    LedgerEntry entry = LedgerEntry.of(expected.nextSequence(), expected.hash(), attempt);
    store.append(expected, LedgerCodec.toStored(entry));
    return new LedgerAppend.Appended(entry);
  }
}
