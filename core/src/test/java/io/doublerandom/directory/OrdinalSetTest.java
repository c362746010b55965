package io.doublerandom.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class OrdinalSetTest {
  @Test
  void sparseSetsArePostingLists() {
    OrdinalSet s = OrdinalSet.of(new int[] {999, 3, 70, 0}, 3, 1000);
    assertFalse(s.isDense());
    assertEquals(3, s.cardinality());
    assertTrue(s.contains(70));
    assertFalse(s.contains(0));
    BitSet bits = new BitSet();
    bits.set(5);
    s.orInto(bits);
    assertEquals("{3, 5, 70, 999}", bits.toString());
  }

  @Test
  void denseSetsAreBitsets() {
    int[] every = new int[100];
    for (int i = 0; i < every.length; i++) {
      every[i] = 2 * i;
    }
    OrdinalSet s = OrdinalSet.of(every, 100, 200);
    assertTrue(s.isDense());
    assertEquals(100, s.cardinality());
    assertTrue(s.contains(198));
    assertFalse(s.contains(199));
    BitSet bits = new BitSet();
    s.orInto(bits);
    assertEquals(100, bits.cardinality());
  }

  @Test
  void thresholdIsOneMemberInThirtyTwo() {
    assertFalse(OrdinalSet.of(new int[] {1, 2}, 2, 64).isDense());
    assertTrue(OrdinalSet.of(new int[] {1, 2, 3}, 3, 64).isDense());
  }

  @Test
  void emptySetHasNoMembers() {
    OrdinalSet s = OrdinalSet.of(new int[4], 0, 10);
    assertEquals(0, s.cardinality());
    assertFalse(s.contains(0));
  }
}
