package io.doublerandom.model;

/** Argument checks shared by the value types; messages name the field and the value. */
final class Checks {
  private Checks() {}

  static String requireNonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  static void require(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + rule + ", got '" + value + "'");
    }
  }
}
