package io.doublerandom.io;

import java.util.Objects;

/**
 * One problem found while importing a file.
 *
 * <p>{@link #toString()} reads like a compiler message, for example
 * {@code entities.csv:3: id '91140105MA0K000640': credit code check character (position 18) must
 * be 'Y', got '0' in '91140105MA0K000640'}; a warning has {@code warning: } after the line
 * number, for example {@code entities.csv:11: warning: id '91140105MA0K00091Q': the organisation
 * code MA0K00091 inside the credit code fails its GB 11714 check}.
 *
 * @param source the name of the file or stream, as given to the reader
 * @param line the physical line of the record (the CSV header is line 1; in JSON the line where
 *     the record's object starts); 0 when the problem concerns the whole input
 * @param field the column (CSV) or property (JSON) concerned; empty for a whole record
 * @param value the offending text as read; empty when there is none
 * @param severity error or warning
 * @param message what is wrong
 */
public record ImportProblem(
    String source, long line, String field, String value, Severity severity, String message) {
  private static final int MAX_VALUE_LENGTH = 80;

  /** Checks that no component is null and the line is not negative. */
  public ImportProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, got " + line);
    }
  }

  /** Whether this is an {@link Severity#ERROR error}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code source:line: [warning: ][field ['value']: ]message}; values longer than 80 characters
   * are shortened with {@code ...}, and control characters in them, in the field name (a
   * header cell or property name as read) and in the message (which may quote the value) are shown as a backslash,
   * {@code u} and four hex digits, so that a report never writes them to a terminal.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source).append(':').append(line).append(": ");
    if (severity == Severity.WARNING) {
      s.append("warning: ");
    }
    if (!field.isEmpty()) {
      s.append(Texts.visible(field));
      if (!value.isEmpty()) {
        String shown = Texts.visible(value.length() > MAX_VALUE_LENGTH
            ? value.substring(0, MAX_VALUE_LENGTH) + "..." : value);
        s.append(" '").append(shown).append('\'');
      }
      s.append(": ");
    }
    return s.append(Texts.visible(message)).toString();
  }
}
