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
 * Sizes, counts and indices that come from input (docs/draw-spec.md section 4, "Allowed
 * ranges"): the largest allowed values draw what the spec says, and verify rejects a record the
 * arithmetic once got wrong (issue 12, correctness item 1).
 */
class InputRangesTest {
  private static final SeedSource.Recorded VALUE = new SeedSource.Recorded("3c".repeat(32));

  private static Population twelve() {
    List<Candidate> list = new ArrayList<>();
    for (String id : Fixtures.IDS) {
      list.add(Candidate.scored(id, "all", BigDecimal.valueOf(id.hashCode() & 7)));
    }
    return Population.of(list);
  }

  @Test
  void theLargestAlternatesCountStillDrawsTheSampleAndEveryOtherCandidateAsAlternate() {
    Population p = twelve();
    for (DrawMethod method : DrawMethod.values()) {
      DrawDesign d = DrawDesign.of(method, SizeRule.count(1)).withAlternates(Integer.MAX_VALUE);
      Manifest m = Manifest.create("SX-2024-0001", d, SeedPlan.recorded(), p);
      DrawRecord r = TargetDraw.draw(m, VALUE, p);
      DrawRecord.StratumDraw s = r.strata().get(0);
      if (method != DrawMethod.POISSON) {
        assertEquals(1, s.selected().size(), method.token());
      }
      // srswor: every other candidate is an alternate; weighted: every other one with pi > 0
      if (method == DrawMethod.SRSWOR) {
        assertEquals(11, s.alternates().size());
      }
      assertTrue(TargetDraw.verify(r, p).reproduces(), method.token());
    }
  }

  @Test
  void theLargestCountAndMinimumDrawEverything() {
    Population p = twelve();
    for (SizeRule rule : List.of(SizeRule.count(Integer.MAX_VALUE),
        SizeRule.ratio("0").withMinimum(Integer.MAX_VALUE),
        SizeRule.parse("ratio 1 ceiling min 2147483647"))) {
      DrawDesign d = DrawDesign.of(DrawMethod.SRSWOR, rule).withAlternates(Integer.MAX_VALUE);
      Manifest m = Manifest.create("SX-2024-0001", d, SeedPlan.recorded(), p);
      DrawRecord r = TargetDraw.draw(m, VALUE, p);
      assertEquals(12, r.strata().get(0).selected().size(), rule.toString());
      assertTrue(TargetDraw.verify(r, p).reproduces());
    }
  }

  @Test
  void aRecordThatDrewNothingWithTheLargestAlternatesCountDoesNotVerify() {
    Population p = twelve();
    DrawDesign d = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(1))
        .withAlternates(Integer.MAX_VALUE);
    Manifest m = Manifest.create("SX-2024-0001", d, SeedPlan.recorded(), p);
    DrawRecord r = TargetDraw.draw(m, VALUE, p);
    DrawRecord.StratumDraw s = r.strata().get(0);
    DrawRecord.StratumDraw empty = new DrawRecord.StratumDraw(s.stratum(), s.population(),
        s.sample(), List.of(), List.of(), List.of());
    DrawRecord forged = new DrawRecord(r.spec(), r.manifest(), r.manifestHash(), r.seedSource(),
        r.seed(), List.of(empty), List.of());
    assertFalse(TargetDraw.verify(forged, p).reproduces());
  }

  @Test
  void theStreamingSelectionWithoutAManifestRefusesMoreThanItKeepsAndDrawsUpToIt() {
    // without a manifest the stratum sizes are unknown: n + A must fit the buffer
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StreamingSelection.of(Fixtures.seed(1), "k", Map.of("all", 2), Integer.MAX_VALUE));
    assertTrue(e.getMessage().contains("exceed"), e.getMessage());
    List<DrawRecord.StratumDraw> out = StreamingSelection.select(Fixtures.seed(1), "k",
        Map.of("all", 2), StreamingSelection.MAX_KEPT - 2, twelve().candidates().iterator());
    assertEquals(2, out.get(0).selected().size());
    assertEquals(10, out.get(0).alternates().size());
  }

  @Test
  void outOfRangeSizeRulesAreRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SizeRule.parse("count 2147483648"));
    assertTrue(e.getMessage().contains("2147483648"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SizeRule.parse("ratio 0.5 ceiling min 99999999999"));
    assertTrue(e.getMessage().contains("99999999999"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SizeRule.parse("count -1"));
  }
}
