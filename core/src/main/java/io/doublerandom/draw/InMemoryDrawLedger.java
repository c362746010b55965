package io.doublerandom.draw;

import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link DrawLedger}: a synchronized list. */
final class InMemoryDrawLedger implements DrawLedger {
  private final List<LedgerEntry> entries = new ArrayList<>();

  @Override
  public synchronized LedgerAppend append(DrawAttempt attempt) {
    Optional<String> refusal = DrawLedger.refusal(entries(attempt.task()), attempt);
    if (refusal.isPresent()) {
      return new LedgerAppend.Refused(refusal.get());
    }
    String previous = entries.isEmpty() ? LedgerEntry.GENESIS
        : entries.get(entries.size() - 1).hash();
    LedgerEntry entry = LedgerEntry.create(entries.size(), previous, attempt);
    entries.add(entry);
    return new LedgerAppend.Appended(entry);
  }

  @Override
  public synchronized LedgerAppend append(DrawAttempt attempt, LedgerHead expected) {
    LedgerHead head = head();
    if (!head.equals(expected)) {
      throw new VersionConflictException("ledger", "head " + head,
          expected.size(), head.size());
    }
    return append(attempt);
  }

  @Override
  public synchronized LedgerHead head() {
    if (entries.isEmpty()) {
      return LedgerHead.EMPTY;
    }
    LedgerEntry last = entries.get(entries.size() - 1);
    return new LedgerHead(last.sequence(), last.hash());
  }

  @Override
  public synchronized List<LedgerEntry> entries() {
    return List.copyOf(entries);
  }
}
