package io.doublerandom.spi;

import java.util.Optional;

/**
 * The stores of one storage, as seen by one unit of work (or auto-committing, outside one). One
 * store per aggregate. Further stores (the campaign's {@code PlanStore}, {@code TaskStore},
 * {@code ResultStore}, {@code FollowUpStore}) are looked up by type with {@link #store}, so that a
 * provider offering them takes part in the same unit of work without this interface changing.
 */
public interface Stores {
  /** The ledger. */
  LedgerStore ledger();

  /** Draw and assignment records. */
  RecordStore records();

  /** Task statuses. */
  TaskStatusStore taskStatuses();

  /** Checklists and claims. */
  ChecklistStore checklists();

  /** Directory snapshots. */
  DirectoryStore directories();

  /**
   * A further store this provider offers, for example {@code store(PlanStore.class)}; empty if it
   * offers none of that type.
   */
  default <S> Optional<S> store(Class<S> type) {
    return Optional.empty();
  }
}
