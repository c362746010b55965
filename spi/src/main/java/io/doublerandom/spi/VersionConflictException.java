package io.doublerandom.spi;

/**
 * A save made against a stale version of a mutable record (optimistic concurrency): somebody else
 * changed the record since the caller read it. Nothing was written; the caller reads the record
 * again and decides. Saving content identical to the stored version is never a conflict (it is a
 * no-op).
 *
 * <p>Every store, in memory or on a database, throws this one type, so that an embedder handles
 * conflicts the same way whatever the provider.
 */
public final class VersionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String recordKind;
  private final String recordId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * @param recordKind what kind of record (for example {@code "plan"}, {@code "result"})
   * @param recordId the record's stable id
   * @param expectedVersion the version the caller based its change on
   * @param actualVersion the version the store holds (0 when the record does not exist)
   */
  public VersionConflictException(String recordKind, String recordId, long expectedVersion,
      long actualVersion) {
    super(recordKind + " " + recordId + " was saved against version " + expectedVersion
        + " but the stored version is " + actualVersion
        + (actualVersion == 0 ? " (no such record)" : "")
        + "; read it again and reapply the change");
    this.recordKind = recordKind;
    this.recordId = recordId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** What kind of record conflicted. */
  public String recordKind() {
    return recordKind;
  }

  /** The record's id. */
  public String recordId() {
    return recordId;
  }

  /** The version the caller based its change on. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version the store holds (0 when the record does not exist). */
  public long actualVersion() {
    return actualVersion;
  }
}
