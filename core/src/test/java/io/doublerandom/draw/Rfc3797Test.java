package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of RFC 3797, section 6 (vector in reference/sampling.md). */
class Rfc3797Test {
  private static final String KEY = "9319./2.5.8.10.12./9.18.26.34.41.45./";

  @Test
  void keyStringSortsEachSourceAndTerminatesIt() {
    assertEquals(KEY, Rfc3797.keyString(List.of(List.of(9319L), List.of(2L, 5L, 12L, 8L, 10L),
        List.of(9L, 18L, 26L, 34L, 41L, 45L))));
  }

  @Test
  void firstHashIsTheRfcs() {
    assertEquals("990dd0a5692a029a98b5e01aa28f3459", Codec.hex(Rfc3797.stepHash(KEY, 0)));
  }

  @Test
  void selectionIsTheRfcs() {
    assertEquals(List.of(17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22, 5, 18, 9, 1, 4),
        Rfc3797.select(KEY, 25, 16));
  }

  @Test
  void extendingTheCountKeepsEarlierPicks() {
    List<Integer> all = Rfc3797.select(KEY, 25, 25);
    assertEquals(Rfc3797.select(KEY, 25, 10), all.subList(0, 10));
    assertEquals(25, all.stream().distinct().count());
  }

  @Test
  void rejectsOutOfRangeArguments() {
    assertThrows(IllegalArgumentException.class, () -> Rfc3797.select(KEY, 25, 26));
    assertThrows(IllegalArgumentException.class, () -> Rfc3797.select(KEY, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Rfc3797.keyString(List.of(List.of(-1L))));
  }
}
