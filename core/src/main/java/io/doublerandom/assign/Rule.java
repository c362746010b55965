package io.doublerandom.assign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The eligibility rules, in the fixed order in which they remove inspectors from a visit's pool
 * (docs/assignment-spec.md section 5). Each inspector of the directory is counted under the first
 * rule that removes it.
 */
public enum Rule {
  /** The directory entry is inactive. */
  INACTIVE("inactive"),
  /** The inspector's authority level is not among the task's levels. */
  LEVEL("level"),
  /** The inspector is outside the task's scope (jurisdiction or cross-region mode). */
  SCOPE("scope"),
  /** Joint visit: an officer of an authority that does not participate. */
  DEPARTMENT("department"),
  /** On leave (or otherwise unavailable) on at least one inspection date. */
  UNAVAILABLE("unavailable"),
  /** A declared conflict of interest with the entity or one of its related parties (回避). */
  CONFLICT("conflict"),
  /** The entity asked for this inspector's recusal. */
  RECUSAL_REQUEST("recusal-request"),
  /** The inspector inspected the entity within the rotation window. */
  ROTATION("rotation"),
  /** An officer without an enforcement certificate valid on every inspection date. */
  CERTIFICATE("certificate"),
  /** An expert without any specialty the visit requires. */
  SPECIALTY("specialty");

  private final String token;

  Rule(String token) {
    this.token = token;
  }

  /** The token used in records and reports, for example {@code "recusal-request"}. */
  @JsonValue
  public String token() {
    return token;
  }

  /** The rule with this token. */
  @JsonCreator
  public static Rule ofToken(String token) {
    for (Rule r : values()) {
      if (r.token.equals(token)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown rule token: '" + token + "'");
  }
}
