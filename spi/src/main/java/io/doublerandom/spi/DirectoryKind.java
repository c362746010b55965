package io.doublerandom.spi;

/** The directories whose snapshots a {@link DirectoryStore} keeps. */
public enum DirectoryKind {
  /** The directory of market entities (检查对象名录库). */
  ENTITIES("entities"),
  /** The directory of inspectors (执法检查人员名录库). */
  INSPECTORS("inspectors"),
  /** The directory of authorities (departments). */
  AUTHORITIES("authorities");

  private final String token;

  DirectoryKind(String token) {
    this.token = token;
  }

  /** The token stored and written in snapshot digests, for example {@code "entities"}. */
  public String token() {
    return token;
  }

  /** The kind of a token. */
  public static DirectoryKind ofToken(String token) {
    for (DirectoryKind k : values()) {
      if (k.token.equals(token)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown directory kind '" + token
        + "' (expected entities, inspectors or authorities)");
  }
}
