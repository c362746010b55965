package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Exact integration of the comparison {@code U < π} over the uniform {@code U = K/2^256}: the set
 * of keys that pass is exactly {@code [0, T)} with {@code T = ceil(π·2^256)}, so the inclusion
 * probability of Poisson sampling (and of each pivotal duel branch) is {@code T/2^256}, within
 * {@code 2^-256} of π.
 */
class PoissonThresholdTest {
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  @Test
  void thePassingKeysAreExactlyThoseBelowTheCeilingThreshold() {
    long[][] cases = {{1, 5}, {2, 5}, {3, 5}, {4, 5}, {1, 3}, {2, 7}, {0, 1}, {1, 1}, {999, 1000},
        {1, 1_000_003}};
    for (long[] c : cases) {
      BigInteger num = BigInteger.valueOf(c[0]);
      BigInteger den = BigInteger.valueOf(c[1]);
      BigInteger[] qr = num.shiftLeft(256).divideAndRemainder(den);
      BigInteger t = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
      if (t.signum() > 0) {
        assertTrue(DrawEngine.below(t.subtract(BigInteger.ONE), num, den), c[0] + "/" + c[1]);
        assertTrue(DrawEngine.below(BigInteger.ZERO, num, den));
      }
      if (t.compareTo(TWO_256) < 0) {
        assertFalse(DrawEngine.below(t, num, den), c[0] + "/" + c[1]);
        assertFalse(DrawEngine.below(TWO_256.subtract(BigInteger.ONE), num, den));
      }
      // |T/2^256 - num/den| < 2^-256  <=>  |T·den - num·2^256| < den
      assertTrue(t.multiply(den).subtract(num.shiftLeft(256)).abs().compareTo(den) < 0);
    }
  }

  @Test
  void aCertaintyAlwaysPassesAndZeroNeverDoes() {
    BigInteger max = TWO_256.subtract(BigInteger.ONE);
    assertTrue(DrawEngine.below(max, BigInteger.ONE, BigInteger.ONE));
    assertFalse(DrawEngine.below(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE));
  }
}
