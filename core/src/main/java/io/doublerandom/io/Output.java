package io.doublerandom.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.doublerandom.json.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/** Writes CSV and JSON output, and files atomically. */
final class Output {
  private static final CsvMapper CSV = CsvMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  /** Writes the content of a file to a stream. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private Output() {}

  /**
   * Writes UTF-8 CSV (no byte order mark, {@code \n} line ends) with a header row; cells are
   * written as {@link ExportOptions#cell(String)} gives them.
   */
  static void csv(List<String> header, List<List<String>> rows, OutputStream out,
      ExportOptions options) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    header.forEach(schema::addColumn);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (SequenceWriter seq = CSV.writer(schema.build().withHeader().withLineSeparator("\n"))
        .writeValues(writer)) {
      for (List<String> row : rows) {
        String[] cells = new String[row.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = options.cell(row.get(i));
        }
        seq.write(cells);
      }
    }
    writer.flush();
  }

  /** Writes indented UTF-8 JSON followed by a line end. */
  static void json(Object value, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Json.prettyWriter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(writer, value);
    writer.write('\n');
    writer.flush();
  }

  /**
   * Writes a file atomically: the content goes to a temporary file in the same directory, which
   * is forced to disk and then moved over {@code target}, so readers see the old file or the
   * whole new one. An existing file's POSIX permissions are kept; a new file gets
   * {@code rw-r--r--}.
   */
  static void atomically(Path target, Body body) throws IOException {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      permissions(tmp, file);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void permissions(Path tmp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    view.setPermissions(perms);
  }
}
