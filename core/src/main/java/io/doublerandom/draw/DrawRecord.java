package io.doublerandom.draw;

import io.doublerandom.internal.Codec;
import io.doublerandom.json.CanonicalJson;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The self-contained, publishable result of a draw: the manifest and its hash, the seed material
 * and the derived seed, and per stratum the selected candidates (with their keys and inclusion
 * probabilities), the ordered alternates and, for weighted designs, every candidate's inclusion
 * probability; then the replacements made after the draw. With the frozen population anyone can
 * re-run it ({@link TargetDraw#verify}). The JSON form is specified in docs/draw-spec.md ("Draw
 * record").
 *
 * @param spec the specification version
 * @param manifest the manifest
 * @param manifestHash the manifest hash published before the draw
 * @param seedSource the seed material
 * @param seed the derived seed, 64 hex digits
 * @param strata one entry per stratum of the manifest, in label order
 * @param replacements the replacements made after the draw, in the order they were made
 */
@JsonPropertyOrder({"spec", "manifest", "manifestHash", "seedSource", "seed", "strata",
    "replacements"})
public record DrawRecord(String spec, Manifest manifest, String manifestHash,
    SeedSource seedSource, String seed, List<StratumDraw> strata,
    List<Replacement> replacements) {

  /**
   * The result in one stratum.
   *
   * @param stratum the label
   * @param population the number of eligible candidates
   * @param sample the design sample size (the expected size for Poisson)
   * @param selected the selected candidates in rank order
   * @param alternates the alternates in the order they replace
   * @param probabilities for weighted designs, every candidate's inclusion probability in id order;
   *     empty for simple random sampling, where every candidate has probability sample/population
   */
  @JsonPropertyOrder({"stratum", "population", "sample", "selected", "alternates",
      "probabilities"})
  public record StratumDraw(String stratum, int population, int sample, List<Drawn> selected,
      List<Drawn> alternates, List<Probability> probabilities) {
    /** Copies the lists. */
    public StratumDraw {
      Codec.text("stratum label", stratum);
      selected = List.copyOf(selected);
      alternates = List.copyOf(alternates);
      probabilities = probabilities == null ? List.of() : List.copyOf(probabilities);
    }
  }

  /**
   * A selected candidate or an alternate.
   *
   * @param id the candidate id
   * @param key its order key K, 64 hex digits
   * @param probability its inclusion probability
   */
  @JsonPropertyOrder({"id", "key", "probability"})
  public record Drawn(String id, String key, Rational probability) {
    /** Validates the fields. */
    public Drawn {
      Codec.text("drawn id", id);
      key = Codec.lowerHex(Objects.requireNonNull(key, "key of " + id));
      Objects.requireNonNull(probability, "probability of " + id);
    }
  }

  /**
   * A candidate's inclusion probability.
   *
   * @param id the candidate id
   * @param probability the exact probability
   */
  @JsonPropertyOrder({"id", "probability"})
  public record Probability(String id, Rational probability) {
    /** Validates the fields. */
    public Probability {
      Codec.text("id", id);
      Objects.requireNonNull(probability, "probability of " + id);
    }
  }

  /**
   * The replacement of a selected candidate by the next unused alternate of its stratum.
   *
   * @param stratum the stratum
   * @param replaced the candidate replaced (found deregistered, unreachable, ...)
   * @param replacement the alternate that took its place
   * @param reason why, in words
   */
  @JsonPropertyOrder({"stratum", "replaced", "replacement", "reason"})
  public record Replacement(String stratum, String replaced, String replacement, String reason) {
    /** Validates the fields. */
    public Replacement {
      Codec.text("stratum", stratum);
      Codec.text("replaced id", replaced);
      Codec.text("replacement id", replacement);
      checkArgument(reason != null && !reason.isBlank(),
          "replacement of %s needs a reason", replaced);
    }
  }

  /** Copies the lists. */
  public DrawRecord {
    Objects.requireNonNull(manifest, "manifest");
    manifestHash = Codec.lowerHex(manifestHash);
    seed = Codec.lowerHex(seed);
    Objects.requireNonNull(seedSource, "seed source");
    strata = List.copyOf(strata);
    replacements = replacements == null ? List.of() : List.copyOf(replacements);
  }

  /**
   * The warnings of this record (docs/draw-spec.md section 4, "Empty samples"), derived from the
   * record alone: each stratum that draws nobody although its size rule asks for a sample (its
   * ratio rounds to 0, no candidate of a weighted design has a positive score, or a Poisson
   * sample happens to be empty), then, if no stratum selects anybody, the draw as a whole. Empty
   * for an ordinary draw; a tool that draws or verifies shows them to its user.
   */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    warnings("", manifest.design(), strata, out);
    if (strata.stream().allMatch(s -> s.selected().isEmpty())) {
      out.add("the draw selects no entity");
    }
    return List.copyOf(out);
  }

  /** Adds the per-stratum warnings of section 4, "Empty samples", each prefixed. */
  static void warnings(String prefix, DrawDesign design, List<StratumDraw> strata,
      List<String> out) {
    for (StratumDraw s : strata) {
      SizeRule rule = design.sizeRule(s.stratum());
      if (!s.selected().isEmpty() || rule.asksForNone()) {
        continue;
      }
      String why;
      int asked = rule.sampleSize(s.population());
      if (asked == 0) {
        why = "size rule '" + rule + "' rounds to 0 for its " + s.population() + " candidates";
      } else if (s.sample() == 0) {
        why = "no candidate has a positive score (size rule '" + rule + "' asks for " + asked
            + ")";
      } else {
        why = "the realised Poisson sample is empty (expected size " + s.sample() + ")";
      }
      out.add(prefix + "stratum " + s.stratum() + ": nothing drawn: " + why);
    }
  }

  /** The stratum result for {@code label}. */
  public Optional<StratumDraw> stratum(String label) {
    return strata.stream().filter(s -> s.stratum().equals(label)).findFirst();
  }

  /**
   * The current sample of a stratum after the replacements: the selected candidates in rank
   * order, each replaced one substituted in place by its replacement.
   */
  public List<String> currentSample(String stratum) {
    StratumDraw s = stratum(stratum).orElseThrow(() ->
        new IllegalArgumentException("no stratum " + stratum + " in the record"));
    List<String> ids = new ArrayList<>();
    s.selected().forEach(d -> ids.add(d.id()));
    for (Replacement r : replacements) {
      if (r.stratum().equals(stratum)) {
        int i = ids.indexOf(r.replaced());
        if (i >= 0) {
          ids.set(i, r.replacement());
        }
      }
    }
    return List.copyOf(ids);
  }

  /** The current sample of every stratum, in stratum order then rank order. */
  public List<String> currentSample() {
    List<String> all = new ArrayList<>();
    strata.forEach(s -> all.addAll(currentSample(s.stratum())));
    return List.copyOf(all);
  }

  /** The first alternate of {@code stratum} not yet used as a replacement, if any. */
  public Optional<Drawn> nextAlternate(String stratum) {
    StratumDraw s = stratum(stratum).orElseThrow(() ->
        new IllegalArgumentException("no stratum " + stratum + " in the record"));
    Set<String> used = new HashSet<>();
    replacements.forEach(r -> used.add(r.replacement()));
    return s.alternates().stream().filter(a -> !used.contains(a.id())).findFirst();
  }

  /**
   * This record with {@code id} replaced by the next unused alternate of its stratum.
   *
   * @throws IllegalArgumentException if {@code id} is not in the current sample or the reason is
   *     blank
   * @throws IllegalStateException if the stratum has no unused alternate left
   */
  public DrawRecord withReplacement(String id, String reason) {
    for (StratumDraw s : strata) {
      if (currentSample(s.stratum()).contains(id)) {
        Drawn next = nextAlternate(s.stratum()).orElseThrow(() -> new IllegalStateException(
            "stratum " + s.stratum() + " has no unused alternate left to replace " + id));
        List<Replacement> list = new ArrayList<>(replacements);
        list.add(new Replacement(s.stratum(), id, next.id(), reason));
        return new DrawRecord(spec, manifest, manifestHash, seedSource, seed, strata, list);
      }
    }
    throw new IllegalArgumentException(id + " is not in the current sample of any stratum");
  }

  /** The record as JSON (UTF-8 text, two-space indentation, LF line ends, final LF). */
  public String toJson() {
    return DrawJson.write(this);
  }

  /**
   * The record hash the ledger keeps: SHA-256 of the record's canonical JSON form
   * (docs/draw-spec.md section 2, "Canonical JSON"; {@link CanonicalJson}), so that it can be
   * recomputed from the record's content whatever the file's whitespace or member order.
   */
  public String jsonHash() {
    return CanonicalJson.sha256(CanonicalJson.parse(toJson()));
  }

  /**
   * Reads a record from JSON.
   *
   * @throws IllegalArgumentException if the JSON is malformed or a field is invalid
   */
  public static DrawRecord fromJson(String json) {
    return DrawJson.read(json);
  }
}
