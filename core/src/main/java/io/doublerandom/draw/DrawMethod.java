package io.doublerandom.draw;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The sampling method used within each stratum. */
public enum DrawMethod {
  /**
   * Simple random sampling without replacement: the {@code n} candidates with the smallest keys.
   * Every candidate of a stratum of {@code N} has inclusion probability exactly {@code n/N}.
   */
  SRSWOR("srswor"),
  /**
   * Poisson sampling with risk-weighted inclusion probabilities: each candidate is included
   * independently iff its uniform is below its probability. Exact probabilities, random size.
   */
  POISSON("poisson"),
  /**
   * The ordered pivotal method (Deville and Tillé 1998) over the candidates in key order, with
   * risk-weighted inclusion probabilities: exact probabilities and exactly {@code n} selected.
   */
  PIVOTAL("pivotal");

  private final String token;

  DrawMethod(String token) {
    this.token = token;
  }

  /** The token used in the manifest and the record, for example {@code "pivotal"}. */
  @JsonValue
  public String token() {
    return token;
  }

  /** Whether this method needs a risk score on every candidate. */
  public boolean weighted() {
    return this != SRSWOR;
  }

  /** Parses a token. */
  @JsonCreator
  public static DrawMethod parse(String token) {
    for (DrawMethod m : values()) {
      if (m.token.equals(token)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown draw method '" + token
        + "'; expected srswor, poisson or pivotal");
  }
}
