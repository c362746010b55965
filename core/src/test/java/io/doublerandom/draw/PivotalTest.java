package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact enumeration of the ordered pivotal method: for every processing order of the units and
 * every branch of every duel, with the exact branch probabilities, the probability that each unit
 * is selected equals its target exactly, and every outcome has exactly n units.
 */
class PivotalTest {
  /** Exact inclusion probabilities of {@link Pivotal#run} for one order (units in given order). */
  static Rational[] enumerate(BigInteger[] p, BigInteger d, int n) {
    Rational[] inclusion = new Rational[p.length];
    Arrays.fill(inclusion, Rational.ZERO);
    Deque<List<Boolean>> pending = new ArrayDeque<>();
    pending.push(List.of());
    Rational total = Rational.ZERO;
    while (!pending.isEmpty()) {
      List<Boolean> prefix = pending.pop();
      List<Boolean> path = new ArrayList<>(prefix);
      Rational[] prob = {Rational.ONE};
      int[] step = {0};
      boolean[] selected = Pivotal.run(p, d, (unit, num, den) -> {
        boolean choice;
        if (step[0] < path.size()) {
          choice = path.get(step[0]);
        } else {
          List<Boolean> other = new ArrayList<>(path);
          other.add(false);
          pending.push(other);
          path.add(true);
          choice = true;
        }
        step[0]++;
        prob[0] = Q.mul(prob[0], choice ? Q.of(num, den) : Q.complement(num, den));
        return choice;
      });
      int size = 0;
      for (int k = 0; k < p.length; k++) {
        if (selected[k]) {
          inclusion[k] = Q.add(inclusion[k], prob[0]);
          size++;
        }
      }
      assertEquals(n, size, "every outcome has exactly n units");
      total = Q.add(total, prob[0]);
    }
    assertEquals(Rational.ONE, total, "branch probabilities sum to 1");
    return inclusion;
  }

  /** Checks every permutation of the units. */
  static int checkAllOrders(List<BigDecimal> scores, int n) {
    InclusionProbabilities pi = InclusionProbabilities.compute(scores, n);
    int count = scores.size();
    int[] perm = new int[count];
    for (int i = 0; i < count; i++) {
      perm[i] = i;
    }
    int orders = 0;
    do {
      BigInteger[] p = new BigInteger[count];
      for (int i = 0; i < count; i++) {
        p[i] = pi.numerator(perm[i]);
      }
      Rational[] inclusion = enumerate(p, pi.denominator(), pi.size());
      for (int i = 0; i < count; i++) {
        assertEquals(Rational.of(p[i], pi.denominator()), inclusion[i],
            "unit " + perm[i] + " in order " + Arrays.toString(perm));
      }
      orders++;
    } while (nextPermutation(perm));
    return orders;
  }

  static boolean nextPermutation(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
    for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
      t = a[l];
      a[l] = a[r];
      a[r] = t;
    }
    return true;
  }

  private static List<BigDecimal> dec(String... v) {
    return Arrays.stream(v).map(BigDecimal::new).toList();
  }

  @Test
  void weightsOneTwoThreeFourSampleTwoIsExactInEveryOrder() {
    // sampling.md: targets 0.2 / 0.4 / 0.6 / 0.8; Sampford and conditional Poisson hit them too,
    // Efraimidis-Spirakis gives 0.2345 / 0.4413 / 0.6083 / 0.7159
    assertEquals(24, checkAllOrders(dec("1", "2", "3", "4"), 2));
  }

  @Test
  void certaintiesZerosAndExactHalvesAreExact() {
    assertEquals(120, checkAllOrders(dec("1", "2", "3", "4", "10"), 3)); // one certainty
    assertEquals(24, checkAllOrders(dec("0", "1", "1", "1"), 1)); // a zero
    assertEquals(24, checkAllOrders(dec("1", "1", "1", "1"), 2)); // duels with s = d
    assertEquals(720, checkAllOrders(dec("1", "2", "3", "5", "30", "100"), 3)); // two rounds of caps
  }

  @Test
  void sixUnequalUnitsAreExactInEveryOrder() {
    assertEquals(720, checkAllOrders(dec("0.7", "1.3", "2", "2.9", "0.35", "4.1"), 3));
  }
}
