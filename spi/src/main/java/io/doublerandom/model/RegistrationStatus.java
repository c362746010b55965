package io.doublerandom.model;

/** Registration status of a market entity (登记状态). */
public enum RegistrationStatus implements Labelled {
  OPERATING("存续"),
  DEREGISTERED("注销"),
  REVOKED("吊销"),
  CANCELLED("撤销"),
  MOVED_OUT("迁出");

  private final String label;

  RegistrationStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the entity is still registered and operating; only such entities are inspected. */
  public boolean isOperating() {
    return this == OPERATING;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static RegistrationStatus parse(String field, String text) {
    return Labelled.parse(RegistrationStatus.class, field, text);
  }
}
