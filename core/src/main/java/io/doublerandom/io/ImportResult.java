package io.doublerandom.io;

import java.util.List;

/**
 * The outcome of an import: the values read and the {@link ImportReport}. An import with any
 * error yields no values at all ("an import with errors changes nothing"); warnings do not
 * prevent values.
 *
 * @param <T> the type of the values read
 */
public final class ImportResult<T> {
  private final List<T> values;
  private final ImportReport report;

  ImportResult(List<T> values, ImportReport report) {
    this.report = report;
    this.values = report.hasErrors() ? List.of() : List.copyOf(values);
  }

  /** Whether the import found no errors, so that {@link #values()} may be called. */
  public boolean ok() {
    return !report.hasErrors();
  }

  /** The report of every problem found. */
  public ImportReport report() {
    return report;
  }

  /**
   * The values read, in input order.
   *
   * @throws IllegalStateException naming the source when the import found errors
   */
  public List<T> values() {
    if (!ok()) {
      throw new IllegalStateException(report.summary()
          + "; an import with errors yields no values (see report())");
    }
    return values;
  }

  /**
   * The only value, for imports that read one (a checklist).
   *
   * @throws IllegalStateException naming the source when there were errors or the number of
   *     values is not one
   */
  public T value() {
    List<T> all = values();
    if (all.size() != 1) {
      throw new IllegalStateException(report.summary() + "; expected exactly one value, got "
          + all.size());
    }
    return all.get(0);
  }

  /**
   * The values read.
   *
   * @throws ImportException carrying the report when the import found errors
   */
  public List<T> orElseThrow() {
    if (!ok()) {
      throw new ImportException(report);
    }
    return values;
  }

  @Override
  public String toString() {
    return "ImportResult[" + report.summary() + "]";
  }
}
