package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;

/**
 * The ordered pivotal method (Deville and Tillé 1998) in exact integer arithmetic. Probabilities
 * are {@code p[i]/d}, units in processing order. Each duel between the unit holding the leftover
 * probability ("current", residual {@code r}) and the next unit {@code j} moves probability so that
 * every unit's expected final indicator equals its probability, exactly:
 *
 * <ul>
 *   <li>{@code s = r + p_j < d}: with probability {@code p_j/s}, j takes the residual {@code s}
 *       (current is out); otherwise current keeps {@code s} (j is out).
 *   <li>{@code s >= d}: with probability {@code (d − p_j)/(2d − s)}, current is selected and j
 *       keeps {@code s − d}; otherwise j is selected and current keeps {@code s − d}. A residual of
 *       0 means out.
 * </ul>
 *
 * Units with {@code p = 0} or {@code p = d} are decided without a duel. Because {@code Σp = n·d}
 * with integer n, no residual is left at the end and exactly n units are selected.
 */
final class Pivotal {
  /** Decides a duel: true for the first branch, whose probability is {@code num/den}. */
  interface Chooser {
    boolean first(int unit, BigInteger num, BigInteger den);
  }

  private Pivotal() {}

  /** Runs the method; returns the selection indicators in processing order. */
  static boolean[] run(BigInteger[] p, BigInteger d, Chooser chooser) {
    boolean[] selected = new boolean[p.length];
    int current = -1;
    BigInteger residual = BigInteger.ZERO;
    for (int j = 0; j < p.length; j++) {
      BigInteger pj = p[j];
      checkArgument(pj.signum() >= 0 && pj.compareTo(d) <= 0, "probability %s/%s out of range",
          pj, d);
      if (pj.signum() == 0) {
        continue;
      }
      if (pj.equals(d)) {
        selected[j] = true;
        continue;
      }
      if (current < 0) {
        current = j;
        residual = pj;
        continue;
      }
      BigInteger s = residual.add(pj);
      int vsD = s.compareTo(d);
      if (vsD < 0) {
        if (chooser.first(j, pj, s)) {
          current = j; // the old current is out
        }
        residual = s;
      } else {
        BigInteger left = s.subtract(d);
        if (chooser.first(j, d.subtract(pj), d.shiftLeft(1).subtract(s))) {
          selected[current] = true;
          current = j;
        } else {
          selected[j] = true;
        }
        residual = left;
        if (left.signum() == 0) {
          current = -1;
        }
      }
    }
    if (current >= 0) {
      throw new IllegalStateException("pivotal method left residual " + residual + "/" + d
          + " on unit " + current + ": the probabilities do not sum to an integer");
    }
    return selected;
  }
}
