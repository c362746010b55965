package io.doublerandom.io;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one record type is read from CSV rows and JSON objects and written back: its columns,
 * its identifier and its validation.
 *
 * @param <T> the record type
 */
abstract class Codec<T> {
  /** CSV columns that are accepted and ignored (normalised with {@link Column#normalize}). */
  static final Set<String> IGNORED_COLUMNS = Set.of(
      Column.normalize("source_url"), Column.normalize("source_title"),
      Column.normalize("note"), Column.normalize("备注"), Column.normalize("序号"));

  /** A record as read: the record and the value, null when the record had errors. */
  record Read<T>(Rec rec, T value) {}

  /** What a record is, for messages: {@code entity}. */
  abstract String noun();

  /** The CSV columns, in the order they are written. */
  abstract List<Column> columns();

  /** The property names of a record's JSON object. */
  abstract Set<String> jsonProperties();

  /** The column of the identifier that must be unique in a file. */
  abstract Column keyColumn();

  /** The identifier of a value: the sort key of written files and the uniqueness key. */
  abstract String key(T value);

  /**
   * Reads a record, reporting every problem to it; returns null when the record has errors.
   * Implementations call {@link Rec#key(String)} with the record's identifier when it is valid.
   */
  abstract T read(Rec r, ImportOptions options);

  /** The cells of a value, in the order of {@link #columns()}. */
  abstract List<String> csvRow(T value);

  /** Checks across the records of one file, after duplicates; nothing by default. */
  void crossCheck(List<Read<T>> records, ImportOptions options) {}

  /** The column for each normalised header name, failing on an ambiguous alias. */
  final Map<String, Column> headerIndex() {
    Map<String, Column> index = new LinkedHashMap<>();
    for (Column c : columns()) {
      for (String key : c.headerKeys()) {
        Column previous = index.put(key, c);
        if (previous != null && previous != c) {
          throw new IllegalStateException("header name '" + key + "' is ambiguous: "
              + previous.csv() + " and " + c.csv());
        }
      }
    }
    return index;
  }

  /** The canonical CSV column names, for messages. */
  final String columnNames() {
    Set<String> names = new LinkedHashSet<>();
    columns().forEach(c -> names.add(c.csv()));
    return String.join(", ", names);
  }
}
