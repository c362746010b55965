package io.doublerandom.model;

/**
 * An enumeration constant with a Chinese label as used in published lists and spreadsheets.
 * Importers accept either the constant name or the label.
 */
public interface Labelled {
  /** The constant's name, as written in JSON. */
  String name();

  /** The Chinese label. */
  String label();

  /**
   * Finds the constant whose name (case-insensitive) or label equals {@code text}.
   *
   * @throws IllegalArgumentException naming the field, the value and the accepted values
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String text) {
    String t = text == null ? "" : text.strip();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(t) || e.label().equals(t)) {
        return e;
      }
    }
    StringBuilder accepted = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (accepted.length() > 0) {
        accepted.append(", ");
      }
      accepted.append(e.name()).append(" (").append(e.label()).append(')');
    }
    throw new IllegalArgumentException(
        "unknown " + field + " '" + text + "'; accepted: " + accepted);
  }
}
