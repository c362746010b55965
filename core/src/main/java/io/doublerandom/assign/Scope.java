package io.doublerandom.assign;

/**
 * Where a task's inspectors may come from (docs/assignment-spec.md section 5, rule {@code scope}).
 */
public enum Scope {
  /**
   * Same jurisdiction (the default): the inspector's region contains the entity's region, or the
   * inspector belongs to the entity's registration authority.
   */
  JURISDICTION("jurisdiction"),
  /**
   * Cross-county inspection (交叉互查): a county-level inspector of another county; of the same
   * prefecture as the entity, or, when partner regions are named, of a partner region.
   */
  CROSS_COUNTY("cross-county"),
  /**
   * Cross-city inspection: an inspector of a city or county of another prefecture; of the same
   * province as the entity, or, when partner regions are named, of a partner region.
   */
  CROSS_PREFECTURE("cross-prefecture");

  private final String token;

  Scope(String token) {
    this.token = token;
  }

  /** The token in the manifest, for example {@code "cross-county"}. */
  public String token() {
    return token;
  }

  /** The scope with this token. */
  public static Scope ofToken(String token) {
    for (Scope s : values()) {
      if (s.token.equals(token)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scope: '" + token
        + "' (jurisdiction, cross-county or cross-prefecture)");
  }
}
