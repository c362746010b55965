package io.doublerandom.ledger;

import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.TaskStatus;
import java.util.List;

/**
 * What a {@link Recorder} call did: recorded (the entries appended, the new head, the task
 * statuses), or refused by the ledger's rules with nothing written.
 */
public sealed interface Recorded {
  /**
   * Everything was committed in one unit of work.
   *
   * @param entries the ledger entries appended, in order
   * @param head the ledger head after them (what a publication names)
   * @param statuses the task statuses saved
   */
  record Committed(List<LedgerEntry> entries, LedgerHead head, List<TaskStatus> statuses)
      implements Recorded {
    /** Copies the lists. */
    public Committed {
      entries = List.copyOf(entries);
      statuses = List.copyOf(statuses);
    }
  }

  /**
   * Refused; nothing was written.
   *
   * @param reason why, naming the task
   */
  record Refused(String reason) implements Recorded {}
}
