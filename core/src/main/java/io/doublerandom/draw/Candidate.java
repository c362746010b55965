package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate of a target draw: an identifier, the label of its stratum and, for risk-weighted
 * designs, a non-negative risk score. This is all the draw engine knows about a candidate; build
 * candidates from market entities with {@link EntityCandidates}.
 *
 * <p>The identifier is the text whose UTF-8 bytes enter the key derivation (for market entities
 * the unified social credit code). Identifiers and stratum labels must be non-empty and free of
 * control characters. Scores are kept in canonical form (trailing zeros stripped), so
 * {@code 1.50} and {@code 1.5} are the same score.
 */
public final class Candidate {
  private final String id;
  private final String stratum;
  private final BigDecimal score;
  private final byte[] idBytes;

  private Candidate(String id, String stratum, BigDecimal score) {
    this.id = Codec.text("candidate id", id);
    this.stratum = Codec.text("stratum of candidate " + id, stratum);
    if (score != null) {
      checkArgument(score.signum() >= 0, "risk score of candidate %s must be >= 0: %s", id,
          score.toPlainString());
      score = score.signum() == 0 ? BigDecimal.ZERO : score.stripTrailingZeros();
    }
    this.score = score;
    this.idBytes = Codec.utf8(id);
  }

  /** A candidate without a risk score (for simple random sampling within strata). */
  public static Candidate of(String id, String stratum) {
    return new Candidate(id, stratum, null);
  }

  /** A candidate with a non-negative risk score (for risk-weighted designs). */
  public static Candidate scored(String id, String stratum, BigDecimal score) {
    Objects.requireNonNull(score, "score");
    return new Candidate(id, stratum, score);
  }

  /** The identifier. */
  public String id() {
    return id;
  }

  /** The stratum label. */
  public String stratum() {
    return stratum;
  }

  /** The risk score, if any. */
  public Optional<BigDecimal> score() {
    return Optional.ofNullable(score);
  }

  /** The UTF-8 bytes of the id; shared, never modify. */
  byte[] idBytes() {
    return idBytes;
  }

  /** The score's canonical decimal text, or "" without a score. */
  String scoreText() {
    return score == null ? "" : Codec.decimal(score);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Candidate c && id.equals(c.id) && stratum.equals(c.stratum)
        && Objects.equals(score, c.score);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stratum, score);
  }

  @Override
  public String toString() {
    return "Candidate[" + id + ", " + stratum + (score == null ? "" : ", " + scoreText()) + "]";
  }
}
