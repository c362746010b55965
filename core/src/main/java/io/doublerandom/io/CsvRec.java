package io.doublerandom.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A record read from a CSV row: the trimmed cells of the columns the header has. */
final class CsvRec extends Rec {
  private Map<Column, String> cells;

  CsvRec(String source, long line, Problems problems, Map<Column, String> cells) {
    super(source, line, problems, null);
    this.cells = cells;
  }

  @Override
  void release() {
    cells = Map.of();
  }

  @Override
  boolean isCsv() {
    return true;
  }

  @Override
  String fieldName(Column c) {
    return c.csv();
  }

  @Override
  boolean columnAbsent(Column c) {
    return !cells.containsKey(c);
  }

  @Override
  Optional<String> text(Column c) {
    String t = cells.get(c);
    return t == null || t.isBlank() ? Optional.empty() : Optional.of(t.strip());
  }

  @Override
  List<String> texts(Column c, String separators) {
    return text(c).map(t -> Cells.list(t, separators)).orElse(List.of());
  }

  /** The raw elements of a multi-valued cell, escapes kept, for structured elements. */
  List<String> rawElements(Column c) {
    return text(c).map(t -> Cells.split(t, Cells.TEXT_SEPARATORS, true, 0)).orElse(List.of());
  }
}
