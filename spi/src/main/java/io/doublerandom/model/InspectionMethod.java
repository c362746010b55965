package io.doublerandom.model;

/** How an item is inspected (检查方式). */
public enum InspectionMethod implements Labelled {
  DOCUMENT_REVIEW("书面检查"),
  ON_SITE("实地核查"),
  ONLINE_MONITORING("网络监测"),
  SAMPLING_TEST("抽样检测"),
  SMART_SUPERVISION("智慧监管检查"),
  ENTRUSTED_INSTITUTION("委托专业机构");

  private final String label;

  InspectionMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static InspectionMethod parse(String field, String text) {
    return Labelled.parse(InspectionMethod.class, field, text);
  }
}
