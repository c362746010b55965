package io.doublerandom.io;

import java.util.Locale;
import java.util.Optional;

/** Checks of the characters of values read from files. */
final class Texts {
  private Texts() {}

  /**
   * The problem of a value holding a control character (U+0000–U+001F other than tab, line feed
   * and carriage return, U+007F–U+009F) or a lone surrogate (from a JSON escape of half a pair),
   * naming the first one and its 1-based position; empty for a clean value.
   */
  static Optional<String> control(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          || c >= 0x7F && c <= 0x9F;
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
      if (control || lone) {
        return Optional.of(String.format(Locale.ROOT, "%s U+%04X at position %d; remove it%s",
            control ? "control character" : "lone surrogate", (int) c, i + 1,
            c == 0 ? " (a NUL usually means a binary or UTF-16 file)" : ""));
      }
    }
    return Optional.empty();
  }

  /** {@code value} with control characters and lone surrogates written as {@code \\uXXXX}. */
  static String visible(String value) {
    StringBuilder b = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean hide = c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(value.charAt(i - 1)));
      if (hide && b == null) {
        b = new StringBuilder(value.substring(0, i));
      }
      if (b != null) {
        if (hide) {
          b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? value : b.toString();
  }
}
