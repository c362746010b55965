package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A draw whose sample is empty says so (docs/draw-spec.md section 4, "Empty samples"): a population
 * without candidates cannot be drawn; a stratum that draws nobody although its size rule asks for
 * a sample is a warning of the record (issue 12, correctness item 4).
 */
class EmptySampleTest {
  private static final SeedSource.Recorded VALUE = new SeedSource.Recorded("e1".repeat(32));

  @Test
  void aPopulationWithoutCandidatesCannotBeDrawn() {
    Population none = Population.of(List.of(),
        List.of(new Exclusion("91140105MA0K00013N", "deregistered")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Manifest.create("SX-2024-0001", DrawDesign.of(DrawMethod.SRSWOR,
            SizeRule.ratio("0.1")), SeedPlan.recorded(), none));
    assertTrue(e.getMessage().contains("no candidate"), e.getMessage());
    assertTrue(e.getMessage().contains("1 excluded"), e.getMessage());
    IllegalArgumentException joint = assertThrows(IllegalArgumentException.class,
        () -> JointManifest.create("SX-2024-J01", List.of(new JointTask("SX-2024-0009",
            List.of(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(1)), none)),
            SeedPlan.recorded()));
    assertTrue(joint.getMessage().contains("SX-2024-0009"), joint.getMessage());
  }

  @Test
  void aRecordOfAnEmptyPopulationDoesNotVerify() {
    Population none = Population.of(List.of());
    Population one = Population.of(List.of(Candidate.of("91140105MA0K00013N", "A")));
    Manifest m = Manifest.create("SX-2024-0001", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(1)), SeedPlan.recorded(), one);
    Manifest empty = new Manifest(m.spec(), m.task(), m.keyStream(), m.design(),
        none.digest(), 0, List.of(), none.exclusionsDigest(), List.of(), m.seedPlan());
    byte[] seed = VALUE.seed(empty);
    DrawRecord r = new DrawRecord(TargetDraw.SPEC, empty, empty.hash(), VALUE,
        io.doublerandom.internal.Codec.hex(seed), List.of(), List.of());
    Verification v = TargetDraw.verify(r, none);
    assertFalse(v.reproduces());
    assertEquals("manifest.populationSize", v.differences().get(0).field(), v.toString());
  }

  @Test
  void aWeightedStratumWhoseScoresAreAllZeroIsAWarning() {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cs.add(Candidate.scored(Fixtures.IDS.get(i), i < 3 ? "A" : "B",
          BigDecimal.valueOf(i < 3 ? 0 : i)));
    }
    Population p = Population.of(cs);
    for (DrawMethod method : List.of(DrawMethod.POISSON, DrawMethod.PIVOTAL)) {
      DrawRecord r = TargetDraw.draw(Manifest.create("SX-2024-0002", DrawDesign.of(method,
          SizeRule.count(2)), SeedPlan.recorded(), p), VALUE, p);
      assertEquals(0, r.stratum("A").orElseThrow().sample());
      List<String> w = r.warnings();
      assertEquals(1, w.size(), w.toString());
      assertTrue(w.get(0).contains("stratum A") && w.get(0).contains("positive score"),
          w.toString());
      assertTrue(DrawRecord.fromJson(r.toJson()).warnings().equals(w), "derived from the record");
    }
  }

  @Test
  void aRatioThatRoundsToZeroAndADrawOfNobodyAreWarnings() {
    Population p = Population.of(Fixtures.uniform("A", 3));
    DrawRecord r = TargetDraw.draw(Manifest.create("SX-2024-0003", DrawDesign.of(
        DrawMethod.SRSWOR, SizeRule.ratio("0.1", SizeRule.Rounding.FLOOR)), SeedPlan.recorded(),
        p), VALUE, p);
    List<String> w = r.warnings();
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).contains("stratum A") && w.get(0).contains("rounds to 0"), w.toString());
    assertTrue(w.get(1).contains("selects no entity"), w.toString());
    // a rule that asks for nothing is no warning about the stratum, but the empty draw still is
    DrawRecord zero = TargetDraw.draw(Manifest.create("SX-2024-0004", DrawDesign.of(
        DrawMethod.SRSWOR, SizeRule.count(0)), SeedPlan.recorded(), p), VALUE, p);
    assertEquals(1, zero.warnings().size(), zero.warnings().toString());
    // an ordinary draw has none
    DrawRecord one = TargetDraw.draw(Manifest.create("SX-2024-0005", DrawDesign.of(
        DrawMethod.SRSWOR, SizeRule.count(1)), SeedPlan.recorded(), p), VALUE, p);
    assertEquals(List.of(), one.warnings());
  }

  @Test
  void aPoissonStratumThatHappensToSelectNobodyIsAWarning() {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      cs.add(Candidate.scored(Fixtures.IDS.get(i), "A", BigDecimal.ONE));
    }
    Population p = Population.of(cs);
    // expected size 0.1 * 4 rounded up = 1, pi = 1/4 each: some seed selects nobody
    for (long s = 0; s < 200; s++) {
      SeedSource.Recorded seed = new SeedSource.Recorded(io.doublerandom.internal.Codec.hex(
          Fixtures.seed(s)));
      DrawRecord r = TargetDraw.draw(Manifest.create("SX-2024-0006", DrawDesign.of(
          DrawMethod.POISSON, SizeRule.count(1)), SeedPlan.recorded(), p), seed, p);
      if (r.strata().get(0).selected().isEmpty()) {
        assertTrue(r.warnings().get(0).contains("realised"), r.warnings().toString());
        return;
      }
      assertEquals(List.of(), r.warnings());
    }
    throw new AssertionError("no seed of 200 gave an empty Poisson sample (probability 0.316)");
  }

  @Test
  void jointRecordsWarnPerTask() {
    Population p = Population.of(Fixtures.uniform("A", 3));
    JointDrawRecord r = JointDraw.draw(JointManifest.create("SX-2024-J02", List.of(
        new JointTask("SX-2024-0007", List.of(), DrawDesign.of(DrawMethod.SRSWOR,
            SizeRule.ratio("0.1", SizeRule.Rounding.FLOOR)), p),
        new JointTask("SX-2024-0008", List.of(), DrawDesign.of(DrawMethod.SRSWOR,
            SizeRule.count(1)), p)), SeedPlan.recorded()), VALUE,
        Map.of("SX-2024-0007", p, "SX-2024-0008", p));
    List<String> w = r.warnings();
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("task SX-2024-0007: stratum A"), w.toString());
  }
}
