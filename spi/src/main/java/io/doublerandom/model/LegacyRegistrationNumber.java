package io.doublerandom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A 15-digit business registration number (工商注册号) of the SAIC rule GS15-2006, used before the
 * unified social credit code replaced it on business licences.
 *
 * <p>Digits 1–6 are the division code of the registering authority, digits 7–14 a sequence number
 * and digit 15 a check digit by ISO/IEC 7064 MOD 11,10 (GB/T 17710). Older numbers do not always
 * carry a correct check digit, so {@link #parse(String)} accepts any 15 digits and reports the
 * check through {@link #checkDigitValid()}; {@link #parseStrict(String)} enforces it. Equality,
 * hash code and {@link #toString()} use the value.
 */
public final class LegacyRegistrationNumber implements EntityId {
  static final int LENGTH = 15;

  private final String value;

  private LegacyRegistrationNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a registration number leniently: after trimming, exactly 15 ASCII digits. The check
   * digit is not enforced.
   *
   * @param text the number as written
   * @return the registration number
   * @throws InvalidIdentifierException with reason BLANK, LENGTH or CHARACTER
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LegacyRegistrationNumber parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidIdentifierException.blank("registration number", text);
    }
    String normalized = text.strip();
    InvalidIdentifierException.rejectFullWidth("registration number", normalized, false);
    if (normalized.length() != LENGTH) {
      throw InvalidIdentifierException.length("registration number", normalized, "15 digits");
    }
    requireDigits("registration number", normalized);
    return new LegacyRegistrationNumber(normalized);
  }

  /**
   * Parses a registration number strictly: as {@link #parse(String)}, and the check digit must be
   * right.
   *
   * @param text the number as written
   * @return the registration number
   * @throws InvalidIdentifierException as {@link #parse(String)}, or with reason CHECK_DIGIT
   */
  public static LegacyRegistrationNumber parseStrict(String text) {
    LegacyRegistrationNumber number = parse(text);
    if (!number.checkDigitValid()) {
      throw new InvalidIdentifierException(
          InvalidIdentifierException.Reason.CHECK_DIGIT,
          number.value,
          "registration number check digit (position 15) must be '"
              + mod11Radix10(number.value.substring(0, LENGTH - 1))
              + "', got '"
              + number.value.charAt(LENGTH - 1)
              + "' in '"
              + number.value
              + "'");
    }
    return number;
  }

  /**
   * Computes the check digit (position 15) for the first 14 digits of a number.
   *
   * @param first14 exactly 14 ASCII digits
   * @return the check digit
   * @throws InvalidIdentifierException with reason BLANK, LENGTH or CHARACTER
   */
  public static char checkDigit(CharSequence first14) {
    if (first14 == null || first14.length() == 0) {
      throw InvalidIdentifierException.blank(
          "registration number body", first14 == null ? null : "");
    }
    String body = first14.toString();
    if (body.length() != LENGTH - 1) {
      throw InvalidIdentifierException.length("registration number body", body, "14 digits");
    }
    requireDigits("registration number body", body);
    return mod11Radix10(body);
  }

  /**
   * Completes the first 14 digits of a number with their check digit. Surrounding whitespace is
   * removed first.
   *
   * @param first14 the first 14 digits
   * @return the complete registration number
   * @throws InvalidIdentifierException with reason BLANK, LENGTH or CHARACTER
   */
  public static LegacyRegistrationNumber withCheckDigit(String first14) {
    if (first14 == null || first14.isBlank()) {
      throw InvalidIdentifierException.blank("registration number body", first14);
    }
    String body = first14.strip();
    return new LegacyRegistrationNumber(body + checkDigit(body));
  }

  /** The value: 15 digits. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** Always {@link IdentifierKind#LEGACY_REGISTRATION_NUMBER}. */
  @Override
  public IdentifierKind kind() {
    return IdentifierKind.LEGACY_REGISTRATION_NUMBER;
  }

  /** Whether digit 15 is the ISO/IEC 7064 MOD 11,10 check digit of digits 1–14. */
  public boolean checkDigitValid() {
    return mod11Radix10(value.substring(0, LENGTH - 1)) == value.charAt(LENGTH - 1);
  }

  /**
   * Digits 1–6: the division code of the registering authority ({@code 100000} for the national
   * administration).
   *
   * @return the division code
   * @throws InvalidIdentifierException with reason FORMAT if those digits are not a valid division
   *     code (the lenient parser accepts any digits)
   */
  public RegionCode divisionCode() {
    String division = value.substring(0, 6);
    try {
      return RegionCode.of(division);
    } catch (InvalidIdentifierException e) {
      throw new InvalidIdentifierException(
          InvalidIdentifierException.Reason.FORMAT,
          value,
          "registration number digits 1-6 '"
              + division
              + "' are not a division code ("
              + e.getMessage()
              + ") in '"
              + value
              + "'");
    }
  }

  /** Equal if the values are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof LegacyRegistrationNumber number && value.equals(number.value);
  }

  /** The hash code of the value. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The value. */
  @Override
  public String toString() {
    return value;
  }

  /**
   * The ISO/IEC 7064 MOD 11,10 check digit of a string of ASCII digits of any length: starting from
   * {@code P = 10}, for each digit {@code d} take {@code S = (P + d) mod 10} (0 counts as 10) and
   * {@code P = 2S mod 11}; the check digit {@code c} makes {@code (P + c) mod 10 = 1}.
   */
  static char mod11Radix10(CharSequence digits) {
    int p = 10;
    for (int i = 0; i < digits.length(); i++) {
      int s = (p + digits.charAt(i) - '0') % 10;
      if (s == 0) {
        s = 10;
      }
      p = s * 2 % 11;
    }
    return (char) ('0' + (11 - p) % 10);
  }

  private static void requireDigits(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw InvalidIdentifierException.character(what, text, i, "the digits 0-9");
      }
    }
  }
}
