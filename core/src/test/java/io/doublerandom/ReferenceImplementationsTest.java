package io.doublerandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Exclusion;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.TargetDraw;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the independent Python implementations under {@code tools/reference/}, written from the
 * specifications alone, against the test vectors of those specifications: a vector that only this
 * library reproduces would be a vector of the library, not of the specification. Needs
 * {@code python3} (standard library only); skipped where there is none. CI installs it
 * ({@code .ci/run}), so there it always runs.
 */
class ReferenceImplementationsTest {
  private static final Path ROOT = Path.of("..");
  /** The assignment script's summary: values, groups, OK, MISMATCH. */
  private static final Pattern ASSIGN_SUMMARY =
      Pattern.compile("(\\d+) expected values checked in \\d+ groups: \\d+ OK, (\\d+) MISMATCH");
  /** The draw script's summary: checks, values, OK, MISMATCH. */
  private static final Pattern DRAW_SUMMARY =
      Pattern.compile("\\d+ checks \\((\\d+) expected values\\), \\d+ OK, (\\d+) MISMATCH");

  @Test
  void theAssignmentReferenceReproducesEveryVectorOfTheAssignmentSpec() throws Exception {
    check("assign_reference.py", "assignment-spec.md", ASSIGN_SUMMARY, 100);
  }

  @Test
  void theDrawReferenceReproducesEveryVectorOfTheDrawSpec() throws Exception {
    check("draw_reference.py", "draw-spec.md", DRAW_SUMMARY, 200);
  }

  /**
   * Records this library draws (srswor with a recorded seed and a replacement, pivotal with a
   * commit-reveal, poisson with a drand beacon, each with exclusions) verify with the Python
   * reference, and a record with one selected id swapped for an alternate does not.
   */
  @Test
  void recordsOfThisLibraryVerifyWithTheDrawReference(@TempDir Path dir) throws Exception {
    assumeTrue(python3Available(), "python3 not found: the reference implementations not run");
    List<Candidate> candidates = new ArrayList<>();
    List<Exclusion> exclusions = new ArrayList<>();
    String[] strata = {"A", "B", "C", "D", "unrated"};
    StringBuilder csv = new StringBuilder("id,stratum,score,excluded_reason\n");
    for (int i = 0; i < 2_000; i++) {
      String id = String.format(Locale.ROOT, "9114%014d", i * 7919L % 100_000_000L);
      String stratum = strata[i % 5];
      BigDecimal score = new BigDecimal(i % 5 == 4 ? "2.5" : Integer.toString(1 << (i % 5)));
      if (i % 97 == 0) {
        String reason = i % 2 == 0 ? "deregistered" : "moved-out";
        exclusions.add(new Exclusion(id, reason));
        csv.append(id).append(",,,").append(reason).append('\n');
      } else {
        candidates.add(Candidate.scored(id, stratum, score));
        csv.append(id).append(',').append(stratum).append(',').append(score.toPlainString())
            .append(",\n");
      }
    }
    Population population = Population.of(candidates, exclusions);
    Path populationFile = dir.resolve("population.csv");
    Files.writeString(populationFile, csv, StandardCharsets.UTF_8);

    Manifest srswor = Manifest.create("SX-2026-0001", "SX-2026-0001",
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.parse("ratio 0.05 ceiling min 2"))
            .withStratumSize("D", SizeRule.parse("ratio 0.3 half-up")).withAlternates(4),
        SeedPlan.recorded(), population);
    DrawRecord first = TargetDraw.draw(srswor,
        new SeedSource.Recorded("5a".repeat(32)), population);
    String replaced = first.stratum("B").orElseThrow().selected().get(3).id();
    DrawRecord withReplacement = first.withReplacement(replaced, "注销 after the draw");

