package io.doublerandom.draw;

/** The outcome of appending an attempt to a {@link DrawLedger}: appended, or refused and why. */
public sealed interface LedgerAppend {
  /**
   * The attempt was appended.
   *
   * @param entry the new entry
   */
  record Appended(LedgerEntry entry) implements LedgerAppend {}

  /**
   * The attempt was refused and nothing was written.
   *
   * @param reason why, naming the task
   */
  record Refused(String reason) implements LedgerAppend {}
}
