package io.doublerandom.model;

/** Enterprise size class (企业规模, per the national statistical size rules). */
public enum EntitySize implements Labelled {
  MICRO("微型"),
  SMALL("小型"),
  MEDIUM("中型"),
  LARGE("大型");

  private final String label;

  EntitySize(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static EntitySize parse(String field, String text) {
    return Labelled.parse(EntitySize.class, field, text);
  }
}
