package io.doublerandom.model.task;

import java.util.Collection;
import java.util.Optional;

/** Argument checks of the task values; messages name the field and the value. */
final class Fields {
  private Fields() {}

  /** Non-blank text without leading or trailing whitespace, as everywhere in the model. */
  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          field + " must not start or end with whitespace, got '" + value + "'");
    }
    return value;
  }

  static void text(Optional<String> value, String field) {
    value.ifPresent(v -> text(v, field));
  }

  static void texts(Collection<String> values, String field) {
    values.forEach(v -> text(v, field));
  }

  static void require(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + rule + ", got '" + value + "'");
    }
  }
}
