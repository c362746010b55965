package io.doublerandom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when text is not a valid identifier: a unified social credit code, a legacy registration
 * number or an administrative division code.
 *
 * <p>The message names the offending value; for a character outside the alphabet it also names the
 * character's 1-based position, and for a wrong check character the expected one. {@link #reason()}
 * tells callers which rule was broken without parsing the message.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rule an identifier broke. */
  public enum Reason {
    /** The text is null, empty or only whitespace. */
    BLANK,
    /** The text has the wrong number of characters. */
    LENGTH,
    /** A character lies outside the identifier's alphabet. */
    CHARACTER,
    /** The check character (position 18) of a unified social credit code is wrong. */
    CHECK_CHARACTER,
    /** The GB 11714 check of the organisation code (positions 9–17) of a credit code fails. */
    ORGANIZATION_CODE,
    /** The ISO 7064 MOD 11,10 check digit of a 15-digit registration number is wrong. */
    CHECK_DIGIT,
    /** The text has none of the accepted shapes, or one of its parts breaks a structural rule. */
    FORMAT
  }

  private final String value;
  private final Reason reason;

  InvalidIdentifierException(Reason reason, String value, String message) {
    super(message);
    this.reason = reason;
    this.value = value;
  }

  /**
   * The rejected text: after trimming and upper-casing where the identifier's parser normalises its
   * input, exactly as given otherwise; {@code null} if null was given.
   */
  public String value() {
    return value;
  }

  /** The rule the text broke. */
  public Reason reason() {
    return reason;
  }

  static InvalidIdentifierException blank(String what, String value) {
    return new InvalidIdentifierException(
        Reason.BLANK, value, what + " must not be blank, got " + quote(value));
  }

  static InvalidIdentifierException length(String what, String value, String expected) {
    return new InvalidIdentifierException(
        Reason.LENGTH,
        value,
        what + " must have " + expected + ", got " + value.length() + " in " + quote(value));
  }

  static InvalidIdentifierException character(
      String what, String value, int index, String allowed) {
    return new InvalidIdentifierException(
        Reason.CHARACTER,
        value,
        what
            + " has character '"
            + value.charAt(index)
            + "' at position "
            + (index + 1)
            + ", allowed are "
            + allowed
            + ", got "
            + quote(value));
  }

  /**
   * Throws when {@code value} holds full-width (全角) forms of ASCII characters (U+FF01–U+FF5E), as
   * an input method in full-width mode types them: the message names their positions and shows
   * the half-width form, {@code upperCase} when the identifier is upper-cased.
   */
  static void rejectFullWidth(String what, String value, boolean upperCase) {
    List<Integer> positions = new ArrayList<>();
    StringBuilder half = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        positions.add(i + 1);
        c = (char) (c - 0xFEE0);
      }
      half.append(c);
    }
    if (positions.isEmpty()) {
      return;
    }
    String halfWidth = upperCase ? half.toString().toUpperCase(Locale.ROOT) : half.toString();
    throw new InvalidIdentifierException(
        Reason.CHARACTER,
        value,
        what
            + " is written with full-width (全角) characters at "
            + (positions.size() == 1 ? "position " : "positions ")
            + ranges(positions)
            + " in "
            + quote(value)
            + "; write it with half-width characters: "
            + quote(halfWidth));
  }

  /** Ascending positions as {@code 1, 3-5}. */
  private static String ranges(List<Integer> positions) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < positions.size()) {
      int j = i;
      while (j + 1 < positions.size() && positions.get(j + 1) == positions.get(j) + 1) {
        j++;
      }
      b.append(b.length() == 0 ? "" : ", ").append(positions.get(i));
      if (j > i) {
        b.append('-').append(positions.get(j));
      }
      i = j + 1;
    }
    return b.toString();
  }

  static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
