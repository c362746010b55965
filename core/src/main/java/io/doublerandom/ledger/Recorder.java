package io.doublerandom.ledger;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.LedgerAppend;
import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.internal.Codec;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StoredRecord;
import io.doublerandom.spi.Stores;
import io.doublerandom.spi.TaskStatus;
import io.doublerandom.spi.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Records what happened to a task in one unit of work each: the record (content-addressed), the
 * ledger entry (compare-and-append against the head read in the same unit of work) and the task's
 * status commit together or not at all.
 *
 * <p>A task status is {@code <kind>@<sequence>}: the kind of the ledger entry that set it and that
 * entry's sequence number ({@code drawn@0}, {@code assigned@7}, {@code published@9}), so every
 * change gives a new version. A draw or redraw names the task status version the caller read
 * before drawing; if the task changed meanwhile the draw fails with a {@link
 * VersionConflictException} naming the task and both versions, and nothing is written. Of any
 * number of concurrent draws of one task, on any provider, exactly one is recorded.
 */
public final class Recorder {
  private final Storage storage;

  private Recorder(Storage storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
  }

  /** A recorder writing to {@code storage}. */
  public static Recorder of(Storage storage) {
    return new Recorder(storage);
  }

  /** The task's status version now (0 if it has none): what a draw is made against. */
  public long taskVersion(String task) {
    return storage.stores().taskStatuses().get(task).map(TaskStatus::version).orElse(0L);
  }

  /**
   * Records the first draw of a task.
   *
   * @param expectedTaskVersion the task status version read before drawing ({@link #taskVersion})
   * @throws VersionConflictException if the task's status moved on, or another writer appended to
   *     the ledger in between; nothing was written
   */
  public Recorded draw(DrawRecord record, long expectedTaskVersion, Instant at) {
    Objects.requireNonNull(record, "record");
    return single(record.manifest().task(), expectedTaskVersion, Records.stored(record),
        DrawAttempt.drawn(record, at), false);
  }

