package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

/**
 * An entity removed from the population before the draw, with the code of the rule that removed
 * it. Exclusions are counted by reason in the manifest and digested, so a verifier sees that the
 * excluded set was fixed before the seed was known.
 *
 * @param id the entity's identifier
 * @param reason a reason code: lowercase ASCII letters, digits and '-', for example {@code
 *     deregistered} (the codes {@link Eligibility} uses are listed there)
 */
public record Exclusion(String id, String reason) {
  /** Validates the id (non-empty, no control characters) and the reason code. */
  public Exclusion {
    Codec.text("excluded id", id);
    Codec.token("exclusion reason of " + id, reason);
  }
}
