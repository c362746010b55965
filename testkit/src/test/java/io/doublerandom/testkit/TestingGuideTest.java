package io.doublerandom.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawKeys;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.fixtures.Gen;
import io.doublerandom.fixtures.ModelGenerators;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportProblem;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.UnusableInputException;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.testkit.assign.AssignmentInstances;
import io.doublerandom.testkit.assign.BruteForceAssignment;
import io.doublerandom.testkit.assign.RuleChecker;
import io.doublerandom.testkit.draw.DrawExperiment;
import io.doublerandom.testkit.draw.DrawOracle;
import io.doublerandom.testkit.draw.InclusionTally;
import io.doublerandom.testkit.draw.Populations;
import io.doublerandom.testkit.quicktheories.QuickTheoriesGens;
import io.doublerandom.testkit.stats.Fairness;
import io.doublerandom.testkit.stats.Seeds;
import io.doublerandom.testkit.stats.TargetProbabilities;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/testing.md, run by the build. Each region between {@code // snippet:NAME} and
 * {@code // end:NAME} is shown verbatim (dedented) in the guide after {@code <!-- snippet: NAME
 * -->}; {@link #theGuideShowsExactlyTheCodeOfThisTest} fails if they drift apart.
 */
class TestingGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "testing.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "doublerandom",
      "testkit", "TestingGuideTest.java");

  @Test
  void piAgainstRStyleTargets() {
    // snippet:pi-vs-r
    double[] target = TargetProbabilities.inclusionProbabilities(2, "1", "2", "3", "4");
    Population population = Populations.weighted("1", "2", "3", "4");
    Manifest manifest = Manifest.create("SX-2024-0001",
        DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(2)), SeedPlan.recorded(), population);

    InclusionTally tally = DrawExperiment.rawSeeds(manifest, population,
        Seeds.labelled("pi", 20_000));
    assertArrayEquals(target, tally.publishedProbabilities("all"), 1e-12); // R's π, published
    tally.inclusionProbabilities("all", target, 0.001).orThrow();          // and hit
    tally.fixedSize("all", 0.001).orThrow();

    assertEquals(new BigFraction(4, 5),                                    // exactly, every order
        DrawOracle.pivotal(manifest, population, "all").inclusion("U3"));
    // end:pi-vs-r
  }

  @Test
  void srsworUniformityOverTwoThousandSeeds() {
    // snippet:srswor-uniformity
    Population population = Populations.uniform(20);
    Manifest manifest = Manifest.create("SX-2024-0002",
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(5)), SeedPlan.recorded(), population);

    InclusionTally tally = DrawExperiment.rawSeeds(manifest, population,
        Seeds.labelled("uniformity", 2_000));
    tally.srsworUniformity(0.001).orThrow();
    tally.fixedSize("all", 0.001).orThrow();
    // end:srswor-uniformity
  }

  @Test
  void assignmentAgainstBruteForceOverThreeHundredInstances() {
    // snippet:brute-force
    qt().withFixedSeed(2024L).withExamples(300)
        .forAll(QuickTheoriesGens.of(AssignmentInstances.random(3, 4, 10)))
        .checkAssert(instance -> {
          AssignmentManifest manifest = AssignmentManifest.create("A1", "", instance.rules(),
              SeedPlan.recorded(), instance.input());
          AssignmentOutcome outcome = Assignment.assign(manifest,
              Seeds.labelled("bf", 1).recorded(0), instance.input());

          assertEquals(List.of(), BruteForceAssignment.solve(instance.input(), outcome)
              .differences(outcome));
          if (outcome instanceof AssignmentOutcome.Assigned a) {
            assertEquals(List.of(), RuleChecker.violations(a.record(), instance.input()));
          }
        });
    // end:brute-force
  }

  @Test
  void checkingPublishedDraws() {
    Population population = Populations.strata(Map.of("B", 30, "C", 12));
    Manifest manifest = Manifest.create("SX-2024-0003",
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.2")), SeedPlan.recorded(), population);
    List<DrawRecord> records = new ArrayList<>();
    Seeds year = Seeds.labelled("published", 600);
    for (int i = 0; i < year.count(); i++) {
      records.add(TargetDraw.draw(manifest, year.recorded(i), population));
    }
    DrawRecord record = records.get(0);
    // snippet:published
    // one draw: it reproduces, and the selected are the smallest keys of all candidates
    assertTrue(TargetDraw.verify(record, population).reproduces());
    DrawKeys keys = DrawKeys.of(record);
    for (DrawRecord.StratumDraw s : record.strata()) {
      String largestSelected = s.selected().get(s.selected().size() - 1).key();
      population.candidates().stream()
          .filter(c -> c.stratum().equals(s.stratum()))
          .filter(c -> s.selected().stream().noneMatch(d -> d.id().equals(c.id())))
          .forEach(c -> assertTrue(keys.k(c.id()).compareTo(largestSelected) > 0, c.id()));
    }

    // many draws of the same design: every record verified, then tested together
    InclusionTally tally = DrawExperiment.published(records, population);
    tally.srsworUniformity(0.001).orThrow();
    // end:published
    assertEquals(600, tally.trials());
  }

  @Test
  void pValuesAcrossExperiments() {
    // snippet:ks
    Population population = Populations.uniform(12);
    Manifest manifest = Manifest.create("SX-2024-0004",
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(3)), SeedPlan.recorded(), population);
    double[] p = new double[100];
    for (int e = 0; e < p.length; e++) {
      p[e] = DrawExperiment.rawSeeds(manifest, population, Seeds.labelled("ks-" + e, 200))
          .srsworUniformity(0.001).pValue();
    }
    Fairness.uniformPValues(p, 0.001, "Seeds.labelled(\"ks-<e>\", 200), e = 0..99").orThrow();
    // end:ks
  }

  @Test
  void fuzzingAnImporter() {
    // snippet:fuzz
    Gen<List<MarketEntity>> directories = Gen.of(ModelGenerators::entity).list(1, 20);
    int reports = 0;
    int unusable = 0;
    for (long seed = 0; seed < 200; seed++) {
      List<MarketEntity> entities = unique(directories.fromSeed(seed));
      String csv = csv(entities);
      ImportResult<MarketEntity> back = read(csv);
      assertEquals(sortedById(entities), back.values(), "seed " + seed);  // round trip

      String broken = corrupt(csv, new SplittableRandom(seed));          // one damaged line
      try {
        ImportResult<MarketEntity> bad = read(broken);                    // a report by line,
        if (!bad.ok()) {
          reports++;
          assertThrows(IllegalStateException.class, bad::values); // no values at all
          for (ImportProblem problem : bad.report().errors()) {
            assertTrue(problem.line() >= 1 && problem.line() <= broken.split("\n", -1).length,
                "seed " + seed + ": " + problem);
          }
        }
      } catch (UnusableInputException e) {                                 // or, for broken
        unusable++;
        assertTrue(e.getMessage().startsWith("entities.csv: line "), e.getMessage()); // syntax,
      }                                                                    // this, never another
    }
    assertTrue(reports > 10 && unusable > 10, reports + " reports, " + unusable + " unusable");
    // end:fuzz
  }

  private static List<MarketEntity> unique(List<MarketEntity> entities) {
    Map<String, MarketEntity> byId = new TreeMap<>();
    entities.forEach(e -> byId.putIfAbsent(e.id().value(), e));
    return List.copyOf(byId.values());
  }

  private static List<MarketEntity> sortedById(List<MarketEntity> entities) {
    return unique(entities);
  }

  private static String csv(List<MarketEntity> entities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      EntityFiles.write(entities, out, Format.CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ImportResult<MarketEntity> read(String csv) {
    return EntityFiles.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "entities.csv", Format.CSV, ImportOptions.defaults());
  }

  /** Replaces one character of a data line by a random one (a quote, a comma, a letter …). */
  private static String corrupt(String csv, SplittableRandom r) {
    int header = csv.indexOf('\n') + 1;
    if (header >= csv.length()) {
      return csv;
    }
    int at = header + r.nextInt(csv.length() - header);
    String junk = "\",;X9 \t";
    return csv.substring(0, at) + junk.charAt(r.nextInt(junk.length())) + csv.substring(at + 1);
  }

  // ---- the guide shows this code ----

  private static final Pattern REGION = Pattern.compile(
      "(?s)// snippet:([a-z-]+)\\n(.*?)\\n\\s*// end:\\1\\n");
  private static final Pattern DOC = Pattern.compile(
      "(?s)<!-- snippet: ([a-z-]+) -->\\n```java\\n(.*?)\\n```\\n");

  static Map<String, String> regions(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = REGION.matcher(source);
    while (m.find()) {
      out.put(m.group(1), dedent(m.group(2)));
    }
    return out;
  }

  private static String dedent(String block) {
    List<String> lines = List.of(block.split("\n", -1));
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString().stripTrailing();
  }

  @Test
  void theGuideShowsExactlyTheCodeOfThisTest() throws IOException {
    Map<String, String> code = regions(Files.readString(SELF, StandardCharsets.UTF_8));
    assertEquals(List.of("pi-vs-r", "srswor-uniformity", "brute-force", "published", "ks",
        "fuzz"), List.copyOf(code.keySet()));
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher m = DOC.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    while (m.find()) {
      shown.put(m.group(1), m.group(2));
    }
    assertEquals(code.keySet(), shown.keySet(), "every snippet shown once, none extra");
    code.forEach((name, text) -> assertEquals(text, shown.get(name), "snippet " + name));
    assertFalse(code.isEmpty());
  }
}
