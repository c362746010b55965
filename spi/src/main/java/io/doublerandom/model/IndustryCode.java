package io.doublerandom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * An industry of the national classification GB/T 4754-2017: a section letter {@code A}–{@code T},
 * optionally followed by the two-digit division, the third digit of the group and the fourth
 * digit of the class, for example {@code F}, {@code F52}, {@code F521}, {@code F5211}.
 */
public record IndustryCode(String value) implements Comparable<IndustryCode> {
  private static final Pattern FORMAT = Pattern.compile("[A-T](\\d{2}(\\d\\d?)?)?");

  /** Validates the format; the message names the value. */
  public IndustryCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "industry code must be a GB/T 4754 code such as F or F5211 (section letter A-T and"
              + " 0, 2, 3 or 4 digits), got '" + value + "'");
    }
  }

  /** Parses a code; surrounding blanks are removed and letters upper-cased. */
  @JsonCreator
  public static IndustryCode of(String value) {
    return new IndustryCode(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** The section letter (门类). */
  public char section() {
    return value.charAt(0);
  }

  /** Whether {@code other} is this industry or a sub-industry of it. */
  public boolean contains(IndustryCode other) {
    return other.value.startsWith(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(IndustryCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
