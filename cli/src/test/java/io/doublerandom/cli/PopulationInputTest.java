package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Eligibility;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.PopulationBuilder;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.draw.Verification;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.MarketEntity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The population the CLI derives is the one core's PopulationBuilder derives: reason codes per
 * registration status, the population definition in the manifest, and records that verify across
 * the CLI and the library in both directions.
 */
class PopulationInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static DrawRecord record(Path file) throws IOException {
    return DrawRecord.fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<MarketEntity> entities(Path file) {
    return EntityFiles.read(file, ImportOptions.defaults()).values();
  }

  /** The header and the first {@code n} operating entities of the bundled sample. */
  private static List<String> operatingLines(int n) throws IOException {
    List<String> all = CliFixture.sampleLines(4 * n);
    List<String> out = new ArrayList<>(List.of(all.get(0)));
    for (int i = 1; i < all.size() && out.size() <= n; i++) {
      if (all.get(i).contains(",OPERATING,")) {
        out.add(all.get(i));
      }
    }
    assertEquals(n + 1, out.size());
    return out;
  }

  @Test
  void eachNotOperatingStatusHasItsOwnReasonCodeCountedInTheManifest(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    List<String> lines = operatingLines(40);
    String[] statuses = {"DEREGISTERED", "REVOKED", "CANCELLED", "MOVED_OUT"};
    for (int i = 0; i < statuses.length; i++) {
      lines.set(1 + 7 * i, lines.get(1 + 7 * i).replace(",OPERATING,", "," + statuses[i] + ","));
    }
    Path entities = f.write("entities.csv", String.join("\n", lines) + "\n");
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-hex", CliFixture.SEED, "-o", f.path("r.json")), f.out() + f.err());
    assertTrue(f.out().contains("40 entities, 36 candidates in strata by general-risk-class,"
        + " excluded: cancelled 1, deregistered 1, moved-out 1, revoked 1"), f.out());

    Manifest m = record(dir.resolve("r.json")).manifest();
    assertEquals(List.of(new Manifest.ExclusionCount("cancelled", 1),
        new Manifest.ExclusionCount("deregistered", 1),
        new Manifest.ExclusionCount("moved-out", 1),
        new Manifest.ExclusionCount("revoked", 1)), m.exclusions());
    assertEquals(36, m.populationSize());
    assertTrue(m.canonicalText().contains("exclusion=cancelled\nexclusion.count=1\n"
        + "exclusion=deregistered\nexclusion.count=1\nexclusion=moved-out\nexclusion.count=1\n"
        + "exclusion=revoked\nexclusion.count=1\n"), m.canonicalText());

    // excludeNotOperating false: no exclusion, no eligibility rule in the definition
    Path keep = f.write("keep.json", "{\"task\": \"T\", \"method\": \"srswor\", \"size\":"
        + " \"count 2\", \"excludeNotOperating\": false}");
    assertEquals(0, f.run("draw", entities.toString(), "-d", keep.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("keep-record.json")), f.out() + f.err());
    Manifest all = record(dir.resolve("keep-record.json")).manifest();
    assertEquals(40, all.populationSize());
    assertEquals(List.of(), all.exclusions());
    assertEquals(List.of(), all.definition().lines().stream()
        .filter(l -> l.startsWith("population.eligibility")).toList());
    assertEquals(0, f.run("verify", f.path("keep-record.json"), entities.toString(), "-d",
        keep.toString()), f.out());
    assertEquals(1, f.run("verify", f.path("keep-record.json"), entities.toString()));
    assertTrue(f.out().contains("manifest.exclusions[revoked].count: recorded 0, recomputed 1"),
        f.out());
  }

  @Test
  void readingTheBundledSampleShowsACountLineEveryIntervalOnStandardError(@TempDir Path dir)
      throws IOException {
    Path sample = new CliFixture(dir).sampleEntities();
    java.io.StringWriter text = new java.io.StringWriter();
    Progress progress = new Progress(new java.io.PrintWriter(text), true, 5_000);
    PopulationInput input = new PopulationInput();
    PopulationInput.Loaded loaded = input.load(sample, Optional.empty(), false,
        progress);
    assertEquals(20_000, loaded.entities());
    List<String> counts = text.toString().lines().filter(l -> l.endsWith("entities read"))
        .map(l -> l.substring(l.indexOf("] ") + 2)).toList();
    assertEquals(List.of("5,000 entities read", "10,000 entities read", "15,000 entities read",
        "20,000 entities read"), counts);
    java.io.StringWriter quiet = new java.io.StringWriter();
    input.load(sample, Optional.empty(), false,
        new Progress(new java.io.PrintWriter(quiet), false, 5_000));
    assertEquals("", quiet.toString());
  }

  @Test
  void theManifestCarriesThePopulationDefinitionWithTheStratifierName(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 1_000);
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--manifest-only", "-o", f.path("manifest.txt")), f.out() + f.err());
    String manifest = Files.readString(dir.resolve("manifest.txt"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("""
        alternates=3
        population.definition=doublerandom-population/v1
        population.stratifier=general-risk-class
        population.eligibility=deregistered
        population.eligibility.rule=registration status deregistered
        population.eligibility=revoked
        population.eligibility.rule=registration status revoked
        population.eligibility=cancelled
        population.eligibility.rule=registration status cancelled
        population.eligibility=moved-out
        population.eligibility.rule=registration status moved-out
        population-digest="""), manifest);

    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--stratify-by", "city", "--manifest-only"), f.out() + f.err());
    assertTrue(f.out().contains("\npopulation.stratifier=prefecture\n"), f.out());

    Path weighted = f.write("weighted.json", """
        {"task": "T-2", "method": "poisson", "size": "ratio 0.1 ceiling",
         "stratifyBy": "risk:food", "scoreDomain": "food",
         "scores": {"unrated": "2.50", "D": 8, "C": 4, "B": 2, "A": 1}}
        """);
    assertEquals(0, f.run("draw", entities.toString(), "-d", weighted.toString(),
        "--manifest-only"), f.out() + f.err());
    assertTrue(f.out().contains("""
        population.stratifier=food-risk-class
        population.scorer=food-risk-class-score A=1 B=2 C=4 D=8 unrated=2.5
        population.eligibility=deregistered
        """), f.out());
  }

