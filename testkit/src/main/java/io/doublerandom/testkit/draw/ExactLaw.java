package io.doublerandom.testkit.draw;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The exact law of one stratum's sample, from {@link DrawOracle}'s enumeration: every sample with
 * its probability, each candidate's inclusion probability and (for srswor) its probability of
 * being the first alternate, as exact fractions.
 *
 * @param stratum the stratum label
 * @param samples every possible sample (ids sorted) with its probability; they sum to 1
 * @param inclusion each candidate's inclusion probability, ids in population order
 * @param firstAlternate each candidate's probability of being the first alternate (empty when
 *     the design has no alternates)
 * @param cases how many key orders (times duel branches) were enumerated
 */
public record ExactLaw(String stratum, Map<List<String>, BigFraction> samples,
    Map<String, BigFraction> inclusion, Map<String, BigFraction> firstAlternate, long cases) {
  /** Copies the maps. */
  public ExactLaw {
    samples = Map.copyOf(samples);
    inclusion = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inclusion));
    firstAlternate = java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(firstAlternate));
  }

  /** The inclusion probability of a candidate. */
  public BigFraction inclusion(String id) {
    BigFraction p = inclusion.get(id);
    if (p == null) {
      throw new IllegalArgumentException("no candidate " + id + " in stratum " + stratum);
    }
    return p;
  }

  /** The sample sizes that occur. */
  public java.util.SortedSet<Integer> sizes() {
    java.util.SortedSet<Integer> s = new java.util.TreeSet<>();
    samples.keySet().forEach(k -> s.add(k.size()));
    return s;
  }
}
