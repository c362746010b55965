package io.doublerandom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Helpers of the file tests. */
final class Reads {
  private Reads() {}

  /** The bytes of a test resource of this package. */
  static byte[] resource(String name) {
    try (InputStream in = Reads.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each problem as {@code "line field SEVERITY"}, in report order. */
  static List<String> where(ImportReport report) {
    return report.problems().stream()
        .map(p -> p.line() + " " + p.field() + " " + p.severity())
        .toList();
  }

  /** The one problem at {@code line} on {@code field}. */
  static ImportProblem at(ImportReport report, long line, String field) {
    List<ImportProblem> found = report.problems().stream()
        .filter(p -> p.line() == line && p.field().equals(field))
        .toList();
    assertEquals(1, found.size(), () -> "problems at " + line + " " + field + ":\n"
        + report.format());
    return found.get(0);
  }

  /** Bytes written by {@code writer}. */
  static byte[] written(IoWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes to a stream. */
  interface IoWriter {
    void write(java.io.OutputStream out) throws IOException;
  }
}
