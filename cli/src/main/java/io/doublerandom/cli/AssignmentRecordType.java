package io.doublerandom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.Verification;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Verification of an inspector assignment record ({@code "spec": "doublerandom/assign/v1"}):
 * rebuilds the visits from the draw record ({@code --draw-record}) and the entity file exactly as
 * {@code assign} did (same dates, specialties, items and history), reads the inspector directory
 * and re-runs the assignment with {@link Assignment#verify}, which lists every difference. The
 * draw record file's SHA-256 is compared with the manifest's {@code drawRecordHash}.
 */
final class AssignmentRecordType implements RecordType {
  @Override
  public String description() {
    return "inspector assignment record";
  }

  @Override
  public String spec() {
    return Assignment.SPEC;
  }

  @Override
  public boolean accepts(JsonNode root) {
    return Assignment.SPEC.equals(root.path("spec").asText(null));
  }

  @Override
  public int verify(VerifyCommand command, String json, PrintWriter out, PrintWriter err) {
    AssignmentRecord record;
    try {
      record = AssignmentRecord.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(command.record + ": " + e.getMessage());
    }
    if (command.drawRecord == null) {
      throw CommandFailure.unusable("an assignment record is verified against the draw record"
          + " its visits come from: give --draw-record FILE, -i/--inspectors FILE and the"
          + " --from/--to, --specialty, --item, --checklist and --history options given to"
          + " assign");
    }
    if (command.designFile != null) {
      err.println("note: --design is not used for an assignment record");
    }
    VisitInputs.DrawInput draw = VisitInputs.readDraw(command.drawRecord);
    AssignmentInput input = command.visitInputs.load(draw.record(), command.population,
        PopulationInput.importOptions(command.populationInput.charset,
            command.populationInput.regions, command.populationInput.riskClasses));
    List<Verification.Difference> diffs = new ArrayList<>();
    AssignmentManifest m = record.manifest();
    if (!m.drawRecordHash().equals(draw.fileHash())) {
      diffs.add(new Verification.Difference("manifest.drawRecordHash",
          m.drawRecordHash().isEmpty() ? "(none)" : m.drawRecordHash(), draw.fileHash()));
    }
    try {
      diffs.addAll(Assignment.verify(record, input).differences());
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(command.record + ": cannot be re-run: " + e.getMessage());
    }
    out.printf(Locale.ROOT, "%s %s: assignment %s, manifest hash %s, seed %s%n",
        description(), command.record, m.assignment(), record.manifestHash(),
        record.seedSource().kind());
    out.printf(Locale.ROOT, "inputs: draw record %s (task %s), %,d visits, %,d inspectors,"
            + " %,d earlier visits%n", command.drawRecord, draw.record().manifest().task(),
        input.visits().size(), input.inspectors().size(), input.history().size());
    if (diffs.isEmpty()) {
      int members = record.visits().stream().mapToInt(v -> v.team().size()).sum();
      out.printf(Locale.ROOT, "reproduces: digests, manifest hash, seed, %,d visits with %,d"
          + " team places, %d replacements%n", record.visits().size(), members,
          record.replacements().size());
      return DoubleRandomCli.OK;
    }
    diffs.forEach(out::println);
    out.printf(Locale.ROOT, "does not reproduce: %d difference%s%n", diffs.size(),
        diffs.size() == 1 ? "" : "s");
    return DoubleRandomCli.INVALID;
  }
}
