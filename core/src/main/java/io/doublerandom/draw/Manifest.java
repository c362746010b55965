package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

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
 */
@JsonPropertyOrder({"spec", "task", "keyStream", "design", "populationDigest", "populationSize",
    "strata", "exclusionsDigest", "exclusions", "seedPlan"})
public record Manifest(String spec, String task, String keyStream, DrawDesign design,
    String populationDigest, int populationSize, List<StratumPlan> strata,
    String exclusionsDigest, List<ExclusionCount> exclusions, SeedPlan seedPlan) {

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
    Codec.unhex("population digest", populationDigest, 32);
    checkArgument(populationSize >= 0, "population size must be >= 0: %s", populationSize);
    strata = List.copyOf(strata);
    Codec.unhex("exclusions digest", exclusionsDigest, 32);
    exclusions = List.copyOf(exclusions);
    Objects.requireNonNull(seedPlan, "seed plan");
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
   * @throws IllegalArgumentException if the design is weighted and a candidate has no score (the
   *     message names it)
   */
  public static Manifest create(String task, String keyStream, DrawDesign design,
      SeedPlan seedPlan, Population population) {
    Objects.requireNonNull(population, "population");
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
        population.size(), strata, population.exclusionsDigest(), exclusions, seedPlan);
  }

  /** The canonical text: UTF-8, one {@code name=value} per line, each line ending in LF. */
  public String canonicalText() {
    StringBuilder b = new StringBuilder();
    line(b, "manifest", "doublerandom-manifest/v1");
    line(b, "spec", spec);
    line(b, "task", task);
    line(b, "key-stream", keyStream);
    line(b, "method", design.method().token());
    line(b, "size", design.size().toString());
    for (DrawDesign.StratumSize s : design.stratumSizes()) {
      line(b, "size.stratum", s.stratum());
      line(b, "size.stratum.rule", s.size().toString());
    }
    line(b, "alternates", Integer.toString(design.alternates()));
    line(b, "population-digest", populationDigest);
    line(b, "population-size", Integer.toString(populationSize));
    for (StratumPlan s : strata) {
      line(b, "stratum", s.stratum());
      line(b, "stratum.population", Integer.toString(s.population()));
      line(b, "stratum.sample", Integer.toString(s.sample()));
    }
    line(b, "exclusions-digest", exclusionsDigest);
    for (ExclusionCount e : exclusions) {
      line(b, "exclusion", e.reason());
      line(b, "exclusion.count", Integer.toString(e.count()));
    }
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
    line(b, "end", "doublerandom-manifest/v1");
    return b.toString();
  }

  /** SHA-256 of the UTF-8 bytes of the canonical text, 64 lowercase hex digits. */
  public String hash() {
    return Codec.hex(Codec.sha256(canonicalText().getBytes(StandardCharsets.UTF_8)));
  }

  private static void line(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(value).append('\n');
  }
}
