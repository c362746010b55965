package io.doublerandom.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reading and writing files of one record type; the public {@code *Files} classes delegate. */
final class RecordFiles<T> {
  private final Codec<T> codec;

  RecordFiles(Codec<T> codec) {
    this.codec = codec;
  }

  ImportResult<T> read(Path file, ImportOptions options) {
    Objects.requireNonNull(options, "options");
    String source = file.toString();
    Format format = Format.of(file).orElseThrow(() -> new UnusableInputException(source,
        "is neither a .csv nor a .json file"));
    return Importer.read(TextInput.bytes(file, source), source, format, options, codec);
  }

  ImportResult<T> read(InputStream in, String source, Format format, ImportOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    return Importer.read(TextInput.bytes(in, source), source, format, options, codec);
  }

  void write(Collection<T> values, Path file, ExportOptions options) throws IOException {
    Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException(
        "file name must end in .csv or .json, got '" + file + "'"));
    Objects.requireNonNull(options, "options");
    List<T> sorted = sorted(values);
    Output.atomically(file, out -> write(sorted, out, format, options));
  }

  void write(Collection<T> values, OutputStream out, Format format, ExportOptions options)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    List<T> sorted = sorted(values);
    if (format == Format.CSV) {
      List<String> header = new ArrayList<>();
      codec.columns().forEach(c -> header.add(c.csv()));
      List<List<String>> rows = new ArrayList<>(sorted.size());
      for (T v : sorted) {
        rows.add(codec.csvRow(v));
      }
      Output.csv(header, rows, out, options);
    } else {
      Output.json(sorted, out);
    }
  }

  /** The values sorted by identifier; a repeated identifier is the caller's mistake. */
  private List<T> sorted(Collection<T> values) {
    List<T> sorted = new ArrayList<>(values);
    sorted.forEach(v -> Objects.requireNonNull(v, codec.noun()));
    sorted.sort(Comparator.comparing(codec::key));
    for (int i = 1; i < sorted.size(); i++) {
      String key = codec.key(sorted.get(i));
      if (key.equals(codec.key(sorted.get(i - 1)))) {
        throw new IllegalArgumentException(
            "each " + codec.noun() + " must appear once, got " + codec.keyColumn().csv() + " '"
                + key + "' twice");
      }
    }
    return sorted;
  }
}
