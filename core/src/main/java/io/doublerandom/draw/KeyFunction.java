package io.doublerandom.draw;

/**
 * The per-candidate keys a selection consumes: the order key {@code K} and the pivotal duel
 * uniform {@code V} (docs/draw-spec.md, "Keys"). {@link Prf} is the only implementation used by
 * draws; tests substitute synthetic keys to enumerate every key order exactly.
 */
interface KeyFunction {
  /** The 32-byte order key {@code K} of the candidate. */
  byte[] order(Candidate candidate);

  /** The 32-byte duel uniform {@code V} of the candidate. */
  byte[] pivot(Candidate candidate);
}
