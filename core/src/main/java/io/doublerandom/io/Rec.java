package io.doublerandom.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One record being read, from a CSV row or a JSON object: typed access to its fields that
 * reports every problem with the record's source and line instead of throwing.
 */
abstract class Rec {
  private final String source;
  private final long line;
  private final Problems problems;
  private final Rec parent;
  private Set<String> reported;
  private boolean failed;
  private String key;
  private String reference;

  Rec(String source, long line, Problems problems, Rec parent) {
    this.source = source;
    this.line = line;
    this.problems = problems;
    this.parent = parent;
  }

  /** Whether the record is a CSV row (else a JSON object). */
  abstract boolean isCsv();

  /** The name of the field as reported for this format (column or property path). */
  abstract String fieldName(Column c);

  /** Whether the column is missing from the CSV header (reported once there). */
  abstract boolean columnAbsent(Column c);

  /** The field's text, trimmed; empty when absent or blank. */
  abstract Optional<String> text(Column c);

  /**
   * The elements of a multi-valued field: a CSV cell split at {@code separators} and unescaped,
   * or a JSON array of values.
   */
  abstract List<String> texts(Column c, String separators);

  final String source() {
    return source;
  }

  final long line() {
    return line;
  }

  final Problems problems() {
    return problems;
  }

  /** Records the record's identifier, for the duplicate check across records. */
  final void key(String key) {
    this.key = key;
  }

  /** The record's identifier, or null when it has none (missing or invalid). */
  final String key() {
    return key;
  }

  /**
   * Records the identifier of another record this one refers to (an authority's parent), for
   * the checks across records.
   */
  final void reference(String reference) {
    this.reference = reference;
  }

  /** The identifier this record refers to, or null. */
  final String reference() {
    return reference;
  }

  /**
   * Drops the record's content once it has been read, keeping its source, line, identifier,
   * reference and state, so that reading a large file does not hold every row in memory.
   */
  abstract void release();

  /** Whether any error was reported for this record (or a required field was absent). */
  final boolean failed() {
    return failed;
  }

  final void error(String field, String value, String message) {
    markFailed();
    if (reported == null) {
      reported = new HashSet<>();
    }
    reported.add(field);
    problems.error(source, line, field, value, message);
  }

  /**
   * Marks {@code field} as reported (and the record as failed) without a problem of its own, so
   * that a missing required value is not reported again after a problem that explains it.
   */
  final void suppress(String field) {
    markFailed();
    if (reported == null) {
      reported = new HashSet<>();
    }
    reported.add(field);
  }

  private void markFailed() {
    for (Rec r = this; r != null; r = r.parent) {
      r.failed = true;
    }
  }

  final void error(Column c, String value, String message) {
    error(fieldName(c), value, message);
  }

  final void problem(Column c, String value, Severity severity, String message) {
    problem(fieldName(c), value, severity, message);
  }

  final void problem(String field, String value, Severity severity, String message) {
    if (severity == Severity.ERROR) {
      error(field, value, message);
    } else {
      problems.add(source, line, field, value, severity, message);
    }
  }

  /** The text of a required field; reports it missing and returns null when absent. */
  final String required(Column c) {
    Optional<String> t = text(c);
    if (t.isPresent()) {
      return t.get();
    }
    markFailed();
    if (!columnAbsent(c) && (reported == null || !reported.contains(fieldName(c)))) {
      error(c, "", "missing required field");
    }
    return null;
  }

  /** Parses a required field; null (after reporting) when absent or invalid. */
  final <T> T required(Column c, Function<String, T> parser) {
    String t = required(c);
    return t == null ? null : convert(fieldName(c), t, parser);
  }

  /** Parses an optional field; null when absent, null after reporting when invalid. */
  final <T> T optional(Column c, Function<String, T> parser) {
    Optional<String> t = text(c);
    return t.isEmpty() ? null : convert(fieldName(c), t.get(), parser);
  }

  /** Parses every element of a multi-valued field, reporting each bad one. */
  final <T> List<T> list(Column c, String separators, Function<String, T> parser) {
    List<T> out = new ArrayList<>();
    for (String t : texts(c, separators)) {
      T v = convert(fieldName(c), t, parser);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** Applies {@code parser}; an {@link IllegalArgumentException} becomes a problem. */
  final <T> T convert(String field, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      error(field, text, e.getMessage() == null ? "invalid value" : e.getMessage());
      return null;
    }
  }
}