    byte[] secretA = "a secret of the market bureau".getBytes(StandardCharsets.UTF_8);
    byte[] secretB = "a secret of the tax bureau....".getBytes(StandardCharsets.UTF_8);
    Manifest pivotal = Manifest.create("SX-2026-0002", "SX-2026-0002",
        DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.parse("count 25")).withAlternates(2),
        SeedPlan.commitReveal(List.of(new SeedPlan.Commitment("市场监管局", sha256Hex(secretA)),
            new SeedPlan.Commitment("税务局", sha256Hex(secretB)))), population);
    DrawRecord weighted = TargetDraw.draw(pivotal, new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("税务局", secretB), SeedSource.Reveal.of("市场监管局", secretA))),
        population);

    String signature = "a1".repeat(48);
    Manifest poisson = Manifest.create("SX-2026-0003", "SX-2026-0003",
        DrawDesign.of(DrawMethod.POISSON, SizeRule.parse("count 30")).withAlternates(1),
        SeedPlan.drand("52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971", 9_000_000L),
        population);
    DrawRecord random = TargetDraw.draw(poisson, new SeedSource.Drand(
        "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971", 9_000_000L,
        signature, sha256Hex(HexFormat.of().parseHex(signature))), population);

    for (DrawRecord r : List.of(withReplacement, weighted, random)) {
      Path record = dir.resolve("record.json");
      Files.writeString(record, r.toJson(), StandardCharsets.UTF_8);
      Run run = python("draw_reference.py", "verify", record.toString(), populationFile.toString());
      assertEquals(0, run.exit(), r.manifest().design() + ":\n" + run.out());
    }

    // the commitments in the other JSON order: their order carries no meaning (draw-spec §9)
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(weighted.toJson());
    com.fasterxml.jackson.databind.node.ArrayNode commitments =
        (com.fasterxml.jackson.databind.node.ArrayNode) tree.path("manifest").path("seedPlan")
            .path("commitments");
    assertEquals(2, commitments.size(), tree.toString());
    commitments.insert(0, commitments.remove(1));
    String reordered = mapper.writeValueAsString(tree);
    DrawRecord reread = DrawRecord.fromJson(reordered);
    assertTrue(TargetDraw.verify(reread, population).reproduces(), "Java, commitments reordered");
    Path reorderedFile = dir.resolve("reordered.json");
    Files.writeString(reorderedFile, reordered, StandardCharsets.UTF_8);
    Run reorderedRun = python("draw_reference.py", "verify", reorderedFile.toString(),
        populationFile.toString());
    assertEquals(0, reorderedRun.exit(), "Python, commitments reordered:\n" + reorderedRun.out());

    // the first selected id of stratum A swapped with its first alternate: not reproduced
    DrawRecord.StratumDraw a = first.stratum("A").orElseThrow();
    String json = first.toJson().replace(a.selected().get(0).id(), "SWAP")
        .replace(a.alternates().get(0).id(), a.selected().get(0).id())
        .replace("SWAP", a.alternates().get(0).id());
    Path tampered = dir.resolve("tampered.json");
    Files.writeString(tampered, json, StandardCharsets.UTF_8);
    Run run = python("draw_reference.py", "verify", tampered.toString(), populationFile.toString());
    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains(a.selected().get(0).id()), run.out());
  }

  /** What a script printed and its exit status. */
  record Run(int exit, String out) {}

  /** Runs {@code python3 tools/reference/SCRIPT ARGS...}. */
  static Run python(String script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3",
        ROOT.resolve("tools/reference").resolve(script).toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("reference", ".log");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), script + " did not finish in 300 s");
      return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String sha256Hex(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  /**
   * Runs {@code python3 tools/reference/SCRIPT check docs/SPEC} and asserts exit 0 and a summary
   * ({@code summary}: group 1 the values checked, group 2 the mismatches) with at least {@code
   * minimum} values checked and no mismatch.
   */
  static void check(String script, String spec, Pattern summary, int minimum) throws Exception {
    assumeTrue(python3Available(), "python3 not found: the reference implementations not run");
    Run run = python(script, "check", ROOT.resolve("docs").resolve(spec).toString());
    assertEquals(0, run.exit(), script + " exited " + run.exit() + ":\n" + run.out());
    Matcher m = summary.matcher(run.out());
    assertTrue(m.find(), "no summary line in:\n" + run.out());
    assertTrue(Integer.parseInt(m.group(1)) >= minimum,
        "only " + m.group(1) + " values checked:\n" + run.out());
    assertEquals("0", m.group(2), run.out());
  }

  private static boolean python3Available() {
    try {
      Process p = new ProcessBuilder(List.of("python3", "--version")).redirectErrorStream(true)
          .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
