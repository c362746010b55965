package io.doublerandom.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text encodings of CSV cells: multi-valued cells, escapes, dates and booleans.
 *
 * <p>A multi-valued cell separates its elements with {@code ;} (or the full-width {@code ；});
 * enumeration lists also accept {@code 、} and commas. Inside an element, a backslash makes the
 * next character literal, so {@code a\;b} is one element {@code a;b}. Blank elements are
 * ignored; elements are trimmed.
 */
final class Cells {
  /** Separators of lists of free text (tags, specialties, party ids). */
  static final String TEXT_SEPARATORS = ";；";
  /** Separators of lists of enumeration constants and codes. */
  static final String ENUM_SEPARATORS = ";；、,，";
  /** Characters escaped inside a structured element such as {@code ROLE:party}. */
  private static final String PART_SPECIALS = "\\;；:@";
  /** Characters escaped inside a plain list element. */
  private static final String ITEM_SPECIALS = "\\;；";

  private static final DateTimeFormatter DASHES =
      DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SLASHES =
      DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private Cells() {}

  /**
   * Splits {@code text} at unescaped separators; escapes are kept (see {@link #unescape}).
   * Parts are trimmed; blank parts are dropped when {@code dropBlank}. With {@code limit > 0} at
   * most {@code limit} parts are returned, the last holding the rest of the text.
   */
  static List<String> split(String text, String separators, boolean dropBlank, int limit) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (separators.indexOf(c) >= 0 && (limit <= 0 || parts.size() < limit - 1)) {
        add(parts, current.toString(), dropBlank);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(parts, current.toString(), dropBlank);
    return parts;
  }

  private static void add(List<String> parts, String part, boolean dropBlank) {
    String p = part.strip();
    if (!(dropBlank && p.isEmpty())) {
      parts.add(p);
    }
  }

  /** The elements of a list cell, unescaped. */
  static List<String> list(String text, String separators) {
    List<String> out = new ArrayList<>();
    for (String raw : split(text, separators, true, 0)) {
      out.add(unescape(raw));
    }
    return out;
  }

  /** The index of the last unescaped {@code c} in {@code text}, or -1. */
  static int lastUnescaped(String text, char c) {
    int found = -1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == c) {
        found = i;
      }
    }
    return found;
  }

  /** Removes escapes: a backslash makes the next character literal. */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        c = text.charAt(++i);
      }
      s.append(c);
    }
    return s.toString();
  }

  /** Escapes a part of a structured element ({@code \ ; ； : @}). */
  static String escapePart(String text) {
    return escape(text, PART_SPECIALS);
  }

  /** Escapes an element of a plain list ({@code \ ; ；}). */
  static String escapeItem(String text) {
    return escape(text, ITEM_SPECIALS);
  }

  private static String escape(String text, String specials) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (specials.indexOf(c) >= 0) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  /** Joins list elements, already escaped, with {@code ;}. */
  static String join(List<String> escaped) {
    return String.join(";", escaped);
  }

  /**
   * Parses a date written {@code yyyy-MM-dd} (ISO; one-digit month and day accepted) or
   * {@code yyyy/M/d} (as Chinese spreadsheets write it).
   *
   * @throws IllegalArgumentException for any other text or an impossible date
   */
  static LocalDate date(String text) {
    String t = text.strip();
    try {
      return LocalDate.parse(t, t.indexOf('/') >= 0 ? SLASHES : DASHES);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "bad date: expected yyyy-MM-dd (or yyyy/M/d), for example 2024-06-30");
    }
  }

  /**
   * Parses a boolean: {@code true/false}, {@code yes/no}, {@code y/n}, {@code 1/0} (any case) or
   * {@code 是/否}.
   */
  static boolean bool(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "是":
        return true;
      case "false", "no", "n", "0", "否":
        return false;
      default:
        throw new IllegalArgumentException("bad boolean: expected true or false (是 or 否)");
    }
  }
}
