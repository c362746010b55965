package io.doublerandom.draw;

import java.util.List;

/**
 * Thrown when the revealed seed material does not fit the seed plan committed in the manifest: a
 * reveal that does not match its commitment, a missing or unexpected party, a drand round or
 * chain other than the one named, or a beacon randomness that is not SHA-256 of its signature.
 * {@link #problems()} lists every problem, each naming the party or field.
 */
public final class SeedRejectedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  SeedRejectedException(List<String> problems) {
    super("seed rejected: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in a deterministic order. */
  public List<String> problems() {
    return problems;
  }
}
