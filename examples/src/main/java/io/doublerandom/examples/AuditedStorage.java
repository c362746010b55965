package io.doublerandom.examples;

import io.doublerandom.spi.Storage;
import io.doublerandom.spi.Stores;
import io.doublerandom.spi.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An integrator's own {@link Storage}: here one that wraps another storage and counts the units
 * of work committed and rolled back (a platform would put its database behind the same
 * interfaces). {@code StorageContractExampleTest} proves it keeps the storage contract by running
 * the testkit's {@code StorageContract} against it.
 */
public final class AuditedStorage implements Storage {
  private final Storage inner;
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong rolledBack = new AtomicLong();

  /** Wraps {@code inner}. */
  public AuditedStorage(Storage inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  @Override
  public Stores stores() {
    return inner.stores();
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    try {
      T result = inner.inTransaction(work);
      committed.incrementAndGet();
      return result;
    } catch (RuntimeException e) {
      rolledBack.incrementAndGet();
      throw e;
    }
  }

  /** Units of work committed so far. */
  public long committed() {
    return committed.get();
  }

  /** Units of work rolled back so far. */
  public long rolledBack() {
    return rolledBack.get();
  }

  @Override
  public String description() {
    return "audited " + inner.description();
  }

  @Override
  public void close() {
    inner.close();
  }
}
