package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class InclusionProbabilitiesTest {
  private static List<BigDecimal> dec(String... v) {
    return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
  }

  private static List<Rational> rat(String... v) {
    return java.util.Arrays.stream(v).map(Rational::parse).toList();
  }

  @Test
  void proportionalWhenNothingIsCapped() {
    // sampling.md: weights 1:2:3:4, n = 2 -> 0.2 / 0.4 / 0.6 / 0.8
    assertEquals(rat("1/5", "2/5", "3/5", "4/5"),
        InclusionProbabilities.of(dec("1", "2", "3", "4"), 2));
    assertEquals(rat("1/5", "2/5", "3/5", "4/5"),
        InclusionProbabilities.of(dec("0.1", "0.20", "0.3", "0.4"), 2));
  }

  @Test
  void capsAtOneAndRescalesTheRestAsRDoes() {
    // R: inclusionprobabilities(c(1,2,3,4,10), 3) = 0.2 0.4 0.6 0.8 1.0
    assertEquals(rat("1/5", "2/5", "3/5", "4/5", "1/1"),
        InclusionProbabilities.of(dec("1", "2", "3", "4", "10"), 3));
    // two rounds of capping: 100 is capped first, then 30 becomes >= 1
    // round 1: 3*100/141 >= 1; round 2: 2*30/41 >= 1; round 3: 1*a/11 for 1,2,3,5
    assertEquals(rat("1/11", "2/11", "3/11", "5/11", "1/1", "1/1"),
        InclusionProbabilities.of(dec("1", "2", "3", "5", "30", "100"), 3));
  }

  @Test
  void zeroScoresGetZeroAndSizeIsCappedAtPositiveScores() {
    assertEquals(rat("0/1", "1/2", "1/2"), InclusionProbabilities.of(dec("0", "1", "1"), 1));
    assertEquals(rat("0/1", "1/1", "1/1"), InclusionProbabilities.of(dec("0", "1", "1"), 3));
    assertEquals(2, InclusionProbabilities.effectiveSize(dec("0", "1", "1"), 3));
    assertEquals(rat("0/1", "0/1"), InclusionProbabilities.of(dec("0", "0"), 1));
    assertEquals(rat("0/1", "0/1"), InclusionProbabilities.of(dec("1", "2"), 0));
  }

  @Test
  void rejectsNegativeScores() {
    assertThrows(IllegalArgumentException.class,
        () -> InclusionProbabilities.of(dec("1", "-0.5"), 1));
  }

  @Test
  void probabilitiesSumExactlyToTheSizeAndStayWithinZeroAndOne() {
    qt().withFixedSeed(20240601L).withExamples(300)
        .forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 30),
            integers().between(0, 30))
        .checkAssert((scores, n) -> {
          List<BigDecimal> a = scores.stream().map(i -> BigDecimal.valueOf(i, 2)).toList();
          InclusionProbabilities p = InclusionProbabilities.compute(a, n);
          long positive = scores.stream().filter(i -> i > 0).count();
          assertEquals(Math.min(n, positive), p.size());
          BigInteger sum = BigInteger.ZERO;
          for (int k = 0; k < a.size(); k++) {
            BigInteger num = p.numerator(k);
            sum = sum.add(num);
            assertEquals(true, num.signum() >= 0 && num.compareTo(p.denominator()) <= 0);
            assertEquals(a.get(k).signum() == 0 || p.size() == 0, num.signum() == 0);
          }
          assertEquals(p.denominator().multiply(BigInteger.valueOf(p.size())), sum);
          // proportionality among the non-certain: p_k / a_k equal
          Rational ratio = null;
          for (int k = 0; k < a.size(); k++) {
            if (num(p, k).signum() > 0 && !num(p, k).equals(p.denominator())) {
              Rational r = Rational.of(num(p, k), a.get(k).unscaledValue());
              if (ratio != null) {
                assertEquals(ratio, r);
              }
              ratio = r;
            }
          }
        });
  }

  private static BigInteger num(InclusionProbabilities p, int k) {
    return p.numerator(k);
  }
}
