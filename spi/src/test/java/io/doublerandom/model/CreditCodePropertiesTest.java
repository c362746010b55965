package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.doublerandom.model.InvalidIdentifierException.Reason;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties of credit codes over generated codes; every run uses the same fixed seed. */
class CreditCodePropertiesTest {
  private static final long SEED = 0x6232_3130_3020_2015L;

  /** Characters that stay outside the alphabet after upper-casing. */
  private static final List<Character> OUTSIDE =
      List.of('I', 'O', 'S', 'V', 'Z', 'i', 'o', 's', 'v', 'z', '-', '*', '.', '中', 'Ａ', '０');

  @Test
  void generatedCodesValidate() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(Generators.creditCodes())
        .checkAssert(
            code -> {
              assertEquals(code, CreditCode.parse(code.value()));
              assertTrue(CreditCode.isValid(code.value()));
              assertEquals(code, EntityId.parse(code.value()));
              assertEquals(code, CreditCode.parse(code.value().toLowerCase(Locale.ROOT)));
              assertEquals(
                  code.checkCharacter(), CreditCode.checkCharacter(code.value().substring(0, 17)));
            });
  }

  @Test
  void realisticCodesCarryTheirDivisionCode() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(Generators.regionCodes(), Generators.alphabetStrings(8))
        .checkAssert(
            (region, rest) -> {
              String body = "91" + region.value() + rest;
              char organizationCheck = CreditCode.organizationCodeCheckCharacter(rest);
              CreditCode code = CreditCode.withCheckCharacter(body + organizationCheck);
              assertEquals(region, code.divisionCode());
              assertEquals(rest + organizationCheck, code.organizationCode());
              assertEquals(code, CreditCode.parseStrict(code.value()));
            });
  }

  @Test
  void everySubstitutionWithinTheAlphabetIsDetected() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(Generators.creditCodes())
        .checkAssert(
            code -> {
              String value = code.value();
              for (int i = 0; i < value.length(); i++) {
                for (char c : CreditCode.ALPHABET.toCharArray()) {
                  if (c == value.charAt(i)) {
                    continue;
                  }
                  String changed = value.substring(0, i) + c + value.substring(i + 1);
                  InvalidIdentifierException e =
                      assertThrows(
                          InvalidIdentifierException.class, () -> CreditCode.parse(changed));
                  assertEquals(Reason.CHECK_CHARACTER, e.reason(), changed);
                  assertEquals(changed, e.value());
                }
              }
            });
  }

  @Test
  void everySubstitutionOutsideTheAlphabetIsRejectedWithItsPosition() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(Generators.creditCodes(), integers().between(0, 17), arbitrary().pick(OUTSIDE))
        .checkAssert(
            (code, i, c) -> {
              String value = code.value();
              String changed = value.substring(0, i) + c + value.substring(i + 1);
              InvalidIdentifierException e =
                  assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse(changed));
              assertEquals(Reason.CHARACTER, e.reason(), changed);
              assertTrue(e.getMessage().contains("at position " + (i + 1)), e.getMessage());
            });
  }

  @Test
  void everyAdjacentTranspositionInTheBodyIsDetected() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(Generators.creditCodes(), integers().between(0, 15))
        .assuming((code, i) -> code.value().charAt(i) != code.value().charAt(i + 1))
        .checkAssert(
            (code, i) -> {
              String v = code.value();
              String swapped =
                  v.substring(0, i) + v.charAt(i + 1) + v.charAt(i) + v.substring(i + 2);
              assertNotEquals(v, swapped);
              assertEquals(
                  Reason.CHECK_CHARACTER,
                  assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse(swapped))
                      .reason());
            });
  }
}
