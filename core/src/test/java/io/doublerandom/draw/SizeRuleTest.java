package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizeRuleTest {
  @Test
  void ratioRoundsUpByDefault() {
    SizeRule r = SizeRule.ratio("0.05");
    assertEquals(1, r.sampleSize(1));
    assertEquals(1, r.sampleSize(20));
    assertEquals(2, r.sampleSize(21));
    assertEquals(0, r.sampleSize(0));
    assertEquals("ratio 0.05 ceiling", r.toString());
  }

  @Test
  void halfUpAndFloor() {
    SizeRule half = SizeRule.ratio("0.05", SizeRule.Rounding.HALF_UP);
    assertEquals(2, half.sampleSize(30)); // 1.5 -> 2
    assertEquals(1, half.sampleSize(29)); // 1.45 -> 1
    SizeRule floor = SizeRule.ratio("0.05", SizeRule.Rounding.FLOOR);
    assertEquals(1, floor.sampleSize(39));
    assertEquals(0, floor.sampleSize(19));
  }

  @Test
  void minimumAppliesToNonEmptyStrataAndIsCapped() {
    SizeRule r = SizeRule.ratio("0.01", SizeRule.Rounding.FLOOR).withMinimum(3);
    assertEquals(3, r.sampleSize(10));
    assertEquals(2, r.sampleSize(2));
    assertEquals(0, r.sampleSize(0));
    assertEquals(5, r.sampleSize(500));
    assertEquals("ratio 0.01 floor min 3", r.toString());
  }

  @Test
  void countIsCappedAndAllTakesEverything() {
    assertEquals(4, SizeRule.count(10).sampleSize(4));
    assertEquals(10, SizeRule.count(10).sampleSize(29));
    assertEquals(29, SizeRule.all().sampleSize(29));
    assertEquals("ratio 1 ceiling", SizeRule.all().toString());
  }

  @Test
  void canonicalTextRoundTrips() {
    for (String t : new String[] {"count 0", "count 12", "ratio 0.05 ceiling", "ratio 1 floor",
        "ratio 0.333 half-up min 2", "ratio 0 ceiling"}) {
      assertEquals(t, SizeRule.parse(t).toString());
    }
    assertEquals("ratio 0.05 ceiling", SizeRule.parse("ratio 0.0500 ceiling").toString());
    assertEquals(SizeRule.ratio("0.050"), SizeRule.ratio("0.05"));
  }

  @Test
  void rejectsBadRules() {
    assertThrows(IllegalArgumentException.class, () -> SizeRule.ratio("1.01"));
    assertThrows(IllegalArgumentException.class, () -> SizeRule.ratio("-0.1"));
    assertThrows(IllegalArgumentException.class, () -> SizeRule.ratio("5%"));
    assertThrows(IllegalArgumentException.class, () -> SizeRule.count(-1));
    assertThrows(IllegalArgumentException.class, () -> SizeRule.count(3).withMinimum(1));
    assertThrows(IllegalArgumentException.class, () -> SizeRule.parse("ratio 0.1"));
    assertThrows(IllegalArgumentException.class, () -> SizeRule.parse("ratio 0.1 up"));
  }
}
