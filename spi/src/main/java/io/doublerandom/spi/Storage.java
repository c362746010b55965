package io.doublerandom.spi;

/**
 * A storage: the stores plus the unit of work that writes several of them atomically (a draw's
 * record, its ledger entry and its task's status commit together or not at all).
 *
 * <ul>
 *   <li>{@link #inTransaction} runs the work in one transaction: when the work returns, all its
 *       writes commit; when it throws (a {@link VersionConflictException}, any runtime exception)
 *       none of them is kept and the exception propagates unchanged. Other threads and processes
 *       never see a part of it.
 *   <li>Calls on {@link #stores()} outside a unit of work each commit on their own.
 *   <li>A unit of work may not start another one ({@link IllegalStateException}).
 *   <li>Directory imports ({@link DirectoryStore#begin}) run in their own transactions (batch by
 *       batch) and are not part of any unit of work.
 *   <li>Thread-safe: any number of threads may run units of work at once; conflicting writes fail
 *       with {@link VersionConflictException}, never silently overwrite each other.
 * </ul>
 */
public interface Storage extends AutoCloseable {
  /** The stores, each call auto-committing. */
  Stores stores();

  /** Runs {@code work} in one transaction. */
  <T> T inTransaction(UnitOfWork<T> work);

  /** A short description for logs, for example {@code "in-memory"} or {@code "jdbc:h2:file:…"}. */
  String description();

  /** Releases connections; the in-memory storage forgets nothing until it is garbage. */
  @Override
  void close();
}
