package io.doublerandom.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A field of a record: its CSV column name, its JSON property name, whether it is required and
 * the other names a CSV header may use for it.
 */
record Column(String csv, String json, boolean required, List<String> aliases) {
  Column {
    aliases = List.copyOf(aliases);
  }

  static Column required(String csv, String json, String... aliases) {
    return new Column(csv, json, true, List.of(aliases));
  }

  static Column optional(String csv, String json, String... aliases) {
    return new Column(csv, json, false, List.of(aliases));
  }

  /** A property of a nested JSON object. */
  static Column nested(String json, boolean required) {
    return new Column(json, json, required, List.of());
  }

  /** Every header spelling of this column, normalised with {@link #normalize}. */
  List<String> headerKeys() {
    List<String> keys = new ArrayList<>();
    keys.add(normalize(csv));
    if (json != null && !normalize(json).equals(normalize(csv))) {
      keys.add(normalize(json));
    }
    for (String a : aliases) {
      keys.add(normalize(a));
    }
    return keys;
  }

  /**
   * The form in which header names are compared: trimmed, lower case, without underscores,
   * hyphens and (also full-width) spaces, so that {@code registration_authority},
   * {@code Registration Authority} and {@code registrationAuthority} are the same column.
   */
  static String normalize(String header) {
    StringBuilder s = new StringBuilder();
    for (char c : header.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c != '_' && c != '-' && c != ' ' && c != '\u3000') {
        s.append(c);
      }
    }
    return s.toString();
  }
}
