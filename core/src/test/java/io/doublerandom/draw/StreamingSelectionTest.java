package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StreamingSelectionTest {
  private static final SeedSource.Recorded VALUE = new SeedSource.Recorded("5a".repeat(32));

  private static DrawRecord reference(Population p, DrawDesign design, String task) {
    Manifest m = Manifest.create(task, design, SeedPlan.recorded(), p);
    return TargetDraw.draw(m, VALUE, p);
  }

  private static List<Candidate> mixed(int size, int strata) {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // ASCII ids, Chinese ids (general path) and a long id (message buffer growth)
      String id = i % 7 == 3 ? "个体-" + i : i % 11 == 5 ? "L".repeat(90) + i : "91140105MA" + i;
      cs.add(Candidate.of(id, "S" + (i % strata)));
    }
    return cs;
  }

  @Test
  void equalsTheTargetDrawForTheManifestInAnyOrderThroughBothOfferMethods() {
    qt().withFixedSeed(9090L).withExamples(80)
        .forAll(integers().between(1, 300), integers().between(1, 5), integers().between(0, 4),
            longs().all())
        .checkAssert((size, strata, alternates, shuffle) -> {
          List<Candidate> cs = mixed(size, strata);
          Population p = Population.of(cs);
          DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.1"))
              .withStratumSize("S1", SizeRule.count(3)).withAlternates(alternates);
          DrawRecord expected = reference(p, design, "SX-2025-0007");
          byte[] seed = Codec.unhex("seed", expected.seed(), 32);

          List<Candidate> shuffled = new ArrayList<>(cs);
          Collections.shuffle(shuffled, new Random(shuffle)); // offer order only
          StreamingSelection a = StreamingSelection.forManifest(expected.manifest(), seed);
          a.offerAll(shuffled.iterator());
          assertEquals(expected.strata(), a.result());
          assertEquals((long) size, a.offered());

          StreamingSelection b = StreamingSelection.forManifest(expected.manifest(), seed);
          shuffled.forEach(c -> b.offer(c.id(), c.stratum()));
          assertEquals(expected.strata(), b.result());
        });
  }

  @Test
  void equalsTheTargetDrawOnTheSpecificationsFirstVectorPopulation() {
    Population p = Fixtures.threeStrata();
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.3"))
        .withStratumSize("C", SizeRule.count(1)).withAlternates(2);
    DrawRecord expected = reference(p, design, "SX-2024-0001");
    Map<String, Integer> sizes = new TreeMap<>();
    expected.manifest().strata().forEach(s -> sizes.put(s.stratum(), s.sample()));
    List<DrawRecord.StratumDraw> got = StreamingSelection.select(
        Codec.unhex("seed", expected.seed(), 32), "SX-2024-0001", sizes, 2,
        p.candidates().iterator());
    assertEquals(expected.strata(), got);
  }

  @Test
  void partsMergedInAnyOrderEqualTheWhole() {
    List<Candidate> cs = mixed(2_000, 4);
    Population p = Population.of(cs);
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.05")).withAlternates(3);
    DrawRecord expected = reference(p, design, "T");
    byte[] seed = Codec.unhex("seed", expected.seed(), 32);
    List<StreamingSelection> parts = new ArrayList<>();
    for (int part = 0; part < 5; part++) {
      StreamingSelection s = StreamingSelection.forManifest(expected.manifest(), seed);
      for (int i = part; i < cs.size(); i += 5) {
        s.offer(cs.get(i));
      }
      parts.add(s);
    }
    StreamingSelection whole = parts.get(3);
    for (int i : new int[] {1, 4, 0, 2}) {
      whole.merge(parts.get(i));
    }
    assertEquals(expected.strata(), whole.result());
    assertEquals(2_000, whole.offered());
  }

  @Test
  void givenSizesAreCappedAtTheStratumAndEmptyStrataAreLeftOut() {
    byte[] seed = Fixtures.seed(1);
    List<Candidate> cs = Fixtures.uniform("A", 4);
    List<DrawRecord.StratumDraw> r = StreamingSelection.select(seed, "K",
        Map.of("A", 10, "B", 1), 5, cs.iterator());
    assertEquals(1, r.size());
    DrawRecord.StratumDraw a = r.get(0);
    assertEquals("A", a.stratum());
    assertEquals(4, a.population());
    assertEquals(4, a.sample());
    assertEquals(4, a.selected().size());
    assertEquals(List.of(), a.alternates());
    a.selected().forEach(d -> assertEquals(Rational.ONE, d.probability()));
    // with the population's own manifest the same
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(10)).withAlternates(5);
    Manifest m = Manifest.create("K", design, SeedPlan.recorded(), Population.of(cs));
    assertEquals(TargetDraw.draw(m, VALUE, Population.of(cs)).strata(),
        StreamingSelection.select(VALUE.seed(m), "K", Map.of("A", 10), 5, cs.iterator()));
  }

  @Test
  void aZeroSizeStratumIsCountedWithoutKeys() {
    StreamingSelection s = StreamingSelection.of(Fixtures.seed(2), "K", Map.of("A", 0, "B", 1),
        0);
    Fixtures.uniform("A", 3).forEach(s::offer);
    Fixtures.uniform("B", 2).forEach(c -> s.offer(Candidate.of("b" + c.id(), "B")));
    assertEquals(Map.of("A", 3L, "B", 2L), s.counts());
    List<DrawRecord.StratumDraw> r = s.result();
    assertEquals(List.of(), r.get(0).selected());
    assertEquals(0, r.get(0).sample());
    assertEquals(1, r.get(1).selected().size());
    assertEquals(Rational.of(1, 2), r.get(1).selected().get(0).probability());
  }

  @Test
  void rejectsCandidatesThatDoNotFitAndMismatchedManifests() {
    StreamingSelection s = StreamingSelection.of(Fixtures.seed(3), "K", Map.of("A", 2), 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.offer(Candidate.of("x", "B")));
    assertTrue(e.getMessage().contains("B"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.offer("x", "B"));
    assertThrows(IllegalArgumentException.class, () -> s.offer("", "A"));
    assertThrows(IllegalArgumentException.class, () -> s.offer("a\tb", "A"));

    s.offer("dup", "A");
    s.offer("dup", "A");
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, s::result);
    assertTrue(dup.getMessage().contains("dup"), dup.getMessage());

    assertThrows(IllegalArgumentException.class,
        () -> StreamingSelection.of(new byte[31], "K", Map.of("A", 1), 0));
    assertThrows(IllegalArgumentException.class,
        () -> StreamingSelection.of(new byte[32], "K", Map.of("A", -1), 0));
    assertThrows(IllegalArgumentException.class, () -> StreamingSelection.of(new byte[32], "K",
        Map.of("A", StreamingSelection.MAX_KEPT), 1));
    assertEquals(1, StreamingSelection.of(new byte[32], "K",
        Map.of("A", StreamingSelection.MAX_KEPT), 0).counts().size());

    Population p = Fixtures.threeStrata();
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.5"));
    Manifest m = Manifest.create("T", design, SeedPlan.recorded(), p);
    StreamingSelection partial = StreamingSelection.forManifest(m, Fixtures.seed(4));
    partial.offerAll(p.candidates().subList(0, 7).stream());
    IllegalArgumentException counts = assertThrows(IllegalArgumentException.class,
        partial::result);
    assertTrue(counts.getMessage().contains("stratum C: manifest 4, seen 2"),
        counts.getMessage());

    List<Candidate> scored = List.of(Candidate.scored("a", "S", BigDecimal.ONE),
        Candidate.scored("b", "S", BigDecimal.TEN));
    Manifest weighted = Manifest.create("T", DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(1)),
        SeedPlan.recorded(), Population.of(scored));
    assertThrows(IllegalArgumentException.class,
        () -> StreamingSelection.forManifest(weighted, Fixtures.seed(5)));

    StreamingSelection other = StreamingSelection.of(Fixtures.seed(6), "K", Map.of("A", 2), 1);
    assertThrows(IllegalArgumentException.class, () -> s.merge(other));
  }

  @Test
  void aRepeatedKeptIdIsRejectedAfterTheThresholdIsSet() {
    StreamingSelection s = StreamingSelection.of(Fixtures.seed(8), "K", Map.of("S", 3), 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 1_000; i++) {
          s.offer("id-" + i, "S");
        }
      }
      s.result();
    });
    assertTrue(e.getMessage().contains("appears more than once"), e.getMessage());
  }

  @Test
  void aLargeStreamGivesExactSizesAndProbabilities() {
    // 200,000 candidates in four strata, a 1% sample
    StreamingSelection s = StreamingSelection.of(Fixtures.seed(7), "K",
        Map.of("A", 500, "B", 500, "C", 500, "D", 500), 10);
    String[] labels = {"A", "B", "C", "D"};
    for (int i = 0; i < 200_000; i++) {
      s.offer("911401" + String.format("%012d", i), labels[i & 3]);
    }
    List<DrawRecord.StratumDraw> r = s.result();
    assertEquals(4, r.size());
    for (DrawRecord.StratumDraw d : r) {
      assertEquals(50_000, d.population());
      assertEquals(500, d.selected().size());
      assertEquals(10, d.alternates().size());
      assertEquals(Rational.of(1, 100), d.selected().get(0).probability());
    }
  }
}
