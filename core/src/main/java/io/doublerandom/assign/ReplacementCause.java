package io.doublerandom.assign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a team member is replaced after the assignment (spec section 10). */
public enum ReplacementCause {
  /**
   * The inspector cannot take part (illness, other duties): excluded from this visit and never
   * chosen as a replacement afterwards in this assignment. Replace the inspector at each of his
   * or her visits separately.
   */
  UNAVAILABLE("unavailable"),
  /** A conflict of interest found after the draw: excluded from this visit only. */
  CONFLICT("conflict");

  private final String token;

  ReplacementCause(String token) {
    this.token = token;
  }

  /** The token in the record, for example {@code "unavailable"}. */
  @JsonValue
  public String token() {
    return token;
  }

  /** The cause with this token. */
  @JsonCreator
  public static ReplacementCause ofToken(String token) {
    for (ReplacementCause c : values()) {
      if (c.token.equals(token)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown replacement cause: '" + token
        + "' (unavailable or conflict)");
  }
}
