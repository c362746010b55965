package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetDrawTest {
  private static final DrawDesign STRATIFIED = DrawDesign.of(DrawMethod.SRSWOR,
      SizeRule.ratio("0.5")).withStratumSize("D", SizeRule.count(1)).withAlternates(2);
  private static final SeedSource.Recorded VALUE = new SeedSource.Recorded("5a".repeat(32));

  private static DrawRecord stratifiedDraw(Population population) {
    Manifest m = Manifest.create("SX-2024-0001", STRATIFIED, SeedPlan.recorded(), population);
    return TargetDraw.draw(m, VALUE, population);
  }

  private static List<String> fields(Verification v) {
    return v.differences().stream().map(Verification.Difference::field).toList();
  }

  @Test
  void stratifiedDrawHasTheDesignSizesInKeyOrderAndReproduces() {
    Population population = Fixtures.threeStrata();
    DrawRecord r = stratifiedDraw(population);
    assertEquals(List.of("A", "C", "D"), r.strata().stream().map(DrawRecord.StratumDraw::stratum)
        .toList());
    int[][] expected = {{5, 3, 2}, {4, 2, 2}, {3, 1, 2}}; // population, sample, alternates
    for (int i = 0; i < 3; i++) {
      DrawRecord.StratumDraw s = r.strata().get(i);
      assertEquals(expected[i][0], s.population());
      assertEquals(expected[i][1], s.selected().size());
      assertEquals(expected[i][2], s.alternates().size());
      List<DrawRecord.Drawn> all = new ArrayList<>(s.selected());
      all.addAll(s.alternates());
      for (int j = 1; j < all.size(); j++) {
        assertTrue(all.get(j - 1).key().compareTo(all.get(j).key()) < 0, "ascending keys");
      }
      for (DrawRecord.Drawn d : all) {
        assertEquals(Rational.of(s.sample(), s.population()), d.probability());
      }
    }
    assertEquals(List.of(new Manifest.ExclusionCount("not-operating", 1)),
        r.manifest().exclusions());
    Verification v = TargetDraw.verify(r, population);
    assertTrue(v.reproduces(), v.toString());
  }

  @Test
  void shuffledInputGivesTheIdenticalRecord() {
    qt().withFixedSeed(4242L).withExamples(60)
        .forAll(integers().between(1, 80), integers().between(1, 4), longs().all())
        .checkAssert((size, strata, shuffle) -> {
          List<Candidate> cs = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            cs.add(Candidate.scored("id-" + i, "S" + (i % strata),
                BigDecimal.valueOf(1 + (i * 37L) % 11)));
          }
          for (DrawMethod method : DrawMethod.values()) {
            DrawDesign d = DrawDesign.of(method, SizeRule.ratio("0.3")).withAlternates(2);
            Population p1 = Population.of(cs);
            List<Candidate> shuffled = new ArrayList<>(cs);
            Collections.shuffle(shuffled, new Random(shuffle));
            Population p2 = Population.of(shuffled);
            String a = TargetDraw.draw(Manifest.create("T", d, SeedPlan.recorded(), p1), VALUE, p1)
                .toJson();
            String b = TargetDraw.draw(Manifest.create("T", d, SeedPlan.recorded(), p2), VALUE, p2)
                .toJson();
            assertEquals(a, b);
          }
        });
  }

  @Test
  void everyDesignDrawsItsSizesFromTheRightStrataAndReproduces() {
    qt().withFixedSeed(777L).withExamples(80)
        .forAll(integers().between(1, 60), integers().between(1, 5), integers().between(0, 100),
            integers().between(0, 4))
        .checkAssert((size, strata, percent, alternates) -> {
          List<Candidate> cs = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            cs.add(Candidate.scored("c" + i, "S" + (i * 7 % strata),
                BigDecimal.valueOf((i * 13L) % 5)));
          }
          Population p = Population.of(cs);
          for (DrawMethod method : DrawMethod.values()) {
            DrawDesign d = DrawDesign.of(method, SizeRule.ratio(BigDecimal.valueOf(percent, 2),
                SizeRule.Rounding.HALF_UP)).withAlternates(alternates);
            DrawRecord r = TargetDraw.draw(Manifest.create("T", d, SeedPlan.recorded(), p),
                VALUE, p);
            for (DrawRecord.StratumDraw s : r.strata()) {
              Set<String> seen = new HashSet<>();
              for (DrawRecord.Drawn x : s.selected()) {
                assertTrue(seen.add(x.id()), "no repeats");
                assertEquals(s.stratum(), p.candidates().stream()
                    .filter(c -> c.id().equals(x.id())).findFirst().orElseThrow().stratum());
              }
              for (DrawRecord.Drawn x : s.alternates()) {
                assertTrue(seen.add(x.id()), "alternates are not selected");
              }
              assertTrue(s.alternates().size() <= alternates);
              if (method != DrawMethod.POISSON) {
                assertEquals(s.sample(), s.selected().size(), method + " has its exact size");
              }
              if (method == DrawMethod.SRSWOR) {
                assertEquals(Math.min(alternates, s.population() - s.sample()),
                    s.alternates().size());
              }
            }
            assertTrue(TargetDraw.verify(r, p).reproduces());
          }
        });
  }

  @Test
  void drawingTwiceGivesTheSameBytes() {
    assertEquals(stratifiedDraw(Fixtures.threeStrata()).toJson(),
        stratifiedDraw(Fixtures.threeStrata()).toJson());
  }

  @Test
  void parallelChunksGiveTheSameSampleAsOneSequentialPass() {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < DrawEngine.PARALLEL_THRESHOLD + 4321; i++) {
      cs.add(Candidate.of(String.format("P%07d", i), "S" + (i % 4)));
    }
    Population p = Population.of(cs);
    DrawDesign d = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.01")).withAlternates(3);
    Manifest m = Manifest.create("big", d, SeedPlan.recorded(), p);
    byte[] seed = Fixtures.seed(99);
    List<DrawRecord.StratumDraw> parallel = DrawEngine.run(seed, m, p);
    StreamingSelection sequential = StreamingSelection.forManifest(m, seed);
    cs.forEach(sequential::offer);
    Map<String, DrawRecord.StratumDraw> sequentialStrata = new java.util.HashMap<>();
    sequential.result().forEach(s -> sequentialStrata.put(s.stratum(), s));
    for (DrawRecord.StratumDraw s : parallel) {
      List<String> expected = new ArrayList<>();
      sequentialStrata.get(s.stratum()).selected().forEach(x -> expected.add(x.key()));
      sequentialStrata.get(s.stratum()).alternates().forEach(x -> expected.add(x.key()));
      List<String> actual = new ArrayList<>();
      s.selected().forEach(x -> actual.add(x.key()));
      s.alternates().forEach(x -> actual.add(x.key()));
      assertEquals(expected, actual, s.stratum());
      assertEquals((s.population() + 99) / 100, s.selected().size()); // ceil(0.01 * N_h)
      // and both are the brute-force answer: every key computed, sorted, the first n_h + A taken
      Prf prf = new Prf(seed, m.keyStream());
      List<String> oracle = cs.stream().filter(c -> c.stratum().equals(s.stratum()))
          .map(c -> Codec.hex(prf.compute(Prf.ORDER, c.idBytes())) + " " + c.id()).sorted()
          .limit(s.selected().size() + 3L).map(x -> x.substring(0, 64)).toList();
      assertEquals(oracle, actual, s.stratum() + " against sorting every key");
    }
  }

  @Test
  void aManifestOfAnotherPopulationIsRefused() {
    Population population = Fixtures.threeStrata();
    Manifest m = Manifest.create("T", STRATIFIED, SeedPlan.recorded(), population);
    List<Candidate> fewer = new ArrayList<>(population.candidates());
    fewer.remove(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TargetDraw.draw(m, VALUE, Population.of(fewer, population.exclusions())));
    assertTrue(e.getMessage().contains("manifest.populationDigest"), e.getMessage());
    assertTrue(e.getMessage().contains("manifest.strata[A].population"), e.getMessage());
  }

  @Test
  void recordsOfEverySeedKindAndMethodRoundTripThroughJson() {
    Population population = weightedPopulation();
    byte[] secret = "a secret of the county bureau!!".getBytes(StandardCharsets.UTF_8);
    SeedPlan cr = SeedPlan.commitReveal(List.of(new SeedPlan.Commitment("县局",
        SeedSource.commitment(secret))));
    SeedPlan drand = SeedPlan.drand(SeedPlan.Drand.QUICKNET, 657413);
    List<DrawRecord> records = List.of(
        TargetDraw.draw(Manifest.create("T1", DrawDesign.of(DrawMethod.PIVOTAL,
            SizeRule.count(2)).withAlternates(1), cr, population),
            new SeedSource.CommitReveal(List.of(SeedSource.Reveal.of("县局", secret))), population),
        TargetDraw.draw(Manifest.create("T2", DrawDesign.of(DrawMethod.POISSON,
            SizeRule.ratio("0.4")), drand, population), new SeedSource.Drand(
            SeedPlan.Drand.QUICKNET, 657413, SeedSourceTest.QUICKNET_SIGNATURE,
            SeedSourceTest.QUICKNET_RANDOMNESS), population),
        stratifiedDraw(Fixtures.threeStrata()));
    for (DrawRecord r : records) {
      String json = r.toJson();
      DrawRecord back = DrawRecord.fromJson(json);
      assertEquals(r, back);
      assertEquals(json, back.toJson());
      assertTrue(json.endsWith("}\n") && !json.contains("\r"));
    }
    assertTrue(records.get(0).toJson().contains("\"kind\" : \"commit-reveal\""));
  }

  static Population weightedPopulation() {
    List<Candidate> cs = new ArrayList<>();
    String[] scores = {"1", "2", "3", "4", "0", "2.5"};
    for (int i = 0; i < scores.length; i++) {
      cs.add(Candidate.scored(Fixtures.IDS.get(i), i < 4 ? "C" : "D", new BigDecimal(scores[i])));
    }
    return Population.of(cs);
  }

  @Test
  void weightedRecordsPublishEveryProbabilityAndPivotalHasTheExactSize() {
    Population population = weightedPopulation();
    DrawRecord r = TargetDraw.draw(Manifest.create("W", DrawDesign.of(DrawMethod.PIVOTAL,
        SizeRule.count(2)).withAlternates(5), SeedPlan.recorded(), population), VALUE, population);
    DrawRecord.StratumDraw c = r.stratum("C").orElseThrow();
    assertEquals(List.of("1/5", "2/5", "3/5", "4/5"), c.probabilities().stream()
        .map(p -> p.probability().toString()).toList());
    assertEquals(2, c.selected().size());
    assertEquals(2, c.alternates().size()); // the non-selected with positive probability
    DrawRecord.StratumDraw d = r.stratum("D").orElseThrow();
    assertEquals(1, d.sample(), "capped at the one positive score");
    assertEquals(List.of(Fixtures.IDS.get(5)), d.selected().stream().map(DrawRecord.Drawn::id)
        .toList());
    assertTrue(d.alternates().isEmpty(), "a zero score is never an alternate");
    assertTrue(TargetDraw.verify(r, population).reproduces());
  }

  @Test
  void weightedDesignsNeedAScoreOnEveryCandidate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Manifest.create("T", DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(1)),
            SeedPlan.recorded(), Fixtures.threeStrata()));
    assertTrue(e.getMessage().contains(Fixtures.IDS.get(0)), e.getMessage());
  }

  @Test
  void tasksSharingSeedAndKeyStreamDrawNestedSamples() {
    Population p = Population.of(Fixtures.uniform("S", 200));
    byte[] seed = Fixtures.seed(5);
    Manifest small = Manifest.create("food", "joint-2024-07",
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.05")), SeedPlan.recorded(), p);
    Manifest large = Manifest.create("pricing", "joint-2024-07",
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.2")), SeedPlan.recorded(), p);
    Set<String> a = ids(DrawEngine.run(seed, small, p).get(0).selected());
    Set<String> b = ids(DrawEngine.run(seed, large, p).get(0).selected());
    assertEquals(10, a.size());
    assertEquals(40, b.size());
    assertTrue(b.containsAll(a), "the 5% sample lies inside the 20% sample");
    Manifest other = Manifest.create("pricing", "another-stream",
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.2")), SeedPlan.recorded(), p);
    assertFalse(ids(DrawEngine.run(seed, other, p).get(0).selected()).containsAll(a));
  }

  private static Set<String> ids(List<DrawRecord.Drawn> drawn) {
    Set<String> s = new HashSet<>();
    drawn.forEach(d -> s.add(d.id()));
    return s;
  }

  // ---- replacements ----

  @Test
  void replacementsTakeAlternatesInOrderAndVerify() {
    Population population = Fixtures.threeStrata();
    DrawRecord r = stratifiedDraw(population);
    DrawRecord.StratumDraw a = r.stratum("A").orElseThrow();
    String gone = a.selected().get(1).id();
    DrawRecord r1 = r.withReplacement(gone, "deregistered on 2024-05-02");
    assertEquals(a.alternates().get(0).id(), r1.currentSample("A").get(1));
    // the replacement itself turns out unreachable
    DrawRecord r2 = r1.withReplacement(a.alternates().get(0).id(), "unreachable at its address");
    assertEquals(a.alternates().get(1).id(), r2.currentSample("A").get(1));
    assertTrue(TargetDraw.verify(DrawRecord.fromJson(r2.toJson()), population).reproduces());
    assertThrows(IllegalStateException.class,
        () -> r2.withReplacement(a.selected().get(0).id(), "no alternates left"));
    assertThrows(IllegalArgumentException.class, () -> r.withReplacement("nobody", "why"));
    assertThrows(IllegalArgumentException.class, () -> r.withReplacement(gone, " "));
  }

  @Test
  void aReplacementOutOfOrderIsReported() {
    Population population = Fixtures.threeStrata();
    DrawRecord r = stratifiedDraw(population);
    DrawRecord.StratumDraw a = r.stratum("A").orElseThrow();
    DrawRecord forged = new DrawRecord(r.spec(), r.manifest(), r.manifestHash(), r.seedSource(),
        r.seed(), r.strata(), List.of(new DrawRecord.Replacement("A", a.selected().get(0).id(),
        a.alternates().get(1).id(), "skipped the first alternate")));
    assertEquals(List.of("replacements[0].replacement"),
        fields(TargetDraw.verify(forged, population)));
  }

  // ---- tampering ----

  @Test
  void aChangedSelectionIsReportedPerEntity() {
    Population population = Population.of(Fixtures.uniform("S", 20));
    DrawRecord r = TargetDraw.draw(Manifest.create("T", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(3)).withAlternates(1), SeedPlan.recorded(), population), VALUE, population);
    DrawRecord.StratumDraw s = r.stratum("S").orElseThrow();
    String chosen = s.selected().get(0).id();
    Set<String> drawn = new HashSet<>(ids(s.selected()));
    drawn.addAll(ids(s.alternates()));
    String notChosen = population.candidates().stream().map(Candidate::id)
        .filter(id -> !drawn.contains(id)).findFirst().orElseThrow();
    DrawRecord tampered = DrawRecord.fromJson(r.toJson().replace(chosen, notChosen));
    Verification v = TargetDraw.verify(tampered, population);
    assertEquals(List.of("strata[S].selected[" + notChosen + "]",
        "strata[S].selected[" + chosen + "]"), fields(v));
    assertEquals("present", v.differences().get(0).recorded());
    assertEquals("absent", v.differences().get(0).recomputed());
    assertEquals("absent", v.differences().get(1).recorded());
    assertEquals("present", v.differences().get(1).recomputed());
  }

  @Test
  void changedKeysSeedAndManifestHashAreReported() {
    Population population = Fixtures.threeStrata();
    DrawRecord r = stratifiedDraw(population);
    DrawRecord.Drawn first = r.stratum("A").orElseThrow().selected().get(0);
    String json = r.toJson();
    String badKey = json.replace(first.key(), "00" + first.key().substring(2));
    assertEquals(List.of("strata[A].selected[" + first.id() + "].key"),
        fields(TargetDraw.verify(DrawRecord.fromJson(badKey), population)));
    String badSeed = json.replace(r.seed(), "ff" + r.seed().substring(2));
    assertEquals(List.of("seed"), fields(TargetDraw.verify(DrawRecord.fromJson(badSeed),
        population)));
    String badHash = json.replace(r.manifestHash(), "ee" + r.manifestHash().substring(2));
    assertEquals(List.of("manifestHash"), fields(TargetDraw.verify(DrawRecord.fromJson(badHash),
        population)));
  }

  @Test
  void aSwappedAlternateOrderIsReported() {
    Population population = Fixtures.threeStrata();
    DrawRecord r = stratifiedDraw(population);
    List<DrawRecord.StratumDraw> strata = new ArrayList<>(r.strata());
    DrawRecord.StratumDraw a = strata.get(0);
    List<DrawRecord.Drawn> alt = new ArrayList<>(a.alternates());
    Collections.reverse(alt);
    strata.set(0, new DrawRecord.StratumDraw(a.stratum(), a.population(), a.sample(),
        a.selected(), alt, a.probabilities()));
    DrawRecord swapped = new DrawRecord(r.spec(), r.manifest(), r.manifestHash(), r.seedSource(),
        r.seed(), strata, r.replacements());
    assertEquals(List.of("strata[A].alternates order"),
        fields(TargetDraw.verify(swapped, population)));
  }

  @Test
  void aChangedPopulationIsReportedWithItsEffectOnTheSelection() {
    Population population = Fixtures.threeStrata();
    DrawRecord r = stratifiedDraw(population);
    List<Candidate> more = new ArrayList<>(population.candidates());
    more.add(Candidate.of("91140105MA0K0013XX", "A"));
    Verification v = TargetDraw.verify(r, Population.of(more, population.exclusions()));
    List<String> f = fields(v);
    assertTrue(f.containsAll(List.of("manifest.populationDigest", "manifest.populationSize",
        "manifest.strata[A].population", "manifestHash (recomputed from the population)",
        "strata[A].population")), f.toString());
    assertFalse(f.contains("seed"), "the seed is checked against the committed manifest");
    List<Exclusion> noExclusions = List.of();
    List<String> g = fields(TargetDraw.verify(r, Population.of(population.candidates(),
        noExclusions)));
    assertEquals(List.of("manifest.exclusionsDigest", "manifest.exclusions[not-operating].count",
        "manifestHash (recomputed from the population)"), g);
  }

  @Test
  void forgedRevealsAndCommitmentsAreReported() {
    Population population = Fixtures.threeStrata();
    byte[] s1 = "first party secret, 16+ bytes".getBytes(StandardCharsets.UTF_8);
    byte[] s2 = "second party secret, 16+ bytes".getBytes(StandardCharsets.UTF_8);
    SeedPlan plan = SeedPlan.commitReveal(List.of(
        new SeedPlan.Commitment("甲", SeedSource.commitment(s1)),
        new SeedPlan.Commitment("乙", SeedSource.commitment(s2))));
    Manifest m = Manifest.create("T", STRATIFIED, plan, population);
    DrawRecord r = TargetDraw.draw(m, new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("甲", s1), SeedSource.Reveal.of("乙", s2))), population);
    assertTrue(TargetDraw.verify(r, population).reproduces());
    String json = r.toJson();
    String forgedReveal = json.replace(Codec.hex(s2), Codec.hex(s1));
    Verification v = TargetDraw.verify(DrawRecord.fromJson(forgedReveal), population);
    assertEquals("seedSource", v.differences().get(0).field());
    assertTrue(v.differences().get(0).recomputed().contains("'乙'"), v.toString());
    String forgedCommitment = json.replace(SeedSource.commitment(s2), SeedSource.commitment(s1));
    List<String> f = fields(TargetDraw.verify(DrawRecord.fromJson(forgedCommitment), population));
    assertTrue(f.containsAll(List.of("manifestHash", "seedSource")), f.toString());
  }

  @Test
  void changedProbabilitiesAreReported() {
    Population population = weightedPopulation();
    DrawRecord r = TargetDraw.draw(Manifest.create("W", DrawDesign.of(DrawMethod.POISSON,
        SizeRule.count(2)), SeedPlan.recorded(), population), VALUE, population);
    String json = r.toJson().replace("\"4/5\"", "\"3/5\"");
    List<String> f = fields(TargetDraw.verify(DrawRecord.fromJson(json), population));
    assertTrue(f.contains("strata[C].probabilities[" + Fixtures.IDS.get(3) + "]"), f.toString());
  }

  @Test
  void malformedRecordsAreRefusedWithTheField() {
    String json = stratifiedDraw(Fixtures.threeStrata()).toJson();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DrawRecord.fromJson(json.replace("\"method\" : \"srswor\"",
            "\"method\" : \"a-res\"")));
    assertTrue(e.getMessage().contains("a-res"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DrawRecord.fromJson("{"));
    assertNotEquals(json, json.replace("ratio 0.5 ceiling", "ratio 0.6 ceiling"));
  }
}
