package io.doublerandom.draw;

import java.util.List;

/**
 * What a {@link DrawSession} did with an attempt: drew (and logged it), failed (and logged the
 * failure with its reason), or was refused by the ledger (and wrote nothing).
 *
 * @param <R> the record type, {@link DrawRecord} or {@link JointDrawRecord}
 */
public sealed interface DrawOutcome<R> {
  /**
   * The attempt succeeded; the record may be published.
   *
   * @param record the record
   * @param entries the ledger entries appended (one per task)
   */
  record Drawn<R>(R record, List<LedgerEntry> entries) implements DrawOutcome<R> {
    /** Copies the list. */
    public Drawn {
      entries = List.copyOf(entries);
    }
  }

  /**
   * The attempt failed (seed material rejected, manifest not matching the population, no
   * alternate left, …); nothing may be published, and the failure is in the ledger.
   *
   * @param reason why, with every problem
   * @param entries the ledger entries appended (one per task)
   */
  record Failed<R>(String reason, List<LedgerEntry> entries) implements DrawOutcome<R> {
    /** Copies the list. */
    public Failed {
      entries = List.copyOf(entries);
    }
  }

  /**
   * The ledger refused the attempt (a redraw without a reason or with a seed already used, a
   * replacement in a record that is not the latest draw); nothing was drawn or written.
   *
   * @param reason why
   */
  record Refused<R>(String reason) implements DrawOutcome<R> {}

  /**
   * The record of a successful attempt.
   *
   * @throws IllegalStateException naming the reason if the attempt failed or was refused
   */
  default R orElseThrow() {
    if (this instanceof Drawn<R> d) {
      return d.record();
    }
    String reason = this instanceof Failed<R> f ? "failed: " + f.reason()
        : "refused: " + ((Refused<R>) this).reason();
    throw new IllegalStateException("the draw attempt " + reason);
  }
}
