package io.doublerandom.draw;

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
