package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The draw manifest: everything that decides a draw except the seed, fixed and hashed before the
 * seed is known. Its {@linkplain #canonicalText() canonical text} is a UTF-8 document of {@code
 * name=value} lines defined in docs/draw-spec.md ("Manifest"); {@link #hash()} is SHA-256 of that
 * text, the commitment to publish before the draw.
 *
 * @param spec the specification version, {@value TargetDraw#SPEC}
 * @param task the task number (任务编号)
 * @param keyStream the label that, with the seed, determines every candidate's key; tasks drawn
 *     in one event with the same key stream share keys (coordinated samples)
 * @param design the design
 * @param populationDigest the population digest (hex)
 * @param populationSize the number of eligible candidates
 * @param strata per stratum present in the population, in label order: sizes and sample sizes
 * @param exclusionsDigest the exclusions digest (hex)
 * @param exclusions counts per exclusion reason, in reason order
 * @param seedPlan how the seed will be obtained
 * @param definition how the population was defined (directed filter, stratifier, eligibility
 *     rules), {@linkplain PopulationDefinition#none() none} for a population assembled by hand;
 *     omitted from the JSON when empty
 * @param populationRoot the population's Merkle root ({@link PopulationTree}, docs/draw-spec.md
 *     section 3.4), or "" for a manifest without one (every manifest before revision 2 of the
 *     spec); omitted from the JSON and the canonical text when empty
 */
@JsonPropertyOrder({"spec", "task", "keyStream", "design", "definition", "populationDigest",
    "populationRoot", "populationSize", "strata", "exclusionsDigest", "exclusions", "seedPlan"})
public record Manifest(String spec, String task, String keyStream, DrawDesign design,
    String populationDigest, int populationSize, List<StratumPlan> strata,
    String exclusionsDigest, List<ExclusionCount> exclusions, SeedPlan seedPlan,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) PopulationDefinition definition,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String populationRoot) {

  /**
   * One stratum of the manifest.
   *
   * @param stratum the label
   * @param population the number of eligible candidates in it
   * @param sample the sample size (for Poisson, the expected size); for weighted methods capped at
   *     the number of candidates with a positive score
   */
  @JsonPropertyOrder({"stratum", "population", "sample"})
  public record StratumPlan(String stratum, int population, int sample) {
    /** Validates the fields. */
    public StratumPlan {
      Codec.text("stratum label", stratum);
      checkArgument(population > 0 && sample >= 0 && sample <= population,
          "stratum %s: need 0 <= sample (%s) <= population (%s), population > 0", stratum,
          sample, population);
    }
  }

  /**
   * The number of entities excluded for one reason.
   *
   * @param reason the reason code
   * @param count the number of entities
   */
  @JsonPropertyOrder({"reason", "count"})
  public record ExclusionCount(String reason, int count) {
    /** Validates the fields. */
    public ExclusionCount {
      Codec.token("exclusion reason", reason);
      checkArgument(count > 0, "count of exclusion %s must be > 0: %s", reason, count);
    }
  }

  /** Validates the fields. */
  public Manifest {
    Codec.text("spec", spec);
    Codec.text("task", task);
    Codec.text("key stream", keyStream);
    Objects.requireNonNull(design, "design");
    populationDigest = Codec.hash("population digest", populationDigest);
    checkArgument(populationSize >= 0, "population size must be >= 0: %s", populationSize);
    strata = List.copyOf(strata);
    exclusionsDigest = Codec.hash("exclusions digest", exclusionsDigest);
    exclusions = List.copyOf(exclusions);
    Objects.requireNonNull(seedPlan, "seed plan");
    definition = definition == null ? PopulationDefinition.none() : definition;
    populationRoot = populationRoot == null || populationRoot.isEmpty() ? ""
        : Codec.hash("population Merkle root", populationRoot);
  }

  /** A manifest without a population Merkle root. */
  public Manifest(String spec, String task, String keyStream, DrawDesign design,
      String populationDigest, int populationSize, List<StratumPlan> strata,
      String exclusionsDigest, List<ExclusionCount> exclusions, SeedPlan seedPlan,
      PopulationDefinition definition) {
    this(spec, task, keyStream, design, populationDigest, populationSize, strata,
        exclusionsDigest, exclusions, seedPlan, definition, "");
  }

  /** A manifest of a population without a definition (assembled by hand). */
  public Manifest(String spec, String task, String keyStream, DrawDesign design,
      String populationDigest, int populationSize, List<StratumPlan> strata,
      String exclusionsDigest, List<ExclusionCount> exclusions, SeedPlan seedPlan) {
    this(spec, task, keyStream, design, populationDigest, populationSize, strata,
        exclusionsDigest, exclusions, seedPlan, PopulationDefinition.none());
  }

  /**
   * The manifest of a draw of {@code population} for {@code task}, with the key stream equal to
   * the task number.
   */
  public static Manifest create(String task, DrawDesign design, SeedPlan seedPlan,
      Population population) {
    return create(task, task, design, seedPlan, population);
  }

  /**
   * The manifest of a draw of {@code population}.
   *
   * @throws IllegalArgumentException if the population has no candidate (docs/draw-spec.md
   *     section 4, "Empty samples": there is nothing to draw), or the design is weighted and a
   *     candidate has no score (the message names it)
   */
  public static Manifest create(String task, String keyStream, DrawDesign design,
      SeedPlan seedPlan, Population population) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(design, "design");
    checkArgument(population.size() > 0, "task %s: %s", task, noCandidate(population));
    List<StratumPlan> strata = new ArrayList<>();
    Map<String, List<Candidate>> byStratum = design.method().weighted()
        ? DrawEngine.groupByStratum(population) : Map.of();
    for (Map.Entry<String, Integer> s : population.strata().entrySet()) {
      int n = design.sizeRule(s.getKey()).sampleSize(s.getValue());
      if (design.method().weighted()) {
        n = InclusionProbabilities.effectiveSize(DrawEngine.scores(byStratum.get(s.getKey())), n);
      }
      strata.add(new StratumPlan(s.getKey(), s.getValue(), n));
    }
    List<ExclusionCount> exclusions = new ArrayList<>();
    population.exclusionCounts().forEach((r, c) -> exclusions.add(new ExclusionCount(r, c)));
    return new Manifest(TargetDraw.SPEC, task, keyStream, design, population.digest(),
        population.size(), strata, population.exclusionsDigest(), exclusions, seedPlan,
        population.definition());
  }

  /** The canonical text: UTF-8, one {@code name=value} per line, each line ending in LF. */
  public String canonicalText() {
    StringBuilder b = new StringBuilder();
    line(b, "manifest", "doublerandom-manifest/v1");
    line(b, "spec", spec);
    line(b, "task", task);
    line(b, "key-stream", keyStream);
    body(b, "", design, definition, populationDigest, populationRoot, populationSize, strata,
        exclusionsDigest, exclusions);
    seedPlanLines(b, seedPlan);
    line(b, "end", "doublerandom-manifest/v1");
    return b.toString();
  }

  /**
   * The lines from {@code method=} to the last {@code exclusion.count=}, each name prefixed by
   * {@code prefix} (empty for a single-task manifest, {@code "task."} in a joint manifest).
   */
  static void body(StringBuilder b, String prefix, DrawDesign design,
      PopulationDefinition definition, String populationDigest, int populationSize,
      List<StratumPlan> strata, String exclusionsDigest, List<ExclusionCount> exclusions) {
    body(b, prefix, design, definition, populationDigest, "", populationSize, strata,
        exclusionsDigest, exclusions);
  }

  /** As above, with the {@code population-merkle-root=} line when {@code root} is not empty. */
  static void body(StringBuilder b, String prefix, DrawDesign design,
      PopulationDefinition definition, String populationDigest, String root, int populationSize,
      List<StratumPlan> strata, String exclusionsDigest, List<ExclusionCount> exclusions) {
    line(b, prefix + "method", design.method().token());
    line(b, prefix + "size", design.size().toString());
    for (DrawDesign.StratumSize s : design.stratumSizes()) {
      line(b, prefix + "size.stratum", s.stratum());
      line(b, prefix + "size.stratum.rule", s.size().toString());
    }
    line(b, prefix + "alternates", Integer.toString(design.alternates()));
    for (String l : definition.lines()) {
      b.append(prefix).append(l).append('\n');
    }
    line(b, prefix + "population-digest", populationDigest);
    if (!root.isEmpty()) {
      line(b, prefix + "population-merkle-root", root);
    }
    line(b, prefix + "population-size", Integer.toString(populationSize));
    for (StratumPlan s : strata) {
      line(b, prefix + "stratum", s.stratum());
      line(b, prefix + "stratum.population", Integer.toString(s.population()));
      line(b, prefix + "stratum.sample", Integer.toString(s.sample()));
    }
    line(b, prefix + "exclusions-digest", exclusionsDigest);
    for (ExclusionCount e : exclusions) {
      line(b, prefix + "exclusion", e.reason());
      line(b, prefix + "exclusion.count", Integer.toString(e.count()));
    }
  }

  /** The {@code seed-plan=} line and the lines of its commitments or beacon round. */
  static void seedPlanLines(StringBuilder b, SeedPlan seedPlan) {
    line(b, "seed-plan", seedPlan.kind());
    if (seedPlan instanceof SeedPlan.CommitReveal cr) {
      for (SeedPlan.Commitment c : cr.commitments()) {
        line(b, "commitment.party", c.party());
        line(b, "commitment.hash", c.hash());
      }
    } else if (seedPlan instanceof SeedPlan.Drand d) {
      line(b, "drand.chain-hash", d.chainHash());
      line(b, "drand.round", Long.toString(d.round()));
    }
  }

  /** Why a population without candidates cannot be drawn, with its number of exclusions. */
  static String noCandidate(Population population) {
    int excluded = population.exclusions().size();
    return "the population has no candidate (" + excluded + " excluded): nothing can be drawn"
        + (excluded == 0 ? " (is the population file empty or only a header?)" : "");
  }

  /**
   * This manifest committing also to the population's Merkle root (docs/draw-spec.md section
   * 3.4), so that each candidate can check its inclusion with an {@link InclusionProof}.
   *
   * @throws IllegalArgumentException if the population is not the one this manifest describes
   *     (its digest or size differs)
   */
  public Manifest withPopulationRoot(Population population) {
    Objects.requireNonNull(population, "population");
    checkArgument(population.digest().equals(populationDigest)
        && population.size() == populationSize,
        "task %s: the population (digest %s, %s candidates) is not the manifest's (%s, %s)", task,
        population.digest(), population.size(), populationDigest, populationSize);
    return new Manifest(spec, task, keyStream, design, populationDigest, populationSize, strata,
        exclusionsDigest, exclusions, seedPlan, definition, PopulationTree.root(population));
  }

  /** SHA-256 of the UTF-8 bytes of the canonical text, 64 lowercase hex digits. */
  public String hash() {
    return Codec.hex(Codec.sha256(canonicalText().getBytes(StandardCharsets.UTF_8)));
  }

  static void line(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(value).append('\n');
  }
}