  @Test
  void anExclusionOfAnIdNotInTheFileIsRecordedButNotCountedWithAWarning(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 300);
    String absent = "91140105MA0K00128W";
    Path design = f.write("d.json", "{\"task\": \"T\", \"method\": \"srswor\", \"size\":"
        + " \"count 2\", \"exclusions\": [{\"id\": \"" + absent + "\", \"reason\": \"已注销\"}]}");
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("r.json")), f.out() + f.err());
    assertTrue(f.err().contains("warning: " + design + ": exclusions: " + absent
        + " is not in " + entities), f.err());
    Manifest m = record(dir.resolve("r.json")).manifest();
    assertFalse(m.exclusions().stream().anyMatch(e -> e.reason().equals("explicit")),
        m.exclusions().toString());
    assertTrue(m.definition().lines().contains("population.eligibility.explicit=" + absent),
        m.definition().toString());
  }

  @Test
  void aDefaultCliRecordVerifiesWithTheLibraryDefaults(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 3_000);
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-hex", CliFixture.SEED, "-o", f.path("r.json")), f.out() + f.err());
    Population population = PopulationBuilder.from(entities(entities)).build();
    Verification v = TargetDraw.verify(record(dir.resolve("r.json")), population);
    assertTrue(v.reproduces(), v.toString());
  }

  @Test
  void recordsVerifyAcrossTheCliAndTheLibraryAndAChangedExclusionCountIsListed(
      @TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 3_000);
    List<String> lines = CliFixture.sampleLines(3);
    String first = lines.get(1).split(",")[0];
    Path design = f.write("d.json", """
        {"task": "SX-2025-0003", "method": "pivotal", "size": "count 4", "alternates": 1,
         "stratifyBy": "city", "scores": {"A": 1, "B": 2, "C": 4, "D": 8, "unrated": 2},
         "exclusions": [{"id": "%s", "reason": "本年度已检查"}]}
        """.formatted(first));
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("cli.json")), f.out() + f.err());

    // the same population with the library: the names and functions docs/cli.md documents
    Map<String, BigDecimal> scores = Map.of("A", BigDecimal.ONE, "B", BigDecimal.valueOf(2),
        "C", BigDecimal.valueOf(4), "D", BigDecimal.valueOf(8), "unrated", BigDecimal.valueOf(2));
    Population population = PopulationBuilder.from(entities(entities))
        .eligibility(Eligibility.builder().excludeNotOperating()
            .exclude(EntityId.parse(first), "本年度已检查").build())
        .stratifier("prefecture", e -> e.region().prefecture().orElse(e.region()).value())
        .scorer("general-risk-class-score A=1 B=2 C=4 D=8 unrated=2",
            e -> Optional.of(scores.get(e.generalRiskClass().orElse("unrated"))))
        .build();
    DrawRecord cli = record(dir.resolve("cli.json"));
    Verification v = TargetDraw.verify(cli, population);
    assertTrue(v.reproduces(), v.toString());
    assertEquals(1, population.exclusionCounts().get("explicit"));

    // the library's record verifies with the CLI
    DrawDesign d = cli.manifest().design();
    Manifest manifest = Manifest.create("SX-2025-0003", d, SeedPlan.recorded(), population);
    DrawRecord library = TargetDraw.draw(manifest, new SeedSource.Recorded(CliFixture.SEED),
        population);
    Files.writeString(dir.resolve("library.json"), library.toJson(), StandardCharsets.UTF_8);
    assertEquals(0, f.run("verify", f.path("library.json"), entities.toString(), "-d",
        design.toString()), f.out() + f.err());
    assertEquals(cli.toJson(), library.toJson());

    // one more deregistered entity claimed in the record: the library and the CLI list it
    ObjectNode tree = (ObjectNode) JSON.readTree(dir.resolve("cli.json").toFile());
    int deregistered = population.exclusionCounts().get("deregistered");
    for (var e : tree.get("manifest").get("exclusions")) {
      if (e.get("reason").asText().equals("deregistered")) {
        ((ObjectNode) e).put("count", deregistered + 1);
      }
    }
    Path tampered = dir.resolve("tampered.json");
    JSON.writeValue(tampered.toFile(), tree);
    Verification t = TargetDraw.verify(record(tampered), population);
    assertFalse(t.reproduces());
    Verification.Difference expected = new Verification.Difference(
        "manifest.exclusions[deregistered].count", Integer.toString(deregistered + 1),
        Integer.toString(deregistered));
    assertTrue(t.differences().contains(expected), t.toString());
    assertEquals(1, f.run("verify", tampered.toString(), entities.toString(), "-d",
        design.toString()));
    assertTrue(f.out().contains(expected.toString() + "\n")
        || f.out().contains(expected + System.lineSeparator()), f.out());
    assertTrue(f.out().contains("does not reproduce"), f.out());
  }
}
