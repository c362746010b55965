package io.doublerandom.cli;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.ReplacementCause;
import io.doublerandom.assign.UnstaffedVisit;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedRejectedException;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.Verification;
import io.doublerandom.io.ImportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code doublerandom assign}: assigns inspection teams to the visits of a draw record
 * (docs/assignment-spec.md) and writes the assignment record; with {@code --manifest-only}
 * prints and writes the assignment manifest to publish before the seed is known; with {@code
 * --replace} replaces a team member of an existing record.
 */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Assigns inspectors to the visits of a draw: one visit per entity of the draw record's"
          + " current sample, resolved in the entity file it was drawn from. Reads the inspector"
          + " directory, the rules file, the dates, the required specialties and the history,"
          + " builds the manifest, derives the seed from the revealed material and writes the"
          + " assignment record (JSON) atomically.",
      "With --manifest-only it prints the manifest and its hash, to publish before the seed is"
          + " known, and writes the manifest to --output if given.",
      "With --replace VISIT INSPECTOR --cause C --reason TEXT --record FILE it replaces a team"
          + " member of an existing record by the next eligible inspector in key order and"
          + " rewrites the record atomically.",
      "Exit 0 on success, 1 for invalid data (import errors, no feasible assignment: every"
          + " visit that cannot be staffed is reported, nothing written; rejected seed material;"
          + " no replacement possible), 2 for unusable input."
    })
