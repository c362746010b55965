package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.InvalidIdentifierException.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The GB 32100-2015 unified social credit code. */
class CreditCodeTest {
  /** The worked example of GB 32100-2015, completed with its check character. */
  private static final String EXAMPLE = "91350100M000100Y43";

  /**
   * Codes of real entities published online, as collected in python-stdnum's test suite
   * (tests/test_cn_uscc.doctest); all pass both checks.
   */
  private static final List<String> PUBLISHED =
      List.of(
          "121200004013590816",
          "91110000600037341L",
          "91110000710926094P",
          "91120224064012553U",
          "911522010783710635",
          "91152201078371135X",
          "9115220107837757XE",
          "9115220107837941X1",
          "91310000631696382C",
          "91310115MA1K3BTP2B",
          "9131012056010553X5",
          "91340600MA2PBM9HXD",
          "91340603MA2UJXXCXF",
          "9144030071526726XG",
          "91620105L015101280",
          "91620105MA73NBBLXE",
          "92340602MA2PBMEM24",
          "92340603MA2PBN17X5",
          "92340621MA2PBKRXXG",
          "92340621MA2UK3PJXE");

  private static InvalidIdentifierException rejected(String text) {
    return assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse(text));
  }

  @Test
  void workedExampleOfTheStandard() {
    assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    CreditCode code = CreditCode.parse(EXAMPLE);
    assertEquals(EXAMPLE, code.value());
    assertEquals('3', code.checkCharacter());
    assertEquals(CreditCode.parse(EXAMPLE), CreditCode.withCheckCharacter("91350100M000100Y4"));
  }

  @Test
  void theStandardsRejectedExampleHasACharacterOutsideTheAlphabet() {
    InvalidIdentifierException e = rejected("91350100M000100Y4Z");
    assertEquals(Reason.CHARACTER, e.reason());
    assertEquals("91350100M000100Y4Z", e.value());
    assertTrue(e.getMessage().contains("'Z' at position 18"), e.getMessage());
    assertTrue(e.getMessage().contains("'91350100M000100Y4Z'"), e.getMessage());
  }

  @Test
  void weightsArePowersOfThreeModulo31() {
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    for (int i = 0; i < weights.length; i++) {
      StringBuilder body = new StringBuilder("0".repeat(17));
      body.setCharAt(i, '1');
      char expected = CreditCode.ALPHABET.charAt((31 - weights[i]) % 31);
      assertEquals(expected, CreditCode.checkCharacter(body), "position " + (i + 1));
    }
    assertEquals('0', CreditCode.checkCharacter("0".repeat(17)), "31 becomes 0");
  }

  @Test
  void publishedCodesPassBothChecks() {
    for (String text : PUBLISHED) {
      assertTrue(CreditCode.isValid(text), text);
      assertTrue(CreditCode.parseStrict(text).organizationCodeValid(), text);
    }
  }

  @Test
  void wrongCheckCharacterNamesTheExpectedOne() {
    InvalidIdentifierException e = rejected("91350100M000100Y44");
    assertEquals(Reason.CHECK_CHARACTER, e.reason());
    assertEquals("91350100M000100Y44", e.value());
    assertEquals(
        "credit code check character (position 18) must be '3', got '4' in '91350100M000100Y44'",
        e.getMessage());
  }

  @Test
  void characterOutsideTheAlphabetIsReportedWithItsPosition() {
    InvalidIdentifierException e = rejected("9135010OM000100Y43");
    assertEquals(Reason.CHARACTER, e.reason());
    assertEquals(
        "credit code has character 'O' at position 8, allowed are 0-9 and A-Z without I, O, S,"
            + " V, Z, got '9135010OM000100Y43'",
        e.getMessage());
    assertEquals(Reason.CHARACTER, rejected("91350100M0001-0Y43").reason());
    assertEquals(Reason.CHARACTER, rejected("91350100M000 00Y43").reason());
  }

  @Test
  void wrongLengthAndBlankAreRejected() {
    InvalidIdentifierException e = rejected("91350100M000100Y4");
    assertEquals(Reason.LENGTH, e.reason());
    assertEquals(
        "credit code must have 18 characters, got 17 in '91350100M000100Y4'", e.getMessage());
    assertEquals(Reason.LENGTH, rejected("91350100M000100Y433").reason());
    assertEquals(Reason.BLANK, rejected(null).reason());
    assertEquals(Reason.BLANK, rejected("").reason());
    InvalidIdentifierException blank = rejected(" \t");
    assertEquals(Reason.BLANK, blank.reason());
    assertEquals("credit code must not be blank, got ' \t'", blank.getMessage());
  }

  @Test
  void parseTrimsAndUpperCases() {
    CreditCode code = CreditCode.parse(" 91350100m000100y43\u3000");
    assertEquals(EXAMPLE, code.value());
    assertTrue(CreditCode.isValid("91350100m000100y43"));
    assertFalse(CreditCode.isValid(null));
    assertFalse(CreditCode.isValid("91350100M000100Y44"));
  }

  @Test
  void checkCharacterRequiresSeventeenAlphabetCharacters() {
    assertEquals(
        Reason.LENGTH,
        assertThrows(InvalidIdentifierException.class, () -> CreditCode.checkCharacter("9135"))
            .reason());
    assertEquals(
        Reason.BLANK,
        assertThrows(InvalidIdentifierException.class, () -> CreditCode.checkCharacter(null))
            .reason());
    InvalidIdentifierException e =
        assertThrows(
            InvalidIdentifierException.class, () -> CreditCode.checkCharacter("91350100m000100Y4"));
    assertEquals(Reason.CHARACTER, e.reason());
    assertTrue(e.getMessage().contains("'m' at position 9"), e.getMessage());
    assertEquals(
        Reason.CHARACTER,
        assertThrows(
                InvalidIdentifierException.class,
                () -> CreditCode.withCheckCharacter("91350100I000100Y4"))
            .reason());
    assertEquals(CreditCode.parse(EXAMPLE), CreditCode.withCheckCharacter(" 91350100m000100y4 "));
  }

  @Test
  void organizationCodeCheckCharacterFollowsGb11714() {
    assertEquals('9', CreditCode.organizationCodeCheckCharacter("59467239"));
    assertEquals('1', CreditCode.organizationCodeCheckCharacter("60003734"));
    assertEquals('4', CreditCode.organizationCodeCheckCharacter("M000100Y"));
    assertEquals('X', CreditCode.organizationCodeCheckCharacter("MA2PBM9H"), "10 is written X");
    assertEquals('0', CreditCode.organizationCodeCheckCharacter("00000000"), "11 is written 0");
    assertEquals('3', CreditCode.organizationCodeCheckCharacter("A0000000"), "A counts 10");
    // letters outside the credit code alphabet count too: Z = 35, 35 * 3 = 105, 105 mod 11 = 6
    assertEquals('5', CreditCode.organizationCodeCheckCharacter("Z0000000"));
    assertEquals(
        Reason.LENGTH,
        assertThrows(
                InvalidIdentifierException.class,
                () -> CreditCode.organizationCodeCheckCharacter("5946723"))
            .reason());
    InvalidIdentifierException e =
        assertThrows(
            InvalidIdentifierException.class,
            () -> CreditCode.organizationCodeCheckCharacter("5946723-"));
    assertEquals(Reason.CHARACTER, e.reason());
    assertTrue(e.getMessage().contains("'-' at position 8"), e.getMessage());
  }

  @Test
  void strictParsingRequiresTheOrganizationCodeCheck() {
    CreditCode lenient = CreditCode.withCheckCharacter("91140105MA0000001");
    assertFalse(lenient.organizationCodeValid());
    assertEquals(lenient, CreditCode.parse(lenient.value()));
    InvalidIdentifierException e =
        assertThrows(
            InvalidIdentifierException.class, () -> CreditCode.parseStrict(lenient.value()));
    assertEquals(Reason.ORGANIZATION_CODE, e.reason());
    assertEquals(lenient.value(), e.value());
    assertEquals(
        "credit code organisation code 'MA0000001' (positions 9-17) must end in check character"
            + " '7', got '1' in '"
            + lenient.value()
            + "'",
        e.getMessage());
    CreditCode strict = CreditCode.withCheckCharacter("91140105MA0000007");
    assertEquals(strict, CreditCode.parseStrict(strict.value()));
    assertEquals(
        Reason.CHECK_CHARACTER,
        assertThrows(
                InvalidIdentifierException.class,
                () -> CreditCode.parseStrict("91350100M000100Y44"))
            .reason());
  }

  @Test
  void partsOfTheExample() {
    CreditCode code = CreditCode.parse(EXAMPLE);
    assertEquals('9', code.registrationDepartmentCode());
    assertEquals(RegistrationDepartment.MARKET_REGULATION, code.registrationDepartment());
    assertEquals('1', code.entityCategoryCode());
    assertEquals(Optional.of("企业"), code.entityCategoryLabel());
    assertEquals(RegionCode.of("350100"), code.divisionCode());
    assertEquals("M000100Y4", code.organizationCode());
    assertTrue(code.organizationCodeValid());
    assertEquals(IdentifierKind.CREDIT_CODE, code.kind());
  }

  @Test
  void categoriesOfPublishedCodes() {
    assertEquals(
        Optional.of("个体工商户"), CreditCode.parse("92340602MA2PBMEM24").entityCategoryLabel());
    CreditCode institution = CreditCode.parse("121200004013590816");
    assertEquals(RegistrationDepartment.ESTABLISHMENT_OFFICE, institution.registrationDepartment());
    assertEquals(Optional.of("事业单位"), institution.entityCategoryLabel());
    assertEquals(RegionCode.of("120000"), institution.divisionCode());
    assertEquals(
        Optional.of("农民专业合作社"),
        CreditCode.withCheckCharacter("93140105MA0000007").entityCategoryLabel());
    assertEquals(
        Optional.empty(), CreditCode.withCheckCharacter("94140105MA0000007").entityCategoryLabel());
    assertEquals(
        Optional.empty(), CreditCode.withCheckCharacter("Y1140105MA0000007").entityCategoryLabel());
  }

  @Test
  void registrationDepartmentsOfTheStandard() {
    String codes = "123456789ANY";
    for (char c : codes.toCharArray()) {
      assertNotEquals(RegistrationDepartment.UNKNOWN, RegistrationDepartment.of(c), "code " + c);
    }
    assertEquals(RegistrationDepartment.UNKNOWN, RegistrationDepartment.of('B'));
    assertEquals(RegistrationDepartment.UNKNOWN, RegistrationDepartment.of('0'));
    assertEquals(RegistrationDepartment.UNKNOWN, RegistrationDepartment.of('\0'));
    assertEquals("工商(市场监管)", RegistrationDepartment.of('9').label());
    assertEquals("中央军委改革和编制办公室", RegistrationDepartment.of('A').label());
    assertEquals("农业", RegistrationDepartment.of('N').label());
    assertEquals("其他", RegistrationDepartment.of('Y').label());
    assertEquals(Optional.of("基金会"), RegistrationDepartment.CIVIL_AFFAIRS.categoryLabel('3'));
    assertEquals(
        Optional.of("公证处"), RegistrationDepartment.JUDICIAL_ADMINISTRATION.categoryLabel('2'));
    assertEquals(
        RegistrationDepartment.UNKNOWN,
        CreditCode.withCheckCharacter("B1140105MA0000007").registrationDepartment());
  }

  @Test
  void divisionCodeWithLettersIsReportedWhenAskedFor() {
    CreditCode code = CreditCode.withCheckCharacter("9114AB05MA0000007");
    InvalidIdentifierException e =
        assertThrows(InvalidIdentifierException.class, code::divisionCode);
    assertEquals(Reason.FORMAT, e.reason());
    assertEquals(code.value(), e.value());
    assertTrue(e.getMessage().contains("'14AB05'"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "O", "S", "V", "Z"})
  void excludedLettersAreRejectedEverywhere(String letter) {
    for (int i = 0; i < 18; i++) {
      String text = EXAMPLE.substring(0, i) + letter + EXAMPLE.substring(i + 1);
      InvalidIdentifierException e = rejected(text);
      assertEquals(Reason.CHARACTER, e.reason(), text);
      assertTrue(e.getMessage().contains("at position " + (i + 1)), e.getMessage());
    }
  }

  @Test
  void equalityAndOrderingFollowTheValue() {
    CreditCode a = CreditCode.parse(EXAMPLE);
    CreditCode b = CreditCode.parse(EXAMPLE.toLowerCase(java.util.Locale.ROOT));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(EXAMPLE, a.toString());
    assertNotEquals(a, CreditCode.parse("91110000600037341L"));
    assertTrue(CreditCode.parse("91110000600037341L").compareTo(a) < 0);
  }
}
