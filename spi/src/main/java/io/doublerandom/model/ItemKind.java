package io.doublerandom.model;

/** Category of an inspection item (事项类别): general items have strictly limited ratios, key items none. */
public enum ItemKind implements Labelled {
  GENERAL("一般检查事项"),
  KEY("重点检查事项");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static ItemKind parse(String field, String text) {
    return Labelled.parse(ItemKind.class, field, text);
  }
}
