package io.doublerandom.model;

/** Kind of relation behind a declared conflict of interest (回避事由). */
public enum RelationKind implements Labelled {
  SELF("本人为当事人"),
  NEAR_RELATIVE("近亲属"),
  FORMER_EMPLOYER("曾任职单位"),
  SHAREHOLDER("持股或投资"),
  LEGAL_REPRESENTATIVE("与法定代表人有关系"),
  AGENT("与代理人有关系"),
  RECUSAL_REQUEST("当事人申请回避"),
  OTHER("其他可能影响公正执法的关系");

  private final String label;

  RelationKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static RelationKind parse(String field, String text) {
    return Labelled.parse(RelationKind.class, field, text);
  }
}
