package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of docs/drawing.md, run end to end. Each region between {@code // snippet:NAME} and
 * {@code // end:NAME} is shown verbatim (dedented) in the guide after {@code <!-- snippet: NAME
 * -->}; {@link #theGuideShowsExactlyTheCodeOfThisTest} fails if they drift apart.
 */
class DrawingGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "drawing.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "doublerandom", "draw",
      "DrawingGuideTest.java");

  @TempDir
  Path publishDir;

  /** Forty food shops and factories of 太原 (140105/140106), a few deregistered or moved out. */
  private static List<MarketEntity> entities() {
    List<MarketEntity> out = new ArrayList<>();
    String[] classes = {"A", "B", "B", "C", "D"};
    for (int i = 1; i <= 40; i++) {
      MarketEntity.Builder b = Entities.plain(1000 + i)
          .region(RegionCode.of(i % 3 == 0 ? "140106" : "140105"))
          .industry(IndustryCode.of(i % 2 == 0 ? "F5211" : "C1391"))
          .addTags(i % 2 == 0 ? "食品销售" : "食品生产")
          .addRiskRatings(RiskRating.general(classes[i % 5], LocalDate.of(2024, 1, 1)));
      if (i % 11 == 0) {
        b.status(RegistrationStatus.DEREGISTERED);
      } else if (i % 13 == 0) {
        b.status(RegistrationStatus.MOVED_OUT);
      }
      out.add(b.build());
    }
    return out;
  }

  private static InspectionItem item(String code, String name, ApplicabilityRule rule) {
    return InspectionItem.builder().code(code).category("食品安全").name(name).appliesTo(rule)
        .kind(ItemKind.GENERAL).responsibleDepartment("市场监管部门").build();
  }

  /** A SHA1PRNG seeded before first use is deterministic: fixed "random" values for the test. */
  private static SecureRandom fixedRandom(String seed) throws NoSuchAlgorithmException {
    SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
    r.setSeed(seed.getBytes(StandardCharsets.UTF_8));
    return r;
  }

  @Test
  void aDrawFromDirectoryToVerifiedRecordAndReplacement() throws Exception {
    EntityDirectory directory = EntityDirectory.of(entities());
    InspectionItem foodSales = item("SC-01-01", "食品销售者经营条件检查",
        ApplicabilityRule.builder().addIndustries(IndustryCode.of("F52")).build());
    InspectionHistory inspections2024 = InspectionHistory.of(List.of(
        InspectionHistory.Entry.of(Entities.id(1010), LocalDate.of(2024, 3, 12), "SC-02-01"),
        InspectionHistory.Entry.of(Entities.id(1020), LocalDate.of(2024, 4, 2), "SC-01-01")));
    InspectionHistory draws2024 = InspectionHistory.of(List.of(
        InspectionHistory.Entry.of(Entities.id(1004), LocalDate.of(2024, 2, 20), "SC-01-01")));
    Clock clock = Clock.fixed(Instant.parse("2024-07-01T02:00:00Z"), ZoneOffset.UTC);
    SecureRandom random = fixedRandom("guide");

    // snippet:population
    Population population = PopulationBuilder.from(directory)
        .filter(PopulationFilter.of(EntityQuery.builder()
                .addRegions(RegionCode.of("140105"))
                .build())
            .withItems(List.of(foodSales)))
        .eligibility(Eligibility.builder()
            .excludeNotOperating()
            .excludeLowRiskInspected(inspections2024, 2024)
            .excludeDrawnForItems(draws2024, 2024, List.of("SC-01-01"))
            .exclude(EntityId.parse("000000000001016"), "已纳入食品安全专项整治，另行全覆盖检查")
            .build())
        .build();
    System.out.println(population.exclusionCounts());
    // end:population

    // 140105 and F52: 14 entities; 22 deregistered, 26 moved out, 10 and 20 class A inspected,
    // 4 drawn for SC-01-01 in February, 16 excluded by name
    assertEquals(Map.of("deregistered", 1, "drawn-for-item-this-year", 1, "explicit", 1,
        "low-risk-inspected-this-year", 2, "moved-out", 1), population.exclusionCounts());
    assertEquals(8, population.size());

    // snippet:manifest
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.3"))
        .withStratumSize("D", SizeRule.all())
        .withAlternates(2);
    byte[] bureauSecret = new byte[32];
    byte[] taxSecret = new byte[32];
    random.nextBytes(bureauSecret);   // each party, on its own machine
    random.nextBytes(taxSecret);
    SeedPlan plan = SeedPlan.commitReveal(List.of(
        new SeedPlan.Commitment("太原市市场监督管理局", SeedSource.commitment(bureauSecret)),
        new SeedPlan.Commitment("太原市税务局", SeedSource.commitment(taxSecret))));
    Manifest manifest = Manifest.create("SX-2024-0105", design, plan, population);
    String announcement = manifest.canonicalText();   // publish it, and
    String commitment = manifest.hash();              // this hash, before anyone reveals
    // end:manifest

    assertTrue(announcement.contains("population.filter.item=SC-01-01\n"));
    assertTrue(announcement.contains("exclusion=explicit\n"));
    assertEquals(64, commitment.length());

    // snippet:draw
    DrawSession session = new DrawSession(DrawLedger.inMemory(), clock);
    SeedSource reveals = new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("太原市市场监督管理局", bureauSecret),
        SeedSource.Reveal.of("太原市税务局", taxSecret)));
    DrawOutcome<DrawRecord> outcome = session.draw(manifest, reveals, population);
    if (!(outcome instanceof DrawOutcome.Drawn<DrawRecord> drawn)) {
      throw new IllegalStateException("no draw: " + outcome);   // logged in the ledger
    }
    DrawRecord record = drawn.record();
    Path file = publishDir.resolve("SX-2024-0105.draw.json");
    Path tmp = Files.createTempFile(publishDir, "SX-2024-0105", ".tmp");
    Files.writeString(tmp, record.toJson(), StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    // end:draw

    // snippet:verify
    DrawRecord published = DrawRecord.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    Verification verification = TargetDraw.verify(published, population);
    if (!verification.reproduces()) {
      verification.differences().forEach(System.out::println);
    }
    // end:verify

    assertTrue(verification.reproduces(), verification.toString());
    assertEquals(List.of("A", "B", "C", "D"), record.strata().stream()
        .map(DrawRecord.StratumDraw::stratum).toList());

    // snippet:replace
    String gone = record.currentSample("B").get(0);
    DrawRecord updated = session.replace(record, gone, "2024-07-02 核查：已注销").orElseThrow();
    System.out.println(updated.currentSample("B"));
    System.out.println(session.ledger().verifyChain());   // [] when the chain is intact
    // end:replace

    assertFalse(updated.currentSample("B").contains(gone));
    assertTrue(TargetDraw.verify(updated, population).reproduces());
    assertEquals(List.of("drawn", "replaced"), session.ledger().entries().stream()
        .map(e -> e.attempt().outcome().token()).toList());
    assertTrue(session.ledger().verifyChain().isEmpty());

    // snippet:redraw
    DrawOutcome<DrawRecord> again = session.draw(manifest, reveals, population);
    System.out.println(again);   // Refused[reason=task SX-2024-0105 was already drawn; ...]
    // end:redraw

    assertTrue(again instanceof DrawOutcome.Refused<DrawRecord>);
  }

  @Test
  void aBeaconDrawNamesItsRoundInAdvance() {
    Population population = Fixtures.threeStrata();
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.3"));
    Instant published = Instant.parse("2023-09-15T10:50:03Z");
    String signature = SeedSourceTest.QUICKNET_SIGNATURE;   // fetched from a drand client
    String randomness = SeedSourceTest.QUICKNET_RANDOMNESS;

    // snippet:drand
    long round = SeedPlan.Drand.firstRoundAtOrAfter(SeedPlan.Drand.QUICKNET_GENESIS,
        SeedPlan.Drand.QUICKNET_PERIOD, published.getEpochSecond() + 600);   // ten minutes on
    Manifest manifest = Manifest.create("SX-2024-0106", design,
        SeedPlan.drand(SeedPlan.Drand.QUICKNET, round), population);
    // ... publish manifest.hash(); after the round is out, with its verified signature:
    SeedSource beacon = new SeedSource.Drand(SeedPlan.Drand.QUICKNET, round, signature,
        randomness);
    DrawRecord record = TargetDraw.draw(manifest, beacon, population);
    // end:drand

    assertEquals(657413, round);
    assertTrue(TargetDraw.verify(record, population).reproduces());
  }

  @Test
  void aJointDrawGroupsTheVisits() throws Exception {
    EntityDirectory directory = EntityDirectory.of(entities());
    InspectionItem foodSales = item("SC-01-01", "食品销售者经营条件检查",
        ApplicabilityRule.builder().addIndustries(IndustryCode.of("F52")).build());
    InspectionItem labelling = item("ZL-03-02", "预包装食品标签检查",
        ApplicabilityRule.builder().addAnyTags("食品销售", "食品生产").build());
    DrawSession session = new DrawSession(DrawLedger.inMemory(),
        Clock.fixed(Instant.parse("2024-07-03T02:00:00Z"), ZoneOffset.UTC));
    SecureRandom secureRandom = fixedRandom("joint");

    // snippet:joint
    Population food = PopulationBuilder.from(directory)
        .filter(PopulationFilter.applicableTo(foodSales)).build();
    Population labels = PopulationBuilder.from(directory)
        .filter(PopulationFilter.applicableTo(labelling)).build();
    JointManifest joint = JointManifest.create("SX-2024-J07", List.of(
        new JointTask("SX-2024-0107", List.of("SC-01-01"),
            DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.2")).withAlternates(2), food),
        new JointTask("SX-2024-0108", List.of("ZL-03-02"),
            DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.3")).withAlternates(2), labels)),
        SeedPlan.recorded());
    // publish joint.hash(), then:
    Map<String, Population> populations = Map.of("SX-2024-0107", food, "SX-2024-0108", labels);
    JointDrawRecord record = session.draw(joint, SeedSource.recorded(secureRandom), populations)
        .orElseThrow();
    for (JointDrawRecord.EntityTasks visit : record.entities()) {
      System.out.println(visit.id() + " " + visit.items());   // one visit, every item
    }
    Verification verification = JointDraw.verify(record, populations);
    // end:joint

    assertTrue(verification.reproduces(), verification.toString());
    int slots = record.tasks().stream().mapToInt(t -> record.currentSample(t.task()).size())
        .sum();
    assertTrue(record.entities().size() < slots, "shared keys save visits");
    assertEquals(2, session.ledger().entries().size());
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
    assertEquals(List.of("population", "manifest", "draw", "verify", "replace", "redraw",
        "drand", "joint"), List.copyOf(code.keySet()));
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher m = DOC.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    while (m.find()) {
      shown.put(m.group(1), m.group(2));
    }
    assertEquals(code.keySet(), shown.keySet(), "every snippet shown once, none extra");
    code.forEach((name, text) -> assertEquals(text, shown.get(name), "snippet " + name));
  }
}
