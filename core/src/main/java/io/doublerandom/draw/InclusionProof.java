package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proof that one candidate, with its stratum and score, is a leaf of a population's Merkle
 * tree (docs/draw-spec.md section 3.4), and its file form (JSON, {@link #toJson()}). With a
 * published record whose manifest carries the tree's root, {@link #check} tells the entity
 * whether it was in the pool, its key, its inclusion probability and whether it was drawn,
 * without the population file.
 *
 * @param id the candidate's id
 * @param stratum its stratum label
 * @param score its score in canonical decimal form, or "" for an unscored candidate
 * @param index its position among the candidates in bytewise order of id, from 0
 * @param size the number of candidates {@code N}
 * @param path the sibling hashes from the leaf up (hex), as section 3.4 consumes them
 * @param root the Merkle root the path leads to (hex)
 */
@JsonPropertyOrder({"spec", "id", "stratum", "score", "index", "size", "path", "root"})
public record InclusionProof(String id, String stratum, String score, long index, long size,
    List<String> path, String root) {
  /** The file format's version: {@value}. */
  public static final String SPEC = "doublerandom/population-proof/v1";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .build();

  /** Validates the fields and lowercases the hex. */
  public InclusionProof {
    Codec.text("id", id);
    Codec.text("stratum", stratum);
    score = score == null ? "" : score;
    if (!score.isEmpty()) {
      checkArgument(Codec.decimal(new BigDecimal(score)).equals(score),
          "score of %s is not a canonical decimal: %s", id, score);
    }
    checkArgument(size >= 1 && index >= 0 && index < size,
        "proof of %s: need 0 <= index (%s) < size (%s)", id, index, size);
    List<String> p = new ArrayList<>();
    for (String h : Objects.requireNonNull(path, "path")) {
      p.add(Codec.hash("path hash of " + id, h));
    }
    path = List.copyOf(p);
    root = Codec.hash("root of the proof of " + id, root);
  }

  /** The file format's version, {@link #SPEC} (written and checked). */
  @JsonProperty("spec")
  String spec() {
    return SPEC;
  }

  /** The candidate this proof is about. */
  @JsonIgnore
  public Candidate candidate() {
    return score.isEmpty() ? Candidate.of(id, stratum)
        : Candidate.scored(id, stratum, new BigDecimal(score));
  }

  /** Whether the path leads from this candidate's leaf to {@link #root()}. */
  @JsonIgnore
  public boolean valid() {
    return PopulationTree.recompute(this).map(root::equals).orElse(false);
  }

  /** The proof as JSON (two-space indentation, LF line ends, final LF). */
  public String toJson() {
    try {
      return MAPPER.writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write proof as JSON", e);
    }
  }

  /**
   * Reads a proof file.
   *
   * @throws IllegalArgumentException if it is not a proof of {@link #SPEC} (the message says what)
   */
  public static InclusionProof fromJson(String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(json);
      checkArgument(tree != null && tree.isObject(), "a proof file holds one JSON object");
      checkArgument(tree.path("spec").asText().equals(SPEC), "not a proof of %s: spec %s", SPEC,
          tree.path("spec"));
      ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("spec");
      return MAPPER.treeToValue(tree, InclusionProof.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException("invalid proof: " + iae.getMessage(), e);
      }
      throw new IllegalArgumentException("invalid proof JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * What a proof shows about its candidate in a published draw.
   *
   * @param problems why the proof does not show that the candidate was in the pool (empty when
   *     it does): a path that does not lead to its root, a root that is not the record manifest's,
   *     a size that is not the manifest's population size, a stratum the manifest lacks
   * @param id the candidate
   * @param stratum its stratum
   * @param key its order key K (hex), from the record's seed and key stream
   * @param probability its inclusion probability in the record
   * @param outcome {@code selected}, {@code alternate} or {@code not selected} (a replacement
   *     that took its place in the current sample is shown as {@code selected (replacement)})
   */
  public record ProofCheck(List<String> problems, String id, String stratum, String key,
      Optional<Rational> probability, String outcome) {
    /** Copies the list. */
    public ProofCheck {
      problems = List.copyOf(problems);
    }

    /** Whether the proof shows that the candidate was in the pool. */
    public boolean inPool() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks this proof against a published record (docs/draw-spec.md section 3.4, "Checking a
   * proof"): the path leads to the root, the root and the size are the record manifest's, the
   * stratum is one of its strata; then reports the candidate's key (recomputed from the record's
   * seed), its probability and whether it was drawn. The record itself is verified with {@link
   * TargetDraw#verify}; this check needs no population.
   */
  public ProofCheck check(DrawRecord record) {
    Objects.requireNonNull(record, "record");
    List<String> problems = new ArrayList<>();
    Manifest m = record.manifest();
    if (!valid()) {
      problems.add("the path does not lead from the candidate's leaf to the proof's root " + root);
    }
    if (m.populationRoot().isEmpty()) {
      problems.add("the record's manifest carries no population Merkle root");
    } else if (!m.populationRoot().equals(root)) {
      problems.add("the proof's root " + root + " is not the manifest's " + m.populationRoot());
    }
    if (m.populationSize() != size) {
      problems.add("the proof's size " + size + " is not the manifest's population size "
          + m.populationSize());
    }
    Optional<Manifest.StratumPlan> plan = m.strata().stream()
        .filter(s -> s.stratum().equals(stratum)).findFirst();
    if (plan.isEmpty()) {
      problems.add("the manifest has no stratum " + stratum);
    }
    String key = Codec.hex(new Prf(Codec.unhex("seed", record.seed(), 32), m.keyStream())
        .compute(Prf.ORDER, Codec.utf8(id)));
    Optional<Rational> probability = Optional.empty();
    String outcome = "not selected";
    Optional<DrawRecord.StratumDraw> s = record.stratum(stratum);
    if (s.isPresent()) {
      for (DrawRecord.Probability p : s.get().probabilities()) {
        if (p.id().equals(id)) {
          probability = Optional.of(p.probability());
        }
      }
      if (m.design().method() == DrawMethod.SRSWOR) {
        probability = Optional.of(Rational.of(s.get().sample(), s.get().population()));
      }
      if (s.get().selected().stream().anyMatch(d -> d.id().equals(id))) {
        outcome = "selected";
      } else if (s.get().alternates().stream().anyMatch(d -> d.id().equals(id))) {
        outcome = "alternate";
      }
      if (record.currentSample(stratum).contains(id) && !outcome.equals("selected")) {
        outcome = "selected (replacement)";
      } else if (outcome.equals("selected") && !record.currentSample(stratum).contains(id)) {
        outcome = "selected, then replaced";
      }
    }
    return new ProofCheck(problems, id, stratum, key, probability, outcome);
  }
}
