package io.doublerandom.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem found by one import, sorted by source (in reading order), line, field and
 * message, with the number of records read and the charset each source was decoded with.
 */
public final class ImportReport {
  private final List<String> sources;
  private final Map<String, Charset> charsets;
  private final List<ImportProblem> problems;
  private final long recordsRead;

  /** A report; {@code charsets} holds the charset of each source, in the order of sources. */
  ImportReport(List<String> sources, List<Charset> charsets, List<ImportProblem> problems,
      long recordsRead) {
    if (sources.size() != charsets.size()) {
      throw new IllegalArgumentException("one charset per source, got " + sources + " and "
          + charsets);
    }
    this.sources = List.copyOf(sources);
    Map<String, Charset> bySource = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      bySource.put(sources.get(i), charsets.get(i));
    }
    this.charsets = Collections.unmodifiableMap(bySource);
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

  /**
   * The charset each source was decoded with, detected or as given by
   * {@link ImportOptions#charset()}, by source in reading order.
   */
  public Map<String, Charset> charsets() {
    return charsets;
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

  /**
   * The summary line of {@link #format()}. When a source was decoded with another charset than
   * UTF-8 the line ends with a note, for example
   * {@code entities.csv: 12 records, 0 errors, 0 warnings (decoded as GB18030)}; with several
   * sources the note names each such source ({@code (claims.csv decoded as GB18030)}) unless all
   * share the charset.
   */
  public String summary() {
    int errors = errorCount();
    int warnings = warningCount();
    return String.join(", ", sources) + ": " + plural(recordsRead, "record") + ", "
        + plural(errors, "error") + ", " + plural(warnings, "warning") + charsetNote();
  }

  private String charsetNote() {
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, Charset> e : charsets.entrySet()) {
      if (!e.getValue().equals(StandardCharsets.UTF_8)) {
        notes.add(e.getKey() + " decoded as " + e.getValue().name());
      }
    }
    if (notes.isEmpty()) {
      return "";
    }
    if (notes.size() == charsets.size() && new HashSet<>(charsets.values()).size() == 1) {
      return " (decoded as " + charsets.get(sources.get(0)).name() + ")";
    }
    return " (" + String.join(", ", notes) + ")";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return summary();
  }
}
