package io.doublerandom.model;

/** Role of a person or organisation related to a market entity. */
public enum PartyRole implements Labelled {
  LEGAL_REPRESENTATIVE("法定代表人"),
  SHAREHOLDER("股东"),
  MANAGER("高级管理人员"),
  AGENT("委托代理人"),
  OTHER("其他");

  private final String label;

  PartyRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static PartyRole parse(String field, String text) {
    return Labelled.parse(PartyRole.class, field, text);
  }
}
