package io.doublerandom.draw;

import io.doublerandom.internal.Codec;
import java.util.List;

/**
 * The outcome of re-running a published draw: every difference between the record and what the
 * population and the record's own inputs reproduce. An empty list means the draw reproduces.
 *
 * @param differences every difference found, in the order of the verification procedure
 */
public record Verification(List<Difference> differences) {
  /**
   * One difference.
   *
   * @param field where, for example {@code "manifest.populationDigest"} or {@code
   *     "strata[C].selected[91140105MA0K000003]"}
   * @param recorded what the record says
   * @param recomputed what the verification computed
   */
  public record Difference(String field, String recorded, String recomputed) {
    @Override
    public String toString() {
      return field + ": recorded " + recorded + ", recomputed " + recomputed;
    }
  }

  /** Copies the list. */
  public Verification {
    differences = List.copyOf(differences);
  }

  /**
   * The seed step of verifying a draw or an assignment record (docs/draw-spec.md section 11 step
   * 4, docs/assignment-spec.md section 11): derives the seed from the recorded seed source and the
   * recorded manifest; adds a {@code seedSource} difference per rejection problem, or a {@code
   * seed} difference if the derived seed is not the recorded one. Returns the seed the selection
   * is to be re-run with: the derived one, else the recorded one, else null (after adding a
   * {@code seed} difference) when the recorded seed is not 32 bytes of hex either.
   *
   * @param source the record's seed source
   * @param plan the recorded manifest's seed plan
   * @param manifestHash the hash of the recorded manifest (hex)
   * @param recordedSeed the record's seed (hex)
   * @param differences where the differences are added
   */
  public static byte[] seedStep(SeedSource source, SeedPlan plan, String manifestHash,
      String recordedSeed, List<Difference> differences) {
    try {
      byte[] derived = source.seed(plan, manifestHash);
      if (!Codec.hex(derived).equals(recordedSeed)) {
        differences.add(new Difference("seed", String.valueOf(recordedSeed),
            Codec.hex(derived)));
      }
      return derived;
    } catch (SeedRejectedException e) {
      for (String problem : e.problems()) {
        differences.add(new Difference("seedSource", source.kind(), problem));
      }
    }
    try {
      return Codec.unhex("seed", recordedSeed, 32);
    } catch (IllegalArgumentException e) {
      differences.add(new Difference("seed", String.valueOf(recordedSeed),
          "not a 32-byte hex value"));
      return null;
    }
  }

  /** Whether the record reproduces exactly. */
  public boolean reproduces() {
    return differences.isEmpty();
  }

  /** One line per difference, or "reproduces". */
  @Override
  public String toString() {
    if (differences.isEmpty()) {
      return "reproduces";
    }
    StringBuilder b = new StringBuilder();
    differences.forEach(d -> b.append(d).append('\n'));
    return b.toString();
  }
}
