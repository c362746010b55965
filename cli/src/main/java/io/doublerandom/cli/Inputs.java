package io.doublerandom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.doublerandom.io.TextFiles;
import io.doublerandom.io.UnusableInputException;
import io.doublerandom.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The command line's own input files (design, rules, seed, history, manifest and record files):
 * read through core's {@link TextFiles}, every failure an unusable-input {@link CommandFailure}
 * in the project's words.
 */
final class Inputs {
  private Inputs() {}

  /** The bytes of a file. */
  static byte[] bytes(Path file) {
    try {
      return TextFiles.bytes(file);
    } catch (UnusableInputException e) {
      throw CommandFailure.unusable(e.getMessage());
    }
  }

  /** The text of a file that must be UTF-8 (a byte order mark is dropped). */
  static String utf8(Path file) {
    return utf8(bytes(file), file.toString());
  }

  /** The text of bytes that must be UTF-8. */
  static String utf8(byte[] bytes, String source) {
    try {
      return TextFiles.utf8(bytes, source);
    } catch (UnusableInputException e) {
      throw CommandFailure.unusable(e.getMessage());
    }
  }

  /** The rows of a CSV text with exactly {@code columns}. */
  static List<TextFiles.CsvRow> csv(String text, Path file, Set<String> columns) {
    try {
      return TextFiles.csv(text, file.toString(), columns);
    } catch (UnusableInputException e) {
      throw CommandFailure.unusable(e.getMessage());
    }
  }

  /**
   * The failure of JSON that does not parse: {@code source: line L, column C: malformed JSON:
   * what} (the position when known).
   */
  static CommandFailure malformedJson(String source, JsonProcessingException e) {
    String d = Json.describe(e);
    return CommandFailure.unusable(source + ": " + (d.matches("(?s)line \\d+, column \\d+: .*")
        ? d.replaceFirst("^(line \\d+, column \\d+): ", "$1: malformed JSON: ")
        : "malformed JSON: " + d));
  }
}
