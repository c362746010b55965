package io.doublerandom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.PopulationDefinition;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.draw.Verification;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification of a target draw record ({@code "spec": "doublerandom/draw/v1"}): derives the
 * population from the entity file exactly as {@code draw} does ({@link PopulationInput}: same
 * stratifier, eligibility and, for weighted designs, scores of the design file) and re-runs the
 * draw with {@link TargetDraw#verify}, which lists every difference, including the lines of the
 * population definition that differ.
 */
final class DrawRecordType implements RecordType {
  private static final String STRATIFIER = "population.stratifier=";
  private static final List<String> RULES = List.of("population.scorer=",
      "population.eligibility");

  @Override
  public String description() {
    return "target draw record";
  }

  @Override
  public String spec() {
    return TargetDraw.SPEC;
  }

  @Override
  public boolean accepts(JsonNode root) {
    return TargetDraw.SPEC.equals(root.path("spec").asText(null));
  }

  @Override
  public int verify(VerifyCommand command, String json, PrintWriter out, PrintWriter err) {
    DrawRecord record;
    try {
      record = DrawRecord.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(command.record + ": " + e.getMessage());
    }
    Manifest m = record.manifest();
    boolean weighted = m.design().method().weighted();
    Optional<DesignFile> design = Optional.ofNullable(command.designFile).map(DesignFile::read);
    if (weighted && design.isEmpty()) {
      throw CommandFailure.unusable("the record's design is " + m.design().method().token()
          + ", weighted by risk scores: give --design FILE with the scores the draw used");
    }
    design.ifPresent(d -> designNotes(d, m).forEach(n -> err.println("note: " + n)));
    Progress progress = Progress.of(err, command.progress);
    PopulationInput.Loaded loaded = command.populationInput.load(command.population, design,
        weighted, progress);
    progress.phase("re-running the draw");
    Verification v;
    try {
      v = TargetDraw.verify(record, loaded.population());
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(command.record + ": cannot be re-run: " + e.getMessage());
    }
    out.printf(Locale.ROOT, "%s %s: task %s, %s, manifest hash %s, seed %s%n",
        description(), command.record, m.task(), m.design().method().token(),
        record.manifestHash(), record.seedSource().kind());
    out.printf(Locale.ROOT, "population %s: %,d entities, %,d candidates, strata by %s%n",
        command.population, loaded.entities(), loaded.population().size(),
        loaded.stratifier().name());
    if (v.reproduces()) {
      int selected = record.strata().stream().mapToInt(s -> s.selected().size()).sum();
      out.printf(Locale.ROOT, "reproduces: population digest, manifest hash, seed, %,d selected"
          + " and %,d alternates in %d strata, %d replacements%n", selected,
          record.strata().stream().mapToInt(s -> s.alternates().size()).sum(),
          record.strata().size(), record.replacements().size());
      return DoubleRandomCli.OK;
    }
    v.differences().forEach(out::println);
    out.printf(Locale.ROOT, "does not reproduce: %d difference%s%n", v.differences().size(),
        v.differences().size() == 1 ? "" : "s");
    hints(m.definition(), loaded.population().definition()).forEach(out::println);
    return DoubleRandomCli.INVALID;
  }

  /**
   * Hints from the population definitions (recorded in the manifest, and derived now) at the
   * option that differs: the stratifier, or the eligibility rules and scorer of the design file.
   */
  static List<String> hints(PopulationDefinition recorded, PopulationDefinition derived) {
    List<String> hints = new ArrayList<>();
    if (recorded.isEmpty()) {
      if (!derived.isEmpty()) {
        hints.add("hint: the record's manifest has no population definition: its population was"
            + " not derived as this tool and the library's PopulationBuilder derive it");
      }
      return hints;
    }
    String a = line(recorded, STRATIFIER);
    String b = line(derived, STRATIFIER);
    if (!a.equals(b)) {
      hints.add("hint: the record's strata are by " + a + ", this population's by " + b
          + ": was the draw made with another --stratify-by (or the design file's stratifyBy)?");
    }
    if (!lines(recorded, RULES).equals(lines(derived, RULES))) {
      hints.add("hint: the record's eligibility rules or risk scores are not those derived"
          + " here: give the design file the draw used (excludeNotOperating, exclusions,"
          + " scores)");
    }
    return hints;
  }

  private static String line(PopulationDefinition d, String prefix) {
    return d.lines().stream().filter(l -> l.startsWith(prefix)).findFirst()
        .map(l -> l.substring(prefix.length())).orElse("(none)");
  }

  private static List<String> lines(PopulationDefinition d, List<String> prefixes) {
    return d.lines().stream().filter(l -> prefixes.stream().anyMatch(l::startsWith)).toList();
  }

  /** Where the design file disagrees with the record's manifest (the record's design is used). */
  private static List<String> designNotes(DesignFile d, Manifest m) {
    List<String> notes = new ArrayList<>();
    if (!d.task().equals(m.task())) {
      notes.add("the design file's task " + d.task() + " is not the record's " + m.task());
    }
    if (!d.keyStream().equals(m.keyStream())) {
      notes.add("the design file's key stream " + d.keyStream() + " is not the record's "
          + m.keyStream());
    }
    if (!d.design().equals(m.design())) {
      notes.add("the design file's design " + d.design() + " is not the record's " + m.design()
          + "; the record's design is re-run, the file gives only the stratifier, the scores"
          + " and the eligibility rules");
    }
    return notes;
  }
}
