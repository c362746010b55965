package io.doublerandom.cli;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedRejectedException;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.TargetDraw;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code doublerandom draw}: draws inspection targets from an entity file under a design file and
 * writes the draw record (docs/draw-spec.md), or with {@code --manifest-only} prints and writes
 * the manifest to publish before the seed is known.
 */
@Command(
    name = "draw",
    mixinStandardHelpOptions = true,
    description = {
      "Draws inspection targets: reads the population (an entity file, CSV or JSON), derives the"
          + " candidates and exclusions (as the library's PopulationBuilder does), builds the"
          + " manifest with the population definition, derives the seed from the revealed"
          + " material and writes the draw record (JSON) atomically.",
      "With --manifest-only it prints the manifest and its hash, the commitment to publish"
          + " before the seed is known, and writes the manifest to --output if given.",
      "Exit 0 on success, 1 for invalid data (population import errors, rejected seed"
          + " material, a population or design that differs from the published manifest),"
          + " 2 for unusable input."
    })
final class DrawCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "POPULATION",
      description = "The entity file (.csv or .json, the format of docs/formats.md).")
  Path population;

  @Option(names = {"-d", "--design"}, paramLabel = "FILE", required = true,
      description = "The design file (JSON; see docs/cli.md).")
  Path designFile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the draw record (JSON), or with --manifest-only the"
          + " manifest text. Written atomically; an existing file is replaced only on success.")
  Path output;

  @Option(names = "--manifest-only",
      description = "Print (and with --output write) the manifest and its hash; no seed needed.")
  boolean manifestOnly;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "The manifest published before the draw (as written by --manifest-only):"
          + " the draw is refused (exit 1) unless the recomputed manifest is identical.")
  Path publishedManifest;

  @Option(names = "--progress", negatable = true,
      description = "Progress lines on standard error (default: only on a terminal).")
  Boolean progress;

  @Mixin PopulationInput populationInput;

  @Mixin SeedOptions seedOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (IOException e) {
      err.println("cannot write " + output + ": " + e.getMessage());
      return DoubleRandomCli.UNUSABLE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int run(PrintWriter out, PrintWriter err) throws IOException {
    DesignFile design = DesignFile.read(designFile);
    if (!manifestOnly && output == null) {
      throw CommandFailure.unusable("give -o/--output FILE for the draw record (or"
          + " --manifest-only)");
    }
    if (manifestOnly && publishedManifest != null) {
      throw CommandFailure.unusable("--manifest checks a draw against a published manifest;"
          + " it makes no sense with --manifest-only");
    }
    SeedPlan plan = seedOptions.plan(design.seedPlan(), manifestOnly);
    SeedOptions.Material material = manifestOnly ? null : seedOptions.material(plan);
    String published = publishedManifest == null ? null : VisitInputs.readText(publishedManifest);
    boolean weighted = design.design().method().weighted();
    if (!weighted && !design.scores().isEmpty()) {
      err.println("warning: " + designFile + ": scores are not used by method "
          + design.design().method().token());
    }
    Progress progress = Progress.of(err, this.progress);
    PopulationInput.Loaded loaded = populationInput.load(population, Optional.of(design),
        weighted, progress);
    for (String id : loaded.absentExclusions()) {
      err.println("warning: " + designFile + ": exclusions: " + id + " is not in " + population
          + " (its reason is recorded in the manifest, but it is not counted as excluded)");
    }
    if (loaded.population().size() == 0) {
      throw CommandFailure.unusable(population + ": the population has no candidate ("
          + loaded.population().exclusions().size() + " excluded, " + loaded.entities()
          + " entities read): nothing can be drawn");
    }
    Manifest manifest;
    try {
      manifest = Manifest.create(design.task(), design.keyStream(), design.design(), plan,
          loaded.population());
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(designFile + ": " + e.getMessage());
    }
    if (manifestOnly) {
      return ManifestSteps.printForPublication(out, manifest.canonicalText(), manifest.hash(),
          output);
    }
    if (published != null) {
      ManifestSteps.checkPublished(published, manifest.canonicalText(), manifest.hash(),
          "the population or the design differs from the published manifest, nothing drawn:");
    }
    List<String> rejected = new ArrayList<>(material.problems());
    try {
      material.source().seed(manifest);
    } catch (SeedRejectedException e) {
      rejected.addAll(e.problems());
    }
    ManifestSteps.checkSeed(rejected, plan.kind(), "drawn");
    progress.phase("drawing");
    DrawRecord record = TargetDraw.draw(manifest, material.source(), loaded.population());
    byte[] json = record.toJson().getBytes(StandardCharsets.UTF_8);
    progress.phase("writing " + output);
    AtomicFiles.write(output, json);
    summary(out, loaded, record);
    record.warnings().forEach(w -> err.println("warning: " + w));
    return DoubleRandomCli.OK;
  }

  private void summary(PrintWriter out, PopulationInput.Loaded loaded, DrawRecord record) {
    Manifest m = record.manifest();
    out.printf(Locale.ROOT, "task %s, key stream %s%n", m.task(), m.keyStream());
    StringBuilder design = new StringBuilder(m.design().method().token()).append(", size ")
        .append(m.design().size());
    m.design().stratumSizes().forEach(s -> design.append(", ").append(s.stratum()).append(": ")
        .append(s.size()));
    out.printf(Locale.ROOT, "design %s, %d alternates per stratum%n", design,
        m.design().alternates());
    StringBuilder excluded = new StringBuilder();
    for (Map.Entry<String, Integer> e : loaded.population().exclusionCounts().entrySet()) {
      excluded.append(excluded.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()));
    }
    out.printf(Locale.ROOT, "population %s: %,d entities, %,d candidates in strata by %s,"
            + " excluded: %s%n", population, loaded.entities(), m.populationSize(),
        loaded.stratifier().name(), excluded.length() == 0 ? "none" : excluded);
    if (!loaded.warnings().isEmpty()) {
      out.printf(Locale.ROOT, "(%,d import warnings: run validate to see them)%n",
          loaded.warnings().size());
    }
    out.println("population digest  " + m.populationDigest());
    out.println("manifest hash      " + record.manifestHash());
    out.println("seed source        " + describe(record.seedSource()));
    out.println("seed               " + record.seed());
    out.println();
    out.println("stratum        population    sample  alternates");
    int selected = 0;
    for (DrawRecord.StratumDraw s : record.strata()) {
      out.printf(Locale.ROOT, "%s %,10d %,9d %,11d%n", DemoCommand.pad(s.stratum(), 12),
          s.population(), s.selected().size(), s.alternates().size());
      selected += s.selected().size();
    }
    out.printf(Locale.ROOT, "selected %,d entities in %d strata%n", selected,
        record.strata().size());
    out.println("record written to " + output + " (record hash " + record.jsonHash() + ")");
  }

  private static String describe(SeedSource source) {
    if (source instanceof SeedSource.Recorded r) {
      return "recorded, value " + r.value();
    }
    if (source instanceof SeedSource.CommitReveal cr) {
      return "commit-reveal, " + cr.reveals().size() + " parties: " + String.join(", ",
          cr.reveals().stream().map(SeedSource.Reveal::party).toList());
    }
    SeedSource.Drand d = (SeedSource.Drand) source;
    return "drand round " + d.round() + " of chain " + d.chainHash() + ", randomness "
        + d.randomness();
  }

}
