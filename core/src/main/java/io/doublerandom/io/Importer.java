package io.doublerandom.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Reads the records of one file with a {@link Codec}: header, rows or objects, duplicates. */
final class Importer {
  private Importer() {}

  /** Reads, validates and cross-checks a whole file of records. */
  static <T> ImportResult<T> read(byte[] bytes, String source, Format format,
      ImportOptions options, Codec<T> codec) {
    TextInput.Decoded decoded = TextInput.decode(bytes, options.charset(), source);
    Problems problems = new Problems();
    List<Codec.Read<T>> reads = records(decoded.text(), source, format, options, codec,
        problems);
    return result(List.of(source), List.of(decoded.charset()), reads, problems);
  }

  /** The result of reads: all values when there are no errors. */
  static <T> ImportResult<T> result(List<String> sources, List<Charset> charsets,
      List<Codec.Read<T>> reads, Problems problems) {
    List<T> values = new ArrayList<>(reads.size());
    for (Codec.Read<T> r : reads) {
      if (r.value() != null) {
        values.add(r.value());
      }
    }
    return new ImportResult<>(values, new ImportReport(sources, charsets, problems.all(),
        reads.size()));
  }

  /**
   * Reads every record of {@code text}, reports duplicate identifiers and runs the codec's
   * cross-record checks.
   */
  static <T> List<Codec.Read<T>> records(String text, String source, Format format,
      ImportOptions options, Codec<T> codec, Problems problems) {
    List<Codec.Read<T>> reads = new ArrayList<>();
    LongConsumer progress = options.progress().orElse(n -> { });
    if (format == Format.CSV) {
      CsvHeader header = new CsvHeader(codec, source, problems);
      CsvInput.read(text, source, header::resolve, row -> {
        CsvRec r = header.record(row);
        reads.add(new Codec.Read<>(r, codec.read(r, options)));
        r.release();
        progress.accept(reads.size());
      });
    } else {
      JsonInput.readArray(text, source, codec.noun() + " objects", (line, node) -> {
        reads.add(readJson(source, line, node, problems, codec, options));
        progress.accept(reads.size());
      });
    }
    duplicates(reads, codec);
    codec.crossCheck(reads, options);
    return reads;
  }

  /** Reads one JSON object as a record of {@code codec}. */
  static <T> Codec.Read<T> readJson(String source, long line, JsonNode node, Problems problems,
      Codec<T> codec, ImportOptions options) {
    ObjectNode object = node.isObject() ? (ObjectNode) node : null;
    JsonRec r = new JsonRec(source, line, problems,
        object == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            : object);
    if (object == null) {
      r.error("", node.isValueNode() ? node.asText() : "",
          "expected a JSON object for each " + codec.noun());
      return new Codec.Read<>(r, null);
    }
    r.checkProperties(codec.jsonProperties());
    controls(r, "", object);
    T value = codec.read(r, options);
    r.release();
    return new Codec.Read<>(r, value);
  }

  /** Reports every text value of {@code node} (at any depth) that holds a control character. */
  static void controls(JsonRec r, String path, JsonNode node) {
    if (node.isTextual()) {
      Texts.control(node.textValue()).ifPresent(m -> r.error(path, node.textValue().strip(), m));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        controls(r, path + "[" + i + "]", node.get(i));
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> controls(r,
          path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue()));
    }
  }

  /** Reports every record whose identifier an earlier record has, naming both lines. */
  static <T> void duplicates(List<Codec.Read<T>> reads, Codec<T> codec) {
    Map<String, Long> first = new HashMap<>();
    for (Codec.Read<T> read : reads) {
      Rec r = read.rec();
      String key = r.key();
      if (key == null) {
        continue;
      }
      Long previous = first.putIfAbsent(key, r.line());
      if (previous != null) {
        r.error(codec.keyColumn(), key, "duplicate " + codec.noun() + " "
            + r.fieldName(codec.keyColumn()) + ": first on line " + previous + ", again on line "
            + r.line());
      }
    }
  }

  /** The header of a CSV file, mapped to a codec's columns. */
  static final class CsvHeader {
    private final Codec<?> codec;
    private final String source;
    private final Problems problems;
    private final Map<String, Column> index;
    private Column[] byIndex = new Column[0];
    private List<String> names = List.of();
    private boolean[] unnamed = new boolean[0];
    private final Map<Column, Integer> present = new LinkedHashMap<>();

    CsvHeader(Codec<?> codec, String source, Problems problems) {
      this.codec = codec;
      this.source = source;
      this.problems = problems;
      this.index = codec.headerIndex();
    }

    /** Maps each header cell to a column; reports unknown, repeated and missing columns. */
    void resolve(CsvInput.Row header) {
      List<String> names = header.cells();
      this.names = names;
      byIndex = new Column[names.size()];
      unnamed = new boolean[names.size()];
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip();
        String key = Column.normalize(name);
        if (key.isEmpty()) {
          unnamed[i] = true;
          continue;
        }
        Column c = index.get(key);
        if (c != null) {
          Integer earlier = present.putIfAbsent(c, i);
          if (earlier == null) {
            byIndex[i] = c;
          } else {
            problems.error(source, header.line(), name, "", "column " + c.csv()
                + " appears twice: columns " + (earlier + 1) + " and " + (i + 1));
          }
        } else if (!Codec.IGNORED_COLUMNS.contains(key)) {
          problems.error(source, header.line(), name, "",
              "unknown column; the columns are " + codec.columnNames());
        }
      }
      for (Column c : codec.columns()) {
        if (c.required() && !present.containsKey(c)) {
          problems.error(source, header.line(), c.csv(), "", "missing required column");
        }
      }
    }

    /** The record of a data row. */
    CsvRec record(CsvInput.Row row) {
      Map<Column, String> cells = new HashMap<>();
      for (Column c : present.keySet()) {
        cells.put(c, "");
      }
      CsvRec r = new CsvRec(source, row.line(), problems, cells);
      List<String> values = row.cells();
      boolean tooMany = false;
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i);
        if (i >= byIndex.length) {
          tooMany |= !v.isBlank();
        } else if (byIndex[i] != null) {
          Column c = byIndex[i];
          cells.put(c, v);
          Texts.control(v).ifPresent(m -> r.error(c.csv(), v.strip(), m));
        } else if (unnamed[i] && !v.isBlank()) {
          r.error("column " + (i + 1), v.strip(), "value in a column without a header name");
        }
      }
      if (values.size() < byIndex.length) {
        List<String> missing = new ArrayList<>();
        String first = null;
        for (int i = values.size(); i < byIndex.length; i++) {
          if (byIndex[i] != null) {
            missing.add(byIndex[i].csv());
            r.suppress(byIndex[i].csv());
            first = first == null ? byIndex[i].csv() : first;
          } else if (!unnamed[i]) {
            missing.add(names.get(i).strip());
          }
        }
        if (first != null) {
          r.error(first, "", "the row has " + values.size() + " cells but the header has "
              + byIndex.length + ": " + String.join(", ", missing) + (missing.size() == 1
              ? " is" : " are") + " missing (is the file cut short?)");
        }
      }
      if (tooMany) {
        r.error("", "", "the row has " + values.size() + " cells but the header only "
            + byIndex.length);
      }
      return r;
    }
  }
}
