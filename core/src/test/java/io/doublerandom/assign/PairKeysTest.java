package io.doublerandom.assign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The key functions against the JDK's HMAC-SHA-256 and the spec's message layout. */
class PairKeysTest {
  @Test
  void keysAreHmacOfTheSpecifiedMessages() {
    qt().withFixedSeed(99L).withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(1, 40),
            strings().allPossible().ofLengthBetween(1, 80), integers().between(0, 1000))
        .checkAssert((visit, inspector, s) -> {
          byte[] seed = Fx.sha("k" + s);
          String v = visit.replace('\uD800', 'x');
          String i = inspector.replace('\uD800', 'x');
          PairKeys keys = new PairKeys(seed, "SX-2024-0001");
          assertArrayEquals(Oracle.pairKey(seed, "SX-2024-0001", v, i), keys.pairKey(v, i));
          assertArrayEquals(Oracle.visitKey(seed, "SX-2024-0001", v), keys.visitKey(v));
        });
  }

  @Test
  void domainSeparation() {
    byte[] seed = Fx.sha("sep");
    PairKeys a = new PairKeys(seed, "A");
    PairKeys b = new PairKeys(seed, "B");
    assertEquals(false, java.util.Arrays.equals(a.pairKey("v", "i"), b.pairKey("v", "i")));
    // the length prefixes keep ("ab", "c") and ("a", "bc") apart
    assertEquals(false, java.util.Arrays.equals(a.pairKey("ab", "c"), a.pairKey("a", "bc")));
    assertEquals(false, java.util.Arrays.equals(a.visitKey("v"), a.pairKey("v", "")));
  }

  @Test
  void seedMustBe32Bytes() {
    assertThrows(IllegalArgumentException.class, () -> new PairKeys(new byte[31], "A"));
  }
}
