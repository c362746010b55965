package io.doublerandom.io;

/**
 * Thrown by {@link ImportResult#orElseThrow()} when an import found errors; carries the full
 * report. The message is the report's {@link ImportReport#format() text}.
 */
public class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImportReport report;

  /** An exception for a report that has errors. */
  public ImportException(ImportReport report) {
    super(report.format());
    this.report = report;
  }

  /** The report of the failed import. */
  public ImportReport report() {
    return report;
  }
}
