package io.doublerandom.model;

/** Administrative level of an authority, an inspection item's responsible level or a task. */
public enum AuthorityLevel {
  NATIONAL("国家"),
  PROVINCE("省"),
  CITY("市"),
  COUNTY("县");

  private final String label;

  AuthorityLevel(String label) {
    this.label = label;
  }

  /** The Chinese label, as used in published lists. */
  public String label() {
    return label;
  }
}
