package io.doublerandom.model;

import java.util.Collection;
import java.util.Optional;

/** Argument checks shared by the value types; messages name the field and the value. */
final class Checks {
  private Checks() {}

  static String requireNonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /**
   * Requires text of the model: not null, not blank, and without leading or trailing whitespace
   * ({@link String#strip()} leaves it unchanged). Every text attribute of the model values obeys
   * this, so that the CSV and JSON readers, which trim what they read and take blank as absent,
   * give back exactly the values that were written.
   */
  static String requireText(String value, String field) {
    requireNonBlank(value, field);
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          field + " must not start or end with whitespace, got '" + value + "'");
    }
    return value;
  }

  /** {@link #requireText(String, String)} for an optional value, when present. */
  static void requireText(Optional<String> value, String field) {
    value.ifPresent(v -> requireText(v, field));
  }

  /** {@link #requireText(String, String)} for every element. */
  static void requireTexts(Collection<String> values, String field) {
    for (String v : values) {
      requireText(v, field);
    }
  }

  static void require(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + rule + ", got '" + value + "'");
    }
  }
}
