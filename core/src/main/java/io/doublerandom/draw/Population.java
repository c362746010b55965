package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The frozen input of a draw: the eligible candidates and the excluded entities with their reasons.
 * The candidates are held sorted by the UTF-8 bytes of their ids, so the order in which they were
 * supplied never matters.
 *
 * <p>The population digest and the exclusions digest are defined byte by byte in
 * docs/draw-spec.md ("Population digest").
 */
public final class Population {
  static final Comparator<Candidate> BY_ID =
      (a, b) -> Codec.compareBytes(a.idBytes(), b.idBytes());
  private static final Comparator<Exclusion> EXCLUSION_ORDER =
      Comparator.comparing(Exclusion::id, Codec.UTF8_ORDER);

  private final List<Candidate> candidates;
  private final List<Exclusion> exclusions;
  private final SortedMap<String, Integer> strata;
  private final SortedMap<String, Integer> exclusionCounts;
  private final String digest;
  private final String exclusionsDigest;
  private final PopulationDefinition definition;

  private Population(List<Candidate> candidates, List<Exclusion> exclusions,
      PopulationDefinition definition) {
    this.candidates = candidates;
    this.exclusions = exclusions;
    this.definition = definition;
    TreeMap<String, Integer> s = new TreeMap<>(Codec.UTF8_ORDER);
    for (Candidate c : candidates) {
      s.merge(c.stratum(), 1, Integer::sum);
    }
    this.strata = Collections.unmodifiableSortedMap(s);
    TreeMap<String, Integer> e = new TreeMap<>(Codec.UTF8_ORDER);
    for (Exclusion x : exclusions) {
      e.merge(x.reason(), 1, Integer::sum);
    }
    this.exclusionCounts = Collections.unmodifiableSortedMap(e);
    this.digest = computeDigest(candidates);
    this.exclusionsDigest = computeExclusionsDigest(exclusions);
  }

  /**
   * A population of eligible candidates and excluded entities, in any order.
   *
   * @throws IllegalArgumentException if an id appears twice among the candidates, twice among the
   *     exclusions, or both as a candidate and as an exclusion; the message names the id
   */
  public static Population of(Collection<Candidate> candidates, Collection<Exclusion> exclusions) {
    return of(candidates, exclusions, PopulationDefinition.none());
  }

  /**
   * A population of eligible candidates and excluded entities, in any order, with the definition
   * it was built from (the manifest carries the definition's lines; {@link PopulationBuilder}
   * writes them).
   *
   * @throws IllegalArgumentException if an id appears twice among the candidates, twice among the
   *     exclusions, or both as a candidate and as an exclusion; the message names the id
   */
  public static Population of(Collection<Candidate> candidates, Collection<Exclusion> exclusions,
      PopulationDefinition definition) {
    java.util.Objects.requireNonNull(definition, "definition");
    List<Candidate> cs = new ArrayList<>(candidates);
    cs.sort(BY_ID);
    for (int i = 1; i < cs.size(); i++) {
      checkArgument(BY_ID.compare(cs.get(i - 1), cs.get(i)) != 0,
          "candidate id %s appears more than once", cs.get(i).id());
    }
    List<Exclusion> xs = new ArrayList<>(exclusions);
    xs.sort(EXCLUSION_ORDER);
    Set<String> eligible = new HashSet<>(cs.size() * 2);
    cs.forEach(c -> eligible.add(c.id()));
    for (int i = 0; i < xs.size(); i++) {
      Exclusion x = xs.get(i);
      checkArgument(i == 0 || !xs.get(i - 1).id().equals(x.id()),
          "excluded id %s appears more than once", x.id());
      checkArgument(!eligible.contains(x.id()),
          "id %s is both a candidate and excluded (%s)", x.id(), x.reason());
    }
    return new Population(List.copyOf(cs), List.copyOf(xs), definition);
  }

  /** A population without exclusions. */
  public static Population of(Collection<Candidate> candidates) {
    return of(candidates, List.of());
  }

  /** The eligible candidates, sorted by the UTF-8 bytes of their ids. */
  public List<Candidate> candidates() {
    return candidates;
  }

  /** The excluded entities, sorted by the UTF-8 bytes of their ids. */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * How the population was defined (filter, stratifier, eligibility rules), or {@linkplain
   * PopulationDefinition#none() none} for a population assembled by hand.
   */
  public PopulationDefinition definition() {
    return definition;
  }

  /** The number of eligible candidates. */
  public int size() {
    return candidates.size();
  }

  /** The number of eligible candidates per stratum label, labels in UTF-8 byte order. */
  public SortedMap<String, Integer> strata() {
    return strata;
  }

  /** The number of exclusions per reason code, reasons in byte order. */
  public SortedMap<String, Integer> exclusionCounts() {
    return exclusionCounts;
  }

  /** The population digest, 64 lowercase hex digits. */
  public String digest() {
    return digest;
  }

  /** The exclusions digest, 64 lowercase hex digits. */
  public String exclusionsDigest() {
    return exclusionsDigest;
  }

  private static String computeDigest(List<Candidate> sorted) {
    MessageDigest md = Codec.sha256();
    Codec.str(md, "doublerandom/population/v1");
    Codec.u64(md, sorted.size());
    for (Candidate c : sorted) {
      Codec.bytes(md, c.idBytes());
      Codec.str(md, c.stratum());
      Codec.str(md, c.scoreText());
    }
    return Codec.hex(md.digest());
  }

  private static String computeExclusionsDigest(List<Exclusion> sorted) {
    MessageDigest md = Codec.sha256();
    Codec.str(md, "doublerandom/exclusions/v1");
    Codec.u64(md, sorted.size());
    for (Exclusion x : sorted) {
      Codec.str(md, x.id());
      Codec.str(md, x.reason());
    }
    return Codec.hex(md.digest());
  }

  @Override
  public String toString() {
    return "Population[" + candidates.size() + " candidates in " + strata.size() + " strata, "
        + exclusions.size() + " exclusions, digest " + digest
        + (definition.isEmpty() ? "" : ", with a definition of " + definition.lines().size()
        + " lines") + "]";
  }
}
