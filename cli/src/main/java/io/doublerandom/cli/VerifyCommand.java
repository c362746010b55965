package io.doublerandom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code doublerandom verify RECORD POPULATION}: re-runs a published record over the frozen
 * population and lists every difference. The record's type is recognised from its {@code spec}
 * member and dispatched to a {@link RecordType}: the target draw record ({@link DrawRecordType})
 * or the inspector assignment record ({@link AssignmentRecordType}, which also needs the draw
 * record, the inspector directory and the visit options given to {@code assign}).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Re-runs a published draw record over the population file and reports every difference"
          + " (field, recorded value, recomputed value): population digest, manifest, seed"
          + " material and seed, selection, alternates, probabilities, replacements.",
      "The population is derived as draw derived it (and as the library's PopulationBuilder"
          + " derives it): give the same --stratify-by and, for weighted designs, explicit"
          + " exclusions, excludeNotOperating or stratifyBy, the same --design file. The"
          + " population definition in the record's manifest shows what the draw used.",
      "An inspector assignment record (doublerandom/assign/v1) is re-run over the visits of"
          + " --draw-record (entities resolved in POPULATION), the -i/--inspectors directory and"
          + " the same --from/--to, --specialty, --item/--checklist and --history as assign.",
      "Exit 0 when the record reproduces, 1 when it does not (every difference listed) or the"
          + " population file has errors, 2 for unusable input."
    })
final class VerifyCommand implements Callable<Integer> {
  /** The record types verify knows, asked in order. */
  static final List<RecordType> TYPES = List.of(new DrawRecordType(),
      new AssignmentRecordType());

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RECORD", description = "The record (JSON).")
  Path record;

  @Parameters(index = "1", paramLabel = "POPULATION",
      description = "The frozen entity file (.csv or .json) the draw was made from.")
  Path population;

  @Option(names = {"-d", "--design"}, paramLabel = "FILE",
      description = "The design file of the draw: its scores (weighted designs), exclusions,"
          + " excludeNotOperating and stratifyBy are needed to derive the same population.")
  Path designFile;

  @Option(names = "--progress", negatable = true,
      description = "Progress lines on standard error (default: only on a terminal).")
  Boolean progress;

  @Mixin PopulationInput populationInput;

  @Option(names = "--draw-record", paramLabel = "FILE",
      description = "Assignment records: the draw record the visits come from.")
  Path drawRecord;

  @Mixin VisitInputs visitInputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String json = read(record);
      JsonNode root;
      try {
        root = JSON.readTree(json);
      } catch (JsonProcessingException e) {
        throw Inputs.malformedJson(record.toString(), e);
      }
      if (root == null || !root.isObject()) {
        throw CommandFailure.unusable(record + ": a record is one JSON object");
      }
      RecordType type = TYPES.stream().filter(t -> t.accepts(root)).findFirst()
          .orElseThrow(() -> CommandFailure.unusable(record + ": not a record verify knows:"
              + " \"spec\" is " + (root.has("spec") ? root.get("spec").toString() : "absent")
              + "; known: " + TYPES.stream().map(t -> t.spec() + " (" + t.description() + ")")
              .collect(Collectors.joining(", "))));
      return type.verify(this, json, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static String read(Path file) {
    return Inputs.utf8(file);
  }

}
