package io.doublerandom.model;

/** The kind of an {@link EntityId}: which numbering scheme the identifier belongs to. */
public enum IdentifierKind {
  /** The 18-character unified social credit code of GB 32100-2015. */
  CREDIT_CODE("统一社会信用代码"),
  /** The 15-digit business registration number (GS15-2006) used before the 2015 reform. */
  LEGACY_REGISTRATION_NUMBER("注册号(旧)");

  private final String label;

  IdentifierKind(String label) {
    this.label = label;
  }

  /** The Chinese label, as printed on licences and in published lists. */
  public String label() {
    return label;
  }
}
