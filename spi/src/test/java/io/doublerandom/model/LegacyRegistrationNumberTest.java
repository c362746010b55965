package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.doublerandom.model.InvalidIdentifierException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 15-digit registration number of GS15-2006 and its ISO/IEC 7064 MOD 11,10 check digit. */
class LegacyRegistrationNumberTest {
  private static final long SEED = 0x4753_3135_2006L;

  private static InvalidIdentifierException rejected(String text) {
    return assertThrows(
        InvalidIdentifierException.class, () -> LegacyRegistrationNumber.parse(text));
  }

  @Test
  void exampleOfIso7064() {
    // ISO/IEC 7064:2003 section 10.1.2: MOD 11,10 protects 0794 with the check digit 5
    assertEquals('5', LegacyRegistrationNumber.mod11Radix10("0794"));
  }

  @Test
  void publishedNumbers() {
    // 110108000000016: the example number of widely copied GS15-2006 validators
    // the others: MOD 11,10 vectors of the cdigit library's test suite (test/mod11_10.js)
    for (String text :
        List.of("110108000000016", "831248668851313", "758884160588620", "723162287544302")) {
      LegacyRegistrationNumber number = LegacyRegistrationNumber.parseStrict(text);
      assertTrue(number.checkDigitValid(), text);
      assertEquals(text.charAt(14), LegacyRegistrationNumber.checkDigit(text.substring(0, 14)));
      assertEquals(number, LegacyRegistrationNumber.withCheckDigit(text.substring(0, 14)));
    }
  }

  @Test
  void lenientParsingAcceptsAWrongCheckDigit() {
    LegacyRegistrationNumber number = LegacyRegistrationNumber.parse(" 110108000000017 ");
    assertEquals("110108000000017", number.value());
    assertFalse(number.checkDigitValid());
    InvalidIdentifierException e =
        assertThrows(
            InvalidIdentifierException.class,
            () -> LegacyRegistrationNumber.parseStrict("110108000000017"));
    assertEquals(Reason.CHECK_DIGIT, e.reason());
    assertEquals("110108000000017", e.value());
    assertEquals(
        "registration number check digit (position 15) must be '6', got '7' in '110108000000017'",
        e.getMessage());
  }

  @Test
  void malformedNumbersAreRejected() {
    InvalidIdentifierException letter = rejected("11010800000001X");
    assertEquals(Reason.CHARACTER, letter.reason());
    assertEquals(
        "registration number has character 'X' at position 15, allowed are the digits 0-9, got"
            + " '11010800000001X'",
        letter.getMessage());
    assertEquals(Reason.CHARACTER, rejected("1101080000000１6").reason());
    InvalidIdentifierException length = rejected("11010800000001");
    assertEquals(Reason.LENGTH, length.reason());
    assertEquals(
        "registration number must have 15 digits, got 14 in '11010800000001'", length.getMessage());
    assertEquals(Reason.BLANK, rejected(null).reason());
    assertEquals(Reason.BLANK, rejected("   ").reason());
  }

  @Test
  void checkDigitRequiresFourteenDigits() {
    assertEquals(
        Reason.LENGTH,
        assertThrows(
                InvalidIdentifierException.class,
                () -> LegacyRegistrationNumber.checkDigit("1101080000000"))
            .reason());
    assertEquals(
        Reason.CHARACTER,
        assertThrows(
                InvalidIdentifierException.class,
                () -> LegacyRegistrationNumber.checkDigit("1101080000000A"))
            .reason());
    assertEquals(
        Reason.BLANK,
        assertThrows(
                InvalidIdentifierException.class, () -> LegacyRegistrationNumber.checkDigit(""))
            .reason());
    assertEquals(
        Reason.BLANK,
        assertThrows(
                InvalidIdentifierException.class,
                () -> LegacyRegistrationNumber.withCheckDigit(null))
            .reason());
  }

  @Test
  void partsOfANumber() {
    LegacyRegistrationNumber number = LegacyRegistrationNumber.parse("140105000012347");
    assertEquals(RegionCode.of("140105"), number.divisionCode());
    assertEquals(IdentifierKind.LEGACY_REGISTRATION_NUMBER, number.kind());
    assertEquals("140105000012347", number.toString());
    InvalidIdentifierException e =
        assertThrows(
            InvalidIdentifierException.class,
            () -> LegacyRegistrationNumber.parse("000105000012347").divisionCode());
    assertEquals(Reason.FORMAT, e.reason());
    assertTrue(e.getMessage().contains("'000105'"), e.getMessage());
  }

  @Test
  void equalityFollowsTheValue() {
    LegacyRegistrationNumber a = LegacyRegistrationNumber.parse("110108000000016");
    LegacyRegistrationNumber b = LegacyRegistrationNumber.parse("110108000000016 ");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(LegacyRegistrationNumber.parse("110108000000017")));
  }

  @Test
  void generatedNumbersValidateStrictly() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(Generators.registrationNumbers())
        .checkAssert(
            number -> {
              assertEquals(number, LegacyRegistrationNumber.parseStrict(number.value()));
              assertEquals(number, EntityId.parse(number.value()));
            });
  }

  @Test
  void everySingleDigitSubstitutionIsDetected() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(Generators.registrationNumbers())
        .checkAssert(
            number -> {
              String value = number.value();
              for (int i = 0; i < value.length(); i++) {
                for (char d = '0'; d <= '9'; d++) {
                  if (d == value.charAt(i)) {
                    continue;
                  }
                  String changed = value.substring(0, i) + d + value.substring(i + 1);
                  assertFalse(LegacyRegistrationNumber.parse(changed).checkDigitValid(), changed);
                  assertEquals(
                      Reason.CHECK_DIGIT,
                      assertThrows(
                              InvalidIdentifierException.class,
                              () -> LegacyRegistrationNumber.parseStrict(changed))
                          .reason());
                }
              }
            });
  }
}