  /**
   * Records a redraw of a task already drawn: a reason from the documented list plus free text,
   * and a seed never used for the task. The ledger keeps both attempts; a task whose draw was
   * published cannot be redrawn.
   */
  public Recorded redraw(DrawRecord record, RedrawReason reason, String text,
      long expectedTaskVersion, Instant at) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    return single(record.manifest().task(), expectedTaskVersion, Records.stored(record),
        DrawAttempt.redrawn(record, reason.reasonText(text), at), true);
  }

  /** Records a replacement made in {@code updated} (its last replacement). */
  public Recorded replacement(DrawRecord updated, Instant at) {
    Objects.requireNonNull(updated, "updated");
    return run(s -> {
      s.records().put(Records.stored(updated));
      LedgerEntry e = append(s, DrawAttempt.replaced(updated, at));
      return committed(s, List.of(e), List.of());
    });
  }

  /**
   * Records an assignment: its record, one {@code assigned} entry per task of its visits (in
   * task order), each task's status {@code assigned@<sequence>}. Every task must have been drawn.
   */
  public Recorded assignment(AssignmentRecord record, Instant at) {
    Objects.requireNonNull(record, "record");
    TreeSet<String> tasks = new TreeSet<>(Codec.UTF8_ORDER);
    record.visits().forEach(v -> tasks.add(v.task()));
    if (tasks.isEmpty()) {
      return new Recorded.Refused("assignment " + record.manifest().assignment()
          + " has no visits to record");
    }
    StoredRecord stored = Records.stored(record);
    return run(s -> {
      s.records().put(stored);
      List<LedgerEntry> entries = new ArrayList<>();
      List<TaskStatus> statuses = new ArrayList<>();
      for (String task : tasks) {
        LedgerEntry e = append(s, new DrawAttempt(task, DrawAttempt.Outcome.ASSIGNED,
            record.manifestHash(), record.seed(), stored.hash(), "", at));
        entries.add(e);
        statuses.add(saveStatus(s, task, e, currentVersion(s, task)));
      }
      return committed(s, entries, statuses);
    });
  }

  /**
   * Records a publication about a task: a {@code published} entry carrying the SHA-256 of the
   * published document and what it is (for example {@code task-announcement}). The returned head
   * is the one to print with the publication.
   */
  public Recorded publication(String task, String documentHash, String what, Instant at) {
    Codec.text("task", task);
    String hash = Codec.hash("document hash", documentHash);
    return run(s -> {
      LedgerEntry e = append(s, new DrawAttempt(task, DrawAttempt.Outcome.PUBLISHED, "", "",
          hash, what, at));
      return committed(s, List.of(e), List.of(saveStatus(s, task, e, currentVersion(s, task))));
    });
  }

  private Recorded single(String task, long expectedTaskVersion, StoredRecord stored,
      DrawAttempt attempt, boolean redraw) {
    return run(s -> {
      Optional<TaskStatus> before = s.taskStatuses().get(task);
      long actual = before.map(TaskStatus::version).orElse(0L);
      if (actual != expectedTaskVersion) {
        throw new VersionConflictException("task status", task, expectedTaskVersion, actual);
      }
      // the status is saved first: of concurrent draws of one task the database lets one save
      // it and fails the others as conflicts, before any of them reads the task's entries
      LedgerHead head = s.ledger().head();
      TaskStatus status = s.taskStatuses().save(task, attempt.outcome().token() + "@"
          + head.nextSequence(), expectedTaskVersion);
      List<LedgerEntry> earlier = Ledger.entriesOfTask(s.ledger(), task);
      boolean drawn = earlier.stream()
          .anyMatch(e -> e.attempt().outcome() == DrawAttempt.Outcome.DRAWN);
      if (redraw && !drawn) {
        throw new Refusal("task " + task + " has not been drawn; draw it instead of redrawing");
      }
      if (!redraw && drawn && drawnSince(before, earlier)) {
        // a draw the status the caller based its change on did not know of: a concurrent draw
        // won (its identical status made this save a no-op), so this is a conflict, not a refusal
        throw new VersionConflictException("task status", task, expectedTaskVersion,
            expectedTaskVersion + 1);
      }
      if (!redraw && drawn) {
        throw new Refusal("task " + task + " was already drawn; a redraw needs a reason from "
            + "the documented list (RedrawReason) and a new seed");
      }
      if (earlier.stream().anyMatch(e -> e.attempt().outcome()
          == DrawAttempt.Outcome.PUBLISHED)) {
        throw new Refusal("task " + task + " has a publication; it cannot be redrawn");
      }
      s.records().put(stored);
      LedgerAppend a = Ledger.append(s, attempt, head);
      if (a instanceof LedgerAppend.Refused r) {
        throw new Refusal(r.reason());
      }
      return committed(s, List.of(((LedgerAppend.Appended) a).entry()), List.of(status));
    });
  }

  /**
   * Whether the task's latest draw entry is later than the one the status read at the start names
   * ({@code <outcome>@<sequence>}): a draw committed by someone else during this unit of work.
   */
  private static boolean drawnSince(Optional<TaskStatus> before, List<LedgerEntry> earlier) {
    long lastDrawn = earlier.stream()
        .filter(e -> e.attempt().outcome() == DrawAttempt.Outcome.DRAWN)
        .mapToLong(LedgerEntry::sequence).max().orElse(-1);
    long known = before.map(t -> {
      int at = t.status().lastIndexOf('@');
      try {
        return at < 0 ? -1L : Long.parseLong(t.status().substring(at + 1));
      } catch (NumberFormatException e) {
        return -1L;
      }
    }).orElse(-1L);
    return lastDrawn > known;
  }

  private static long currentVersion(Stores s, String task) {
    return s.taskStatuses().get(task).map(TaskStatus::version).orElse(0L);
  }

  private static TaskStatus saveStatus(Stores s, String task, LedgerEntry e, long expected) {
    return s.taskStatuses().save(task, e.attempt().outcome().token() + "@" + e.sequence(),
        expected);
  }

  private static LedgerEntry append(Stores s, DrawAttempt attempt) {
    LedgerAppend a = Ledger.append(s, attempt);
    if (a instanceof LedgerAppend.Refused r) {
      throw new Refusal(r.reason());
    }
    return ((LedgerAppend.Appended) a).entry();
  }

  private static Recorded committed(Stores s, List<LedgerEntry> entries,
      List<TaskStatus> statuses) {
    return new Recorded.Committed(entries, s.ledger().head(), statuses);
  }

  private Recorded run(io.doublerandom.spi.UnitOfWork<Recorded> work) {
    try {
      return storage.inTransaction(work);
    } catch (Refusal r) {
      return new Recorded.Refused(r.getMessage());
    }
  }

  /** A refusal raised inside a unit of work so that it rolls back; returned as a value. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message, null, false, false);
    }
  }

  /** The task statuses' tokens, for callers that read them. */
  public static Optional<String> kindOf(TaskStatus status) {
    int at = status.status().indexOf('@');
    return at < 0 ? Optional.empty() : Optional.of(status.status().substring(0, at));
  }
}
