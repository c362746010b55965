package io.doublerandom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the 31-symbol
 * alphabet {@code 0-9 A-Z} without {@code I O S V Z}.
 *
 * <ul>
 *   <li>1: registration department ({@link #registrationDepartment()});
 *   <li>2: entity category ({@link #entityCategoryLabel()});
 *   <li>3–8: GB/T 2260 division code of the registering authority ({@link #divisionCode()});
 *   <li>9–17: GB 11714 organisation code, whose own check character is position 17 ({@link
 *       #organizationCode()}, {@link #organizationCodeValid()});
 *   <li>18: check character over positions 1–17 ({@link #checkCharacter()}).
 * </ul>
 *
 * <p>The check character: with {@code C_i} the alphabet value of character {@code i} and weights
 * {@code W_i = 3^(i-1) mod 31}, {@code C18 = 31 − (Σ C_i·W_i mod 31)}, where 31 becomes 0.
 * Instances are immutable; equality, hash code and {@link #toString()} use the canonical value.
 */
public final class CreditCode implements EntityId {
  static final int LENGTH = 18;

  /** The 31 symbols in order of their values 0–30. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final String ALPHABET_DESCRIPTION = "0-9 and A-Z without I, O, S, V, Z";
  private static final String ORGANIZATION_ALPHABET_DESCRIPTION = "0-9 and A-Z";
  private static final int[] WEIGHTS = weights();
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses a credit code leniently: after trimming and upper-casing it must have 18 characters of
   * the alphabet and the right check character. The embedded organisation code check is not
   * enforced (see {@link #organizationCodeValid()} and {@link #parseStrict(String)}).
   *
   * @param text the code as written
   * @return the credit code
   * @throws InvalidIdentifierException with reason BLANK, LENGTH, CHARACTER or CHECK_CHARACTER
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CreditCode parse(String text) {
    String normalized = normalize(text);
    if (normalized.length() != LENGTH) {
      throw InvalidIdentifierException.length("credit code", normalized, "18 characters");
    }
    char expected = compute(normalized);
    char actual = normalized.charAt(LENGTH - 1);
    if (ALPHABET.indexOf(actual) < 0) {
      throw InvalidIdentifierException.character(
          "credit code", normalized, LENGTH - 1, ALPHABET_DESCRIPTION);
    }
    if (actual != expected) {
      throw new InvalidIdentifierException(
          InvalidIdentifierException.Reason.CHECK_CHARACTER,
          normalized,
          "credit code check character (position 18) must be '"
              + expected
              + "', got '"
              + actual
              + "' in '"
              + normalized
              + "'");
    }
    return new CreditCode(normalized);
  }

  /**
   * Parses a credit code strictly: as {@link #parse(String)}, and the organisation code at
   * positions 9–17 must pass its GB 11714 check.
   *
   * @param text the code as written
   * @return the credit code
   * @throws InvalidIdentifierException as {@link #parse(String)}, or with reason ORGANIZATION_CODE
   */
  public static CreditCode parseStrict(String text) {
    CreditCode code = parse(text);
    if (!code.organizationCodeValid()) {
      throw new InvalidIdentifierException(
          InvalidIdentifierException.Reason.ORGANIZATION_CODE,
          code.value,
          "credit code organisation code '"
              + code.organizationCode()
              + "' (positions 9-17) must end in check character '"
              + organizationCodeCheckCharacter(code.value.substring(8, 16))
              + "', got '"
              + code.value.charAt(16)
              + "' in '"
              + code.value
              + "'");
    }
    return code;
  }

  /**
   * Whether the text is a credit code by the lenient rules of {@link #parse(String)}.
   *
   * @param text the code as written, may be null
   * @return true if {@link #parse(String)} accepts it
   */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /**
   * Computes the check character (position 18) for the first 17 characters of a code.
   *
   * @param first17 exactly 17 characters of the alphabet, in upper case
   * @return the check character
   * @throws InvalidIdentifierException with reason BLANK, LENGTH or CHARACTER
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17 == null || first17.length() == 0) {
      throw InvalidIdentifierException.blank("credit code body", first17 == null ? null : "");
    }
    String body = first17.toString();
    if (body.length() != LENGTH - 1) {
      throw InvalidIdentifierException.length("credit code body", body, "17 characters");
    }
    return compute(body);
  }

  /**
   * Completes the first 17 characters of a code with their check character. Surrounding whitespace
   * is removed and letters are upper-cased first.
   *
   * @param first17 the first 17 characters
   * @return the complete credit code
   * @throws InvalidIdentifierException with reason BLANK, LENGTH or CHARACTER
   */
  public static CreditCode withCheckCharacter(String first17) {
    if (first17 == null || first17.isBlank()) {
      throw InvalidIdentifierException.blank("credit code body", first17);
    }
    String body = first17.strip().toUpperCase(Locale.ROOT);
    return new CreditCode(body + checkCharacter(body));
  }

  /**
   * Computes the GB 11714 check character of an organisation code: with character values 0–9 for
   * digits and A=10 … Z=35, weights 3, 7, 9, 10, 5, 8, 4, 2 and {@code C = 11 − (Σ mod 11)}, 10 is
   * written {@code X} and 11 is written {@code 0}.
   *
   * @param first8 exactly 8 characters from 0-9 and A-Z, in upper case
   * @return the check character, a digit or {@code X}
   * @throws InvalidIdentifierException with reason BLANK, LENGTH or CHARACTER
   */
  public static char organizationCodeCheckCharacter(CharSequence first8) {
    if (first8 == null || first8.length() == 0) {
      throw InvalidIdentifierException.blank("organisation code body", first8 == null ? null : "");
    }
    String body = first8.toString();
    if (body.length() != ORGANIZATION_WEIGHTS.length) {
      throw InvalidIdentifierException.length("organisation code body", body, "8 characters");
    }
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw InvalidIdentifierException.character(
            "organisation code body", body, i, ORGANIZATION_ALPHABET_DESCRIPTION);
      }
      sum += v * ORGANIZATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 10) {
      return 'X';
    }
    return check == 11 ? '0' : (char) ('0' + check);
  }

  /** The canonical value: 18 upper-case characters. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** Always {@link IdentifierKind#CREDIT_CODE}. */
  @Override
  public IdentifierKind kind() {
    return IdentifierKind.CREDIT_CODE;
  }

  /** Position 1: the registration department's code. */
  public char registrationDepartmentCode() {
    return value.charAt(0);
  }

  /** The registration department of position 1; UNKNOWN if the standard does not assign it. */
  public RegistrationDepartment registrationDepartment() {
    return RegistrationDepartment.of(registrationDepartmentCode());
  }

  /** Position 2: the entity category's code. */
  public char entityCategoryCode() {
    return value.charAt(1);
  }

  /**
   * The Chinese label of the entity category, for example 企业 for a code starting {@code 91}.
   *
   * @return the label, or empty if GB 32100-2015 defines no such category for the department
   */
  public Optional<String> entityCategoryLabel() {
    return registrationDepartment().categoryLabel(entityCategoryCode());
  }

  /**
   * Positions 3–8: the GB/T 2260 division code of the registering authority.
   *
   * @return the division code
   * @throws InvalidIdentifierException with reason FORMAT if those positions are not a valid
   *     division code (the lenient parser accepts any alphabet characters there)
   */
  public RegionCode divisionCode() {
    String division = value.substring(2, 8);
    try {
      return RegionCode.of(division);
    } catch (InvalidIdentifierException e) {
      throw new InvalidIdentifierException(
          InvalidIdentifierException.Reason.FORMAT,
          value,
          "credit code positions 3-8 '"
              + division
              + "' are not a division code ("
              + e.getMessage()
              + ") in '"
              + value
              + "'");
    }
  }

  /** Positions 9–17: the nine-character GB 11714 organisation code, check character included. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  /** Whether position 17 is the GB 11714 check character of positions 9–16. */
  public boolean organizationCodeValid() {
    return organizationCodeCheckCharacter(value.substring(8, 16)) == value.charAt(16);
  }

  /** Position 18: the check character. */
  public char checkCharacter() {
    return value.charAt(LENGTH - 1);
  }

  /** Equal if the canonical values are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CreditCode code && value.equals(code.value);
  }

  /** The hash code of the canonical value. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The canonical value. */
  @Override
  public String toString() {
    return value;
  }

  private static String normalize(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidIdentifierException.blank("credit code", text);
    }
    String normalized = text.strip().toUpperCase(Locale.ROOT);
    InvalidIdentifierException.rejectFullWidth("credit code", normalized, true);
    return normalized;
  }

  /** The check character over the first 17 characters of {@code chars}. */
  private static char compute(String chars) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int v = ALPHABET.indexOf(chars.charAt(i));
      if (v < 0) {
        throw InvalidIdentifierException.character(
            chars.length() == LENGTH ? "credit code" : "credit code body",
            chars,
            i,
            ALPHABET_DESCRIPTION);
      }
      sum += v * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }

  private static int[] weights() {
    int[] weights = new int[LENGTH - 1];
    int w = 1;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = w;
      w = w * 3 % 31;
    }
    return weights;
  }
}
