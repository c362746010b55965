package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Rational;
import io.doublerandom.draw.SeedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawCommandTest {
  private static final String QUICKNET =
      "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971";
  /** drand quicknet round 657413 (docs/draw-spec.md, vector 3). */
  private static final String SIGNATURE = "b713718a38ae728dfd477991af2822e08d2f305e47718cef9f784"
      + "8ce4050e7be41076862b98fad56e91a6b85b89cd97b";
  private static final String RANDOMNESS =
      "fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587";

  private static String sha256(String hex) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(HexFormat.of().parseHex(hex)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DrawRecord record(Path file) throws IOException {
    return DrawRecord.fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void drawsTheBundledSampleWithAFixedSeedAndTheRecordVerifies(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities();
    Path design = f.design();
    assertEquals(0, f.run("draw", entities.toString(), "--design", design.toString(),
        "--seed-hex", CliFixture.SEED, "-o", f.path("record.json")), f.out() + f.err());
    assertEquals("", f.err(), "no progress or warnings when not on a terminal");
    String text = f.out();
    assertTrue(text.contains("20,000 entities, 17,611 candidates in strata by"
        + " general-risk-class, excluded: cancelled 102, deregistered 1,418, moved-out 272,"
        + " revoked 597"), text);
    assertTrue(text.contains("record written to " + f.path("record.json")), text);

    DrawRecord r = record(dir.resolve("record.json"));
    assertEquals("SX-2025-0001", r.manifest().task());
    assertEquals(new SeedSource.Recorded(CliFixture.SEED), r.seedSource());
    assertTrue(text.contains("manifest hash      " + r.manifestHash()), text);
    assertTrue(text.contains("seed source        recorded, value " + CliFixture.SEED), text);
    assertTrue(text.contains("seed               " + r.seed()), text);
    assertEquals(List.of("A", "B", "C", "D", "unrated"), r.strata().stream()
        .map(DrawRecord.StratumDraw::stratum).toList());
    for (DrawRecord.StratumDraw s : r.strata()) {
      int expected = s.stratum().equals("D") ? (s.population() + 4) / 5
          : (s.population() * 5 + 99) / 100; // ceil(0.2 N), ceil(0.05 N)
      assertEquals(expected, s.sample(), s.stratum());
      assertEquals(expected, s.selected().size(), s.stratum());
      assertEquals(3, s.alternates().size(), s.stratum());
      s.selected().forEach(d -> assertEquals(Rational.of(expected, s.population()),
          d.probability()));
    }
    assertEquals(17_611, r.strata().stream().mapToInt(DrawRecord.StratumDraw::population).sum());
    assertEquals(List.of("design.json", "entities.csv", "record.json"), f.files(),
        "no temporary file left");

    assertEquals(0, f.run("verify", f.path("record.json"), entities.toString()), f.out()
        + f.err());
    assertTrue(f.out().contains("reproduces"), f.out());
  }

  @Test
  void theSameInputsGiveTheSameRecordBytes(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 3_000);
    Path design = f.design();
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("a.json")));
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(), "--seed-hex",
        CliFixture.SEED.toUpperCase(), "-o", f.path("b.json")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")),
        Files.readAllBytes(dir.resolve("b.json")));
  }

  @Test
  void commitRevealDrawsWithMatchingRevealsAndRejectsAMismatchNamingTheParty(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 2_000);
    Path design = f.design();
    String market = "11".repeat(32);
    String tax = "22".repeat(32);
    f.write("commitments.json", "[{\"party\": \"太原市市场监督管理局\", \"hash\": \"" + sha256(market)
        + "\"}, {\"party\": \"太原市税务局\", \"hash\": \"" + sha256(tax) + "\"}]");
    f.write("reveals.csv", "party,secret\n太原市市场监督管理局," + market + "\n太原市税务局," + tax
        + "\n");
    f.write("wrong.json", "[{\"party\": \"太原市市场监督管理局\", \"secret\": \"" + market
        + "\"}, {\"party\": \"太原市税务局\", \"secret\": \"" + "33".repeat(32) + "\"},"
        + " {\"party\": \"太原市公安局\", \"secret\": \"" + "44".repeat(32) + "\"}]");
    Files.writeString(dir.resolve("record.json"), "old");

    assertEquals(1, f.run("draw", entities.toString(), "-d", design.toString(),
        "--commitments", f.path("commitments.json"), "--reveals", f.path("wrong.json"), "-o",
        f.path("record.json")));
    String text = f.out();
    assertTrue(text.contains("seed rejected (commit-reveal)"), text);
    assertTrue(text.contains("reveal of party '太原市税务局' does not match its commitment"), text);
    assertTrue(text.contains("party '太原市公安局' revealed but has no commitment"), text);
    assertFalse(text.contains("'太原市市场监督管理局' does not match"), text);
    assertEquals("old", Files.readString(dir.resolve("record.json")),
        "an existing file is replaced only on success");

    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(),
        "--commitments", f.path("commitments.json"), "--reveals", f.path("reveals.csv"), "-o",
        f.path("record.json")), f.out() + f.err());
    DrawRecord r = record(dir.resolve("record.json"));
    assertEquals("commit-reveal", r.manifest().seedPlan().kind());
    assertEquals("commit-reveal", r.seedSource().kind());
    assertEquals(0, f.run("verify", f.path("record.json"), entities.toString()), f.out());
    assertEquals(Set.of("commitments.json", "design.json", "entities.csv", "record.json",
        "reveals.csv", "wrong.json"), Set.copyOf(f.files()));
  }

  @Test
  void aPartyRevealingTwiceIsRejected(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 500);
    String secret = "11".repeat(32);
    f.write("c.csv", "party,hash\nA," + sha256(secret) + "\n");
    f.write("r.csv", "party,secret\nA," + secret + "\nA," + secret + "\n");
    assertEquals(1, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--commitments", f.path("c.csv"), "--reveals", f.path("r.csv"), "-o",
        f.path("record.json")));
    assertTrue(f.out().contains("party 'A' revealed more than once"), f.out());
    assertFalse(Files.exists(dir.resolve("record.json")));
  }

  @Test
  void drandSeedIsTheSha256OfTheSignatureAndAWrongRandomnessIsRejected(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 1_000);
    Path design = f.design();
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(),
        "--drand-round", "657413", "--drand-signature", SIGNATURE, "-o", f.path("r.json")),
        f.out() + f.err());
    DrawRecord r = record(dir.resolve("r.json"));
    assertEquals(new SeedSource.Drand(QUICKNET, 657413, SIGNATURE, RANDOMNESS), r.seedSource());
    assertEquals(0, f.run("verify", f.path("r.json"), entities.toString()), f.out());

    assertEquals(1, f.run("draw", entities.toString(), "-d", design.toString(),
        "--drand-round", "657413", "--drand-signature", SIGNATURE, "--drand-randomness",
        "00".repeat(32), "-o", f.path("bad.json")));
    assertTrue(f.out().contains("is not SHA-256 of its signature"), f.out());
    assertFalse(Files.exists(dir.resolve("bad.json")));
  }

  @Test
  void manifestOnlyPrintsAndWritesTheManifestThatTheDrawThenChecks(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 2_000);
    Path design = f.design();
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(),
        "--manifest-only", "--drand-round", "9000000", "-o", f.path("manifest.txt")),
        f.out() + f.err());
    String manifest = Files.readString(dir.resolve("manifest.txt"));
    assertTrue(manifest.startsWith("manifest=doublerandom-manifest/v1\n"), manifest);
    assertTrue(manifest.contains("\nseed-plan=drand\ndrand.chain-hash=" + QUICKNET
        + "\ndrand.round=9000000\n"), manifest);
    assertTrue(f.out().startsWith(manifest), f.out());
    String hash = sha256(HexFormat.of().formatHex(manifest.getBytes(StandardCharsets.UTF_8)));
    assertTrue(f.out().contains("manifest hash: " + hash), f.out());

    // the recorded plan: the draw with the published manifest succeeds
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(),
        "--manifest-only", "-o", f.path("recorded.txt")));
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(),
        "--manifest", f.path("recorded.txt"), "--seed-hex", CliFixture.SEED, "-o",
        f.path("record.json")), f.out() + f.err());
    assertEquals(sha256(HexFormat.of().formatHex(Files.readAllBytes(
        dir.resolve("recorded.txt")))), record(dir.resolve("record.json")).manifestHash());

    // a population changed after publication is refused, with the differing lines
    List<String> lines = CliFixture.sampleLines(2_000);
    Path changed = f.write("changed.csv", String.join("\n", lines.subList(0, lines.size() - 1))
        + "\n");
    assertEquals(1, f.run("draw", changed.toString(), "-d", design.toString(),
        "--manifest", f.path("recorded.txt"), "--seed-hex", CliFixture.SEED, "-o",
        f.path("changed.json")));
    assertTrue(f.out().contains("differs from the published manifest"), f.out());
    // lines 10-19 are the population definition: header, stratifier, four not-operating rules
    assertTrue(f.out().contains("line 20: published population-digest="), f.out());
    assertTrue(f.out().contains("population-size="), f.out());
    assertFalse(Files.exists(dir.resolve("changed.json")));
  }

  @Test
  void weightedDrawUsesTheDesignScoresAndVerifyNeedsTheDesign(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 3_000);
    Path design = f.write("pivotal.json", """
        {"task": "SX-2025-0002", "method": "PIVOTAL", "size": "count 20",
         "stratifyBy": "none", "alternates": 2,
         "scores": {"A": 1, "B": 2, "C": 4, "D": 8, "unrated": "2.5"}}
        """);
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("r.json")), f.out() + f.err());
    DrawRecord r = record(dir.resolve("r.json"));
    DrawRecord.StratumDraw all = r.strata().get(0);
    assertEquals("all", all.stratum());
    assertEquals(20, all.selected().size());
    assertEquals(all.population(), all.probabilities().size());
    assertEquals(2, f.run("verify", f.path("r.json"), entities.toString()));
    assertTrue(f.err().contains("give --design"), f.err());
    assertEquals(0, f.run("verify", f.path("r.json"), entities.toString(), "-d",
        design.toString()), f.out() + f.err());

    Path noUnrated = f.write("partial.json", """
        {"task": "T", "method": "poisson", "size": "ratio 0.1 ceiling",
         "scores": {"A": 1, "B": 2, "C": 4, "D": 8}}
        """);
    assertEquals(2, f.run("draw", entities.toString(), "-d", noUnrated.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("p.json")));
    assertTrue(f.err().contains("no score for risk class 'unrated'"), f.err());
  }

  @Test
  void stratifyByKindAndExplicitExclusionsAreInTheManifest(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    List<String> lines = CliFixture.sampleLines(2_000);
    Path entities = f.sampleEntities("entities.csv", 2_000);
    String first = lines.get(1).split(",")[0];
    String second = lines.get(2).split(",")[0];
    Path design = f.write("d.json", "{\"task\": \"T-1\", \"method\": \"srswor\", \"size\":"
        + " {\"count\": 5}, \"exclusions\": [{\"id\": \"" + first + "\", \"reason\":"
        + " \"本年度已检查\"}, {\"id\": \"" + second + "\", \"reason\":"
        + " \"已纳入专项整治\"}]}");
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(),
        "--stratify-by", "kind", "--seed-hex", CliFixture.SEED, "-o", f.path("r.json")),
        f.out() + f.err());
    DrawRecord r = record(dir.resolve("r.json"));
    Set<String> labels = r.strata().stream().map(DrawRecord.StratumDraw::stratum)
        .collect(Collectors.toSet());
    assertTrue(labels.contains("INDIVIDUAL_BUSINESS") && labels.contains("ENTERPRISE"),
        labels.toString());
    assertTrue(r.manifest().exclusions().stream().anyMatch(e -> e.reason()
        .equals("explicit") && e.count() == 2), r.manifest().exclusions().toString());
    String definition = String.join("\n", r.manifest().definition().lines());
    assertTrue(definition.contains("population.stratifier=entity-kind\n"), definition);
    assertTrue(definition.contains("population.eligibility.explicit=" + first
        + "\npopulation.eligibility.explicit.reason=本年度已检查"), definition);
    assertTrue(definition.contains("population.eligibility.explicit=" + second
        + "\npopulation.eligibility.explicit.reason=已纳入专项整治"), definition);
    assertTrue(f.out().contains("candidates in strata by entity-kind"), f.out());

    assertEquals(1, f.run("verify", f.path("r.json"), entities.toString(), "-d",
        design.toString()));
    assertTrue(f.out().contains("manifest.populationDigest"), f.out());
    assertTrue(f.out().contains("manifest.definition: recorded population.stratifier=entity-kind,"
        + " recomputed absent"), f.out());
    assertTrue(f.out().contains("hint: the record's strata are by entity-kind, this"
        + " population's by general-risk-class: was the draw made with another --stratify-by"),
        f.out());
    assertFalse(f.out().contains("eligibility rules or risk scores"), f.out());
    assertEquals(0, f.run("verify", f.path("r.json"), entities.toString(), "-d",
        design.toString(), "--stratify-by", "kind"), f.out());
    assertEquals(1, f.run("verify", f.path("r.json"), entities.toString(), "--stratify-by",
        "kind"));
    assertTrue(f.out().contains("manifest.exclusions[explicit].count: recorded 2,"
        + " recomputed 0"), f.out());
    assertTrue(f.out().contains("manifest.definition: recorded population.eligibility.explicit="
        + first + ", recomputed absent"), f.out());
    assertTrue(f.out().contains("hint: the record's eligibility rules or risk scores are not"
        + " those derived here"), f.out());
  }

  @Test
  void importErrorsAreInvalidDataListedWithTheirLines(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    List<String> lines = CliFixture.sampleLines(50);
    String bad = lines.get(3).replace(",OPERATING,", ",RUNNING,");
    Path entities = f.write("entities.csv", String.join("\n", lines.subList(0, 3)) + "\n" + bad
        + "\n" + String.join("\n", lines.subList(4, lines.size())) + "\n");
    assertEquals(1, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-hex", CliFixture.SEED, "-o", f.path("r.json")));
    assertTrue(f.out().contains("entities.csv:4: status 'RUNNING'"), f.out());
    assertFalse(Files.exists(dir.resolve("r.json")));
  }

  @Test
  void unusableInputsExitTwo(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 200);
    String e = entities.toString();
    String d = f.design().toString();
    String out = f.path("r.json");
    String[][] cases = {
        {"draw", f.path("missing.csv"), "-d", d, "--seed-hex", CliFixture.SEED, "-o", out},
        {"draw", e, "-d", f.path("missing.json"), "--seed-hex", CliFixture.SEED, "-o", out},
        {"draw", e, "-d", d, "-o", out},
        {"draw", e, "-d", d, "--seed-hex", "abc", "-o", out},
        {"draw", e, "-d", d, "--seed-hex", CliFixture.SEED},
        {"draw", e, "-d", d, "--seed-hex", CliFixture.SEED, "--reveals", f.path("x.json"), "-o",
            out},
        {"draw", e, "-d", d, "--seed-hex", CliFixture.SEED, "-o", f.path("no/such/dir/r.json")},
        {"draw", e, "-d", d, "--seed-hex", CliFixture.SEED, "--stratify-by", "colour", "-o",
            out},
        {"draw", e, "-d", d, "--drand-signature", SIGNATURE, "-o", out},
        {"draw", e, "-d", d, "--commitments", f.path("none.json"), "--reveals",
            f.path("none.json"), "-o", out},
        {"draw", e, "-d", d, "--seed-hex", CliFixture.SEED, "--manifest", f.path("none.txt"),
            "-o", out},
        {"draw", e},
    };
    for (String[] args : cases) {
      assertEquals(2, f.run(args), String.join(" ", args) + "\n" + f.out() + f.err());
      assertFalse(f.err().isEmpty(), String.join(" ", args));
    }
    assertFalse(Files.exists(dir.resolve("r.json")));

    f.write("bad.json", "{\"task\": \"T\", \"method\": \"random\", \"size\": \"ratio 2 ceiling\","
        + " \"alternates\": -1, \"colour\": 1}");
    assertEquals(2, f.run("draw", e, "-d", f.path("bad.json"), "--seed-hex", CliFixture.SEED,
        "-o", out));
    String text = f.err();
    assertTrue(text.contains("bad.json: colour: unknown field"), text);
    assertTrue(text.contains("bad.json: method: unknown draw method 'random'"), text);
    assertTrue(text.contains("bad.json: size: sampling ratio must be between 0 and 1"), text);
    assertTrue(text.contains("bad.json: alternates: must be a whole number >= 0"), text);

    f.write("malformed.json", "{\"task\": ");
    assertEquals(2, f.run("draw", e, "-d", f.path("malformed.json"), "--seed-hex",
        CliFixture.SEED, "-o", out));
    assertTrue(f.err().contains("malformed JSON"), f.err());

    f.write("plan.json", "{\"task\": \"T\", \"method\": \"srswor\", \"size\": \"count 1\","
        + " \"seedPlan\": {\"kind\": \"drand\", \"chainHash\": \"" + QUICKNET + "\", \"round\":"
        + " 5}}");
    assertEquals(2, f.run("draw", e, "-d", f.path("plan.json"), "--seed-hex", CliFixture.SEED,
        "-o", out));
    assertTrue(f.err().contains("the seed plan"), f.err());
  }

  @Test
  void theDesignFilesSeedPlanIsUsedWithTheMaterialFromTheOptions(@TempDir Path dir)
      throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 300);
    f.write("plan.json", "{\"task\": \"T\", \"method\": \"srswor\", \"size\": \"count 2\","
        + " \"seedPlan\": {\"kind\": \"drand\", \"chainHash\": \"" + QUICKNET + "\", \"round\":"
        + " 657413}}");
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.path("plan.json"),
        "--drand-signature", SIGNATURE, "-o", f.path("r.json")), f.out() + f.err());
    assertEquals(657413, ((SeedSource.Drand) record(dir.resolve("r.json")).seedSource()).round());
  }

  @Test
  void aRandomRecordedSeedIsRecordedAndVerifies(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 300);
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-random", "-o", f.path("r.json")), f.out() + f.err());
    SeedSource.Recorded value = (SeedSource.Recorded) record(dir.resolve("r.json")).seedSource();
    assertTrue(f.out().contains("seed source        recorded, value " + value.value()),
        f.out());
    assertEquals(0, f.run("verify", f.path("r.json"), entities.toString()), f.out());
    assertEquals(2, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-random", "--seed-hex", CliFixture.SEED, "-o", f.path("r2.json")));
  }

  @Test
  void progressLinesGoToStandardErrorOnlyWhenAsked(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 300);
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-hex", CliFixture.SEED, "-o", f.path("r.json"), "--progress"));
    assertTrue(f.err().contains("read 300 entities"), f.err());
    assertTrue(f.err().contains("population digest"), f.err());
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-hex", CliFixture.SEED, "-o", f.path("r.json"), "--no-progress"));
    assertEquals("", f.err());
  }
}
