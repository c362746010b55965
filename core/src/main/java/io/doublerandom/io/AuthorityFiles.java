package io.doublerandom.io;

import io.doublerandom.model.Authority;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Reads and writes files of supervising authorities, in CSV or JSON (see {@code docs/formats.md} for the
 * columns, encodings and error report).
 *
 * <p>Reading validates every record and reports every problem with its line; an import with any
 * error yields no values. Writing is deterministic: UTF-8, a header row, fixed column order and
 * rows sorted by code, so the same authorities give the same bytes in any order; a file is
 * written to a temporary file in the same directory and then moved over the target.
 */
public final class AuthorityFiles {
  private static final RecordFiles<Authority> FILES = new RecordFiles<>(new AuthorityCodec());

  private AuthorityFiles() {}

  /**
   * Reads a {@code .csv} or {@code .json} file.
   *
   * @throws UnusableInputException when the file cannot be read at all (missing, neither
   *     {@code .csv} nor {@code .json}, empty, not text, malformed, no header)
   */
  public static ImportResult<Authority> read(Path file, ImportOptions options) {
    return FILES.read(file, options);
  }

  /**
   * Reads a stream, which is read to its end but not closed; {@code sourceName} names it in
   * problems.
   *
   * @throws UnusableInputException when the stream cannot be read at all
   */
  public static ImportResult<Authority> read(InputStream in, String sourceName, Format format,
      ImportOptions options) {
    return FILES.read(in, sourceName, format, options);
  }

  /**
   * Writes a {@code .csv} or {@code .json} file atomically.
   *
   * @throws IllegalArgumentException when the name ends in neither or an identifier repeats
   */
  public static void write(Collection<Authority> values, Path file) throws IOException {
    FILES.write(values, file, ExportOptions.defaults());
  }

  /**
   * Writes a {@code .csv} or {@code .json} file atomically, with export options (see
   * {@link ExportOptions#escapeFormulas()} for CSV meant for spreadsheets).
   *
   * @throws IllegalArgumentException when the name ends in neither or an identifier repeats
   */
  public static void write(Collection<Authority> values, Path file, ExportOptions options)
      throws IOException {
    FILES.write(values, file, options);
  }

  /**
   * Writes to a stream in UTF-8, which is flushed but not closed.
   *
   * @throws IllegalArgumentException when an identifier repeats
   */
  public static void write(Collection<Authority> values, OutputStream out, Format format)
      throws IOException {
    FILES.write(values, out, format, ExportOptions.defaults());
  }

  /**
   * Writes to a stream in UTF-8 with export options, flushed but not closed.
   *
   * @throws IllegalArgumentException when an identifier repeats
   */
  public static void write(Collection<Authority> values, OutputStream out, Format format,
      ExportOptions options) throws IOException {
    FILES.write(values, out, format, options);
  }
}
