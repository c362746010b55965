package io.doublerandom.io;

/**
 * The input cannot be read at all: a missing or unreadable file, a name that is neither
 * {@code .csv} nor {@code .json}, an empty file, a CSV file without a header, text that is not
 * UTF-8 or GB18030, a file mixing UTF-8 and GB18030 lines, UTF-16 text without an explicit
 * charset, a byte order mark that contradicts the given charset, or malformed JSON or CSV
 * syntax. Contrast with invalid data, which is
 * reported as {@link ImportProblem}s in an {@link ImportResult}. The command-line tool exits with
 * status 2 for this, 1 for invalid data.
 */
public final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;

  UnusableInputException(String source, String message) {
    super(source + ": " + message);
    this.source = source;
  }

  UnusableInputException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /** The name of the input that could not be read. */
  public String source() {
    return source;
  }
}
