package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationTest {
  @Test
  void duplicateAndOverlappingIdsAreRefusedNamingTheId() {
    Candidate a = Candidate.of("91140105MA0K00013N", "A");
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> Population.of(List.of(a, Candidate.of("91140105MA0K00013N", "C"))));
    assertTrue(dup.getMessage().contains("91140105MA0K00013N"), dup.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Population.of(List.of(a),
        List.of(new Exclusion("91140105MA0K00013N", "not-operating"))));
    assertThrows(IllegalArgumentException.class, () -> Population.of(List.of(),
        List.of(new Exclusion("x", "a"), new Exclusion("x", "b"))));
  }

  @Test
  void textFieldsAndReasonCodesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> Candidate.of("", "A"));
    assertThrows(IllegalArgumentException.class, () -> Candidate.of("id\n", "A"));
    assertThrows(IllegalArgumentException.class, () -> Candidate.of("id", "A\u0085"));
    assertThrows(IllegalArgumentException.class, () -> Candidate.of("id\uD800", "A"));
    assertThrows(IllegalArgumentException.class, () -> new Exclusion("id", "Not Operating"));
    assertThrows(IllegalArgumentException.class, () -> new Exclusion("id", "-x"));
    assertThrows(IllegalArgumentException.class,
        () -> Candidate.scored("id", "A", new BigDecimal("-1")));
  }

  @Test
  void scoresAreCanonicalSoEqualNumbersDigestEqually() {
    Population p1 = Population.of(List.of(Candidate.scored("a", "S", new BigDecimal("1.50")),
        Candidate.scored("b", "S", new BigDecimal("0.000"))));
    Population p2 = Population.of(List.of(Candidate.scored("b", "S", BigDecimal.ZERO),
        Candidate.scored("a", "S", new BigDecimal("1.5"))));
    assertEquals(p1.digest(), p2.digest());
    assertEquals("1.5", p1.candidates().get(0).scoreText());
    assertEquals("0", p1.candidates().get(1).scoreText());
    assertEquals("100", Candidate.scored("c", "S", new BigDecimal("1E+2")).scoreText());
    assertNotEquals(p1.digest(), Population.of(List.of(Candidate.of("a", "S"),
        Candidate.of("b", "S"))).digest());
  }

  @Test
  void candidatesAreSortedByUtf8BytesNotUtf16Units() {
    // U+FF21 (fullwidth A, 3 UTF-8 bytes) sorts before U+1F600 (4 bytes) by bytes, after it in
    // Java's UTF-16 compareTo
    String bmp = "\uFF21";
    String astral = new String(Character.toChars(0x1F600));
    assertTrue(bmp.compareTo(astral) > 0);
    Population p = Population.of(List.of(Candidate.of(astral, "S"), Candidate.of(bmp, "S")));
    assertEquals(List.of(bmp, astral), p.candidates().stream().map(Candidate::id).toList());
    assertTrue(Codec.UTF8_ORDER.compare(bmp, astral) < 0);
    assertTrue(Codec.UTF8_ORDER.compare("ab", "abc") < 0);
  }

  @Test
  void strataAndExclusionCountsAreInLabelOrder() {
    Population p = Fixtures.threeStrata();
    assertEquals(List.of("A", "C", "D"), List.copyOf(p.strata().keySet()));
    assertEquals(List.of(5, 4, 3), List.copyOf(p.strata().values()));
    assertEquals(1, p.exclusionCounts().get("not-operating"));
  }

  @Test
  void rationalsAreReducedAndOrdered() {
    assertEquals("2/5", Rational.of(4, 10).toString());
    assertEquals("0/1", Rational.parse("0/7").toString());
    assertTrue(Rational.parse("1/3").compareTo(Rational.parse("1/2")) < 0);
    assertEquals(new BigDecimal("0.3333"), Rational.of(1, 3).approximate(4));
    assertThrows(IllegalArgumentException.class, () -> Rational.parse("1/0"));
    assertThrows(IllegalArgumentException.class, () -> Rational.parse("0.2"));
    assertThrows(IllegalArgumentException.class, () -> new Rational(
        java.math.BigInteger.TWO, java.math.BigInteger.valueOf(4)));
    assertEquals(new BigDecimal("0.2", MathContext.DECIMAL64), Rational.of(1, 5).approximate(16));
  }
}
