package io.doublerandom.model;

/** Kind of entry in the inspector directory (执法检查人员名录库: 普通+专业). */
public enum InspectorKind implements Labelled {
  ENFORCEMENT_OFFICER("执法检查人员"),
  EXPERT("专业技术人员");

  private final String label;

  InspectorKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static InspectorKind parse(String field, String text) {
    return Labelled.parse(InspectorKind.class, field, text);
  }
}
