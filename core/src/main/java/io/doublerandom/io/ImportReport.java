package io.doublerandom.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every problem found by one import, sorted by source (in reading order), line, field and
 * message, with the number of records read.
 */
public final class ImportReport {
  private final List<String> sources;
  private final List<ImportProblem> problems;
  private final long recordsRead;

  ImportReport(List<String> sources, List<ImportProblem> problems, long recordsRead) {
    this.sources = List.copyOf(sources);
    // the same problem found twice (by two checks of one field) is reported once
    List<ImportProblem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
    sorted.sort(Comparator.comparingInt((ImportProblem p) -> sourceIndex(p.source()))
        .thenComparing(ImportProblem::source)
        .thenComparingLong(ImportProblem::line)
        .thenComparing(ImportProblem::field)
        .thenComparing(ImportProblem::message)
        .thenComparing(ImportProblem::value));
    this.problems = List.copyOf(sorted);
    this.recordsRead = recordsRead;
  }

  private int sourceIndex(String source) {
    int i = sources.indexOf(source);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** The names of the inputs read, in reading order. */
  public List<String> sources() {
    return sources;
  }

  /** All problems, errors and warnings, sorted. */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** The errors, sorted. */
  public List<ImportProblem> errors() {
    return problems.stream().filter(ImportProblem::isError).toList();
  }

  /** The warnings, sorted. */
  public List<ImportProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** The number of errors. */
  public int errorCount() {
    return (int) problems.stream().filter(ImportProblem::isError).count();
  }

  /** The number of warnings. */
  public int warningCount() {
    return problems.size() - errorCount();
  }

  /** Whether there is at least one error (and the import therefore yields no values). */
  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** The number of records (non-blank CSV rows, JSON objects) read, valid or not. */
  public long recordsRead() {
    return recordsRead;
  }

  /**
   * The report as text: a summary line, for example
   * {@code entities.csv: 12 records, 3 errors, 1 warning}, then one line per problem.
   */
  public String format() {
    StringBuilder s = new StringBuilder(summary());
    for (ImportProblem p : problems) {
      s.append('\n').append(p);
    }
    return s.append('\n').toString();
  }

  /** The summary line of {@link #format()}. */
  public String summary() {
    int errors = errorCount();
    int warnings = warningCount();
    return String.join(", ", sources) + ": " + plural(recordsRead, "record") + ", "
        + plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return summary();
  }
}
