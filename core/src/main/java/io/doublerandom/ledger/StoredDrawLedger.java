package io.doublerandom.ledger;

import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.DrawLedger;
import io.doublerandom.draw.LedgerAppend;
import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.spi.LedgerHead;
import java.util.List;

/** A {@link DrawLedger} kept in a storage's ledger store. */
final class StoredDrawLedger implements DrawLedger {
  private final Ledger ledger;

  StoredDrawLedger(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public LedgerAppend append(DrawAttempt attempt) {
    return ledger.storage().inTransaction(s -> Ledger.append(s, attempt));
  }

  @Override
  public LedgerAppend append(DrawAttempt attempt, LedgerHead expected) {
    return ledger.storage().inTransaction(s -> Ledger.append(s, attempt, expected));
  }

  @Override
  public List<LedgerEntry> entries() {
    return ledger.entries();
  }

  @Override
  public List<LedgerEntry> entries(String task) {
    return ledger.entries(task);
  }

  @Override
  public LedgerHead head() {
    return ledger.head();
  }

  @Override
  public List<String> verifyChain() {
    return ledger.verify().stream().map(LedgerProblem::message).toList();
  }
}
