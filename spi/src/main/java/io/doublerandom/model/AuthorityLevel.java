package io.doublerandom.model;

/** Administrative level of an authority, of an item's responsible department or of a task. */
public enum AuthorityLevel implements Labelled {
  NATIONAL("国家"),
  PROVINCE("省"),
  CITY("市"),
  COUNTY("县");

  private final String label;

  AuthorityLevel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static AuthorityLevel parse(String field, String text) {
    return Labelled.parse(AuthorityLevel.class, field, text);
  }
}
