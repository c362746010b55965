package io.doublerandom.model;

/** Legal form of a market entity (经营主体类型). */
public enum EntityKind implements Labelled {
  ENTERPRISE("企业"),
  BRANCH("分支机构"),
  INDIVIDUAL_BUSINESS("个体工商户"),
  FARMERS_COOPERATIVE("农民专业合作社"),
  FOREIGN_REPRESENTATIVE_OFFICE("外国企业常驻代表机构"),
  OTHER("其他");

  private final String label;

  EntityKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static EntityKind parse(String field, String text) {
    return Labelled.parse(EntityKind.class, field, text);
  }
}
