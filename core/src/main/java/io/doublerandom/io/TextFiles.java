package io.doublerandom.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text of small input files other than directories and checklists (design, rules, seed,
 * history, manifest and record files of the command line), read with the rules and messages of
 * the directory readers: a missing file, a directory, an unreadable file, text in the wrong
 * encoding (with the byte offset and line), a row shorter or longer than its header and a control
 * character in a value (with the line, column and value) are an {@link UnusableInputException}.
 * A byte order mark is accepted and dropped.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * A data row of a CSV file read by {@link #csv}.
   *
   * @param line the physical line the row starts on (the header is line 1 unless blank lines
   *     precede it)
   * @param cells the trimmed cell of each header column, in header order
   */
  public record CsvRow(long line, Map<String, String> cells) {
    /** Copies the cells. */
    public CsvRow {
      cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }
  }

  /** The bytes of a file. */
  public static byte[] bytes(Path file) {
    Objects.requireNonNull(file, "file");
    return TextInput.bytes(file, file.toString());
  }

  /**
   * The text of a file that must be UTF-8, as JSON files are (RFC 8259), with a byte order mark
   * dropped. Text that is not UTF-8 is unusable, naming the first bad byte's offset and line and,
   * when the bytes are GB18030 text, saying so.
   */
  public static String utf8(Path file) {
    return utf8(bytes(file), file.toString());
  }

  /** The text of bytes that must be UTF-8 (see {@link #utf8(Path)}); {@code source} names them. */
  public static String utf8(byte[] bytes, String source) {
    Objects.requireNonNull(source, "source");
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    int bad = TextInput.firstMalformed(bytes, skip, StandardCharsets.UTF_8);
    if (bad >= 0) {
      boolean gb = TextInput.firstMalformed(bytes, skip, TextInput.GB18030) < 0;
      throw new UnusableInputException(source, "is not UTF-8 text: byte offset " + bad
          + " (line " + TextInput.lineOf(bytes, bad) + ")" + (gb ? " starts GB18030 text" : "")
          + (bad + 4 > bytes.length && !gb ? " is an incomplete character (is the file cut"
              + " short?)" : "") + "; this file must be UTF-8 (save it as UTF-8, with or without"
          + " a byte order mark)");
    }
    String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The text of a file in UTF-8 or GB18030, detected as for directory files, or in {@code
   * charset} when given (see {@code docs/formats.md}, "Encodings").
   */
  public static String detected(Path file, Optional<Charset> charset) {
    Objects.requireNonNull(charset, "charset");
    String source = file.toString();
    return TextInput.decode(bytes(file), charset, source).text();
  }

  /**
   * The data rows of CSV text whose header holds exactly {@code columns} (any order, names
   * trimmed). A missing or unknown column, a row with fewer or more cells than the header and a
   * control character in a cell are unusable, with the line, the column and the value; blank
   * rows are skipped.
   */
  public static List<CsvRow> csv(String text, String source, Set<String> columns) {
    List<String> header = new ArrayList<>();
    List<CsvRow> rows = new ArrayList<>();
    long[] headerLine = new long[1];
    CsvInput.read(text, source, h -> {
      h.cells().forEach(c -> header.add(c.strip()));
      headerLine[0] = h.line();
      if (!new TreeSet<>(header).equals(new TreeSet<>(columns)) || header.size() != columns.size()) {
        throw new UnusableInputException(source, "line " + h.line() + ": the header must be "
            + String.join(",", columns) + " (in any order), got " + String.join(",", header));
      }
    }, row -> {
      List<String> cells = row.cells();
      if (cells.size() != header.size()) {
        boolean fewer = cells.size() < header.size();
        throw new UnusableInputException(source, "line " + row.line() + ": the row has "
            + cells.size() + " cells but the header has " + header.size()
            + (fewer ? ": " + String.join(", ", header.subList(cells.size(), header.size()))
                + (header.size() - cells.size() == 1 ? " is" : " are")
                + " missing (is the file cut short?)" : ""));
      }
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        String v = cells.get(i).strip();
        String column = header.get(i);
        Texts.control(v).ifPresent(m -> {
          throw new UnusableInputException(source, "line " + row.line() + ": " + column + " '"
              + Texts.visible(v) + "': " + m);
        });
        named.put(column, v);
      }
      rows.add(new CsvRow(row.line(), named));
    });
    return rows;
  }
}