final class AssignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DRAW_RECORD",
      description = "The draw record (JSON, as written by doublerandom draw).")
  Path drawRecord;

  @Parameters(index = "1", paramLabel = "ENTITIES",
      description = "The entity file (.csv or .json) the draw was made from.")
  Path entities;

  @Option(names = {"-r", "--rules"}, paramLabel = "FILE",
      description = "The rules file (JSON; see docs/cli.md). Not used with --replace.")
  Path rulesFile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the assignment record (JSON), or with --manifest-only the"
          + " manifest text; with --replace, where to write the new record (default: --record)."
          + " Written atomically; an existing file is replaced only on success.")
  Path output;

  @Option(names = "--assignment", paramLabel = "ID",
      description = "The assignment id (default: the draw's task number).")
  String assignmentId;

  @Option(names = "--manifest-only",
      description = "Print (and with --output write) the manifest and its hash; no seed needed.")
  boolean manifestOnly;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "The manifest published before the assignment (as written by"
          + " --manifest-only): the assignment is refused (exit 1) unless the recomputed"
          + " manifest is identical.")
  Path publishedManifest;

  @Option(names = "--replace", arity = "2", paramLabel = "ID",
      description = "Replace inspector INSPECTOR at visit VISIT (two values: VISIT INSPECTOR)"
          + " in the record given by --record.")
  List<String> replace;

  @Option(names = "--record", paramLabel = "FILE",
      description = "With --replace: the existing assignment record.")
  Path record;

  @Option(names = "--cause", paramLabel = "CAUSE",
      description = "With --replace: unavailable (withdrawn from every later replacement) or"
          + " conflict (this visit only).")
  String cause;

  @Option(names = "--reason", paramLabel = "TEXT",
      description = "With --replace: the reason, in words (recorded).")
  String reason;

  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "Encoding of CSV inputs: auto (default: UTF-8 with or without BOM, else"
          + " GB18030), UTF-8 or GB18030.")
  String charset = "auto";

  @Option(names = "--regions", paramLabel = "TABLE",
      description = "Region codes must be in this table: none (default), shanxi (bundled) or a"
          + " file of lines 'code<TAB>name'.")
  String regions = "none";

  @Option(names = "--risk-classes", paramLabel = "SCHEME",
      description = "Credit-risk classes of the entity file: A-D (default) or A-E.")
  String riskClasses = "A-D";

  @Mixin VisitInputs visitInputs;

  @Mixin SeedOptions seedOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return replace != null ? replace(out) : assign(out);
    } catch (IOException e) {
      err.println("cannot write " + output + ": " + e.getMessage());
      return DoubleRandomCli.UNUSABLE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private ImportOptions importOptions() {
    return PopulationInput.importOptions(charset, regions, riskClasses);
  }

  private int assign(PrintWriter out) throws IOException {
    if (rulesFile == null) {
      throw CommandFailure.unusable("give the rules file: -r/--rules FILE");
    }
    if (record != null || cause != null || reason != null) {
      throw CommandFailure.unusable("--record, --cause and --reason belong to --replace");
    }
    if (!manifestOnly && output == null) {
      throw CommandFailure.unusable("give -o/--output FILE for the assignment record (or"
          + " --manifest-only)");
    }
    if (manifestOnly && publishedManifest != null) {
      throw CommandFailure.unusable("--manifest checks an assignment against a published"
          + " manifest; it makes no sense with --manifest-only");
    }
    AssignmentRules rules = RulesFile.read(rulesFile);
    SeedPlan plan = seedOptions.plan(Optional.empty(), manifestOnly);
    SeedOptions.Material material = manifestOnly ? null : seedOptions.material(plan);
    String published = publishedManifest == null ? null
        : VisitInputs.readText(publishedManifest);
    VisitInputs.DrawInput draw = VisitInputs.readDraw(drawRecord);
    ImportOptions options = importOptions();
    AssignmentInput input = visitInputs.load(draw.record(), entities, options);
    String id = assignmentId != null ? assignmentId : draw.record().manifest().task();
    AssignmentManifest manifest;
    try {
      manifest = AssignmentManifest.create(id, draw.fileHash(), rules, plan, input);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable("--assignment: " + e.getMessage());
    }
    if (manifestOnly) {
      return ManifestSteps.printForPublication(out, manifest.canonicalText(), manifest.hash(),
          output);
    }
    if (published != null) {
      ManifestSteps.checkPublished(published, manifest.canonicalText(), manifest.hash(),
          "the inputs or the rules differ from the published manifest, nothing assigned:");
    }
    List<String> rejected = new ArrayList<>(material.problems());
    try {
      material.source().seed(manifest.seedPlan(), manifest.hash());
    } catch (SeedRejectedException e) {
      rejected.addAll(e.problems());
    }
    ManifestSteps.checkSeed(rejected, plan.kind(), "assigned");
    AssignmentOutcome outcome = Assignment.assign(manifest, material.source(), input);
    if (outcome instanceof AssignmentOutcome.Infeasible inf) {
      throw CommandFailure.invalid(report(inf));
    }
    AssignmentRecord result = ((AssignmentOutcome.Assigned) outcome).record();
    AtomicFiles.write(output, result.toJson().getBytes(StandardCharsets.UTF_8));
    summary(out, input, result);
    return DoubleRandomCli.OK;
  }

  /** The report of an infeasible assignment: every unstaffed visit with its rule counts. */
  static List<String> report(AssignmentOutcome.Infeasible inf) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "no feasible assignment: %d visit(s) cannot be staffed;"
        + " nothing assigned, nothing written", inf.unstaffed().size()));
    for (UnstaffedVisit u : inf.unstaffed()) {
      lines.add("  " + u);
    }
    lines.add("manifest hash " + inf.manifest().hash() + ", seed " + inf.seed());
    return lines;
  }

  private void summary(PrintWriter out, AssignmentInput input, AssignmentRecord r) {
    AssignmentManifest m = r.manifest();
    out.printf(Locale.ROOT, "assignment %s: %,d visits, %,d inspectors in the directory,"
            + " %,d earlier visits in the history%n", m.assignment(), m.visitCount(),
        m.directorySize(), m.historySize());
    out.println("directory digest " + m.directoryDigest());
    out.println("visits digest    " + m.visitsDigest());
    out.println("manifest hash    " + r.manifestHash());
    if (r.seedSource() instanceof SeedSource.Recorded rec) {
      out.println("recorded value   " + rec.value());
    }
    out.println("seed (" + r.seedSource().kind() + ") " + r.seed());
    TreeMap<Integer, Integer> sizes = new TreeMap<>();
    int members = 0;
    java.util.Set<String> distinct = new java.util.TreeSet<>();
    for (AssignmentRecord.VisitTeam v : r.visits()) {
      sizes.merge(v.team().size(), 1, Integer::sum);
      members += v.team().size();
      v.team().forEach(x -> distinct.add(x.id()));
    }
    StringBuilder b = new StringBuilder();
    sizes.forEach((size, n) -> b.append(b.length() == 0 ? "" : ", ")
        .append(String.format(Locale.ROOT, "%,d of %d", n, size)));
    out.printf(Locale.ROOT, "staffed %,d visits with %,d places (teams: %s) taken by %,d"
        + " inspectors%n", r.visits().size(), members, b, distinct.size());
    out.println("record written to " + output + " (record hash " + r.jsonHash() + ")");
  }

  private int replace(PrintWriter out) throws IOException {
    if (record == null) {
      throw CommandFailure.unusable("--replace needs the record: --record FILE");
    }
    if (cause == null || reason == null || reason.isBlank()) {
      throw CommandFailure.unusable("--replace needs --cause unavailable|conflict and --reason"
          + " TEXT");
    }
    if (rulesFile != null || manifestOnly || publishedManifest != null) {
      throw CommandFailure.unusable("--replace uses the rules and manifest of the record: drop"
          + " --rules, --manifest-only and --manifest");
    }
    ReplacementCause why;
    try {
      why = ReplacementCause.ofToken(cause);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable("--cause: " + e.getMessage());
    }
    String visit = replace.get(0);
    String inspector = replace.get(1);
    AssignmentRecord current = readRecord(record);
    VisitInputs.DrawInput draw = VisitInputs.readDraw(drawRecord);
    AssignmentInput input = visitInputs.load(draw.record(), entities, importOptions());
    Verification v = Assignment.verify(current, input);
    List<String> problems = new ArrayList<>();
    if (!current.manifest().drawRecordHash().equals(draw.fileHash())) {
      problems.add("manifest.drawRecordHash: recorded " + current.manifest().drawRecordHash()
          + ", recomputed " + draw.fileHash());
    }
    v.differences().forEach(d -> problems.add(d.toString()));
    if (!problems.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(record + " does not reproduce over these inputs; nothing replaced:");
      problems.forEach(p -> lines.add("  " + p));
      throw CommandFailure.invalid(lines);
    }
    Optional<AssignmentRecord> next;
    try {
      next = Assignment.replace(current, input, visit, inspector, why, reason.strip());
    } catch (IllegalArgumentException e) {
      throw CommandFailure.invalid(List.of("cannot replace: " + e.getMessage()
          + "; record unchanged"));
    }
    if (next.isEmpty()) {
      throw CommandFailure.invalid(List.of("no eligible inspector with capacity left can"
          + " replace " + inspector + " at visit " + visit + "; record unchanged"));
    }
    AssignmentRecord updated = next.get();
    AssignmentRecord.Replacement r = updated.replacements().get(updated.replacements().size()
        - 1);
    Path target = output != null ? output : record;
    AtomicFiles.write(target, updated.toJson().getBytes(StandardCharsets.UTF_8));
    out.printf(Locale.ROOT, "visit %s, group %s: %s replaced by %s (%s), cause %s: %s%n",
        r.visit(), r.group(), r.replaced(), r.replacement(), r.name(), r.cause().token(),
        r.reason());
    out.println("current leader " + updated.currentLeader(visit));
    out.println("record written to " + target + " (record hash " + updated.jsonHash() + ")");
    return DoubleRandomCli.OK;
  }

  static AssignmentRecord readRecord(Path file) {
    try {
      return AssignmentRecord.fromJson(VisitInputs.readText(file));
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(file + ": " + e.getMessage());
    }
  }
}
