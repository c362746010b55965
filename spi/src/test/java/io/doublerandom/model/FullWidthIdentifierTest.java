package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.model.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;

/**
 * Identifiers typed with an input method in full-width mode (全角): the message says so and shows
 * the half-width form to write instead; nothing is converted silently.
 */
class FullWidthIdentifierTest {
  private static final String CODE = "91350100M000100Y43";

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append((char) (c + 0xFEE0)));
    return b.toString();
  }

  @Test
  void aFullWidthCreditCodeNamesThePositionsAndShowsTheHalfWidthForm() {
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
        () -> CreditCode.parse(fullWidth(CODE)));
    assertEquals(Reason.CHARACTER, e.reason());
    assertEquals("credit code is written with full-width (全角) characters at positions 1-18 in '"
        + fullWidth(CODE) + "'; write it with half-width characters: '" + CODE + "'",
        e.getMessage());
  }

  @Test
  void aFewFullWidthCharactersAreListedByPosition() {
    String mixed = "９1350100Ｍ000100Y43";
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
        () -> EntityId.parse(mixed));
    assertEquals("credit code is written with full-width (全角) characters at positions 1, 9 in '"
        + mixed + "'; write it with half-width characters: '" + CODE + "'", e.getMessage());
    // lower-case full-width letters: the half-width form is upper-cased as the parser would
    String lower = "91350100ｍ000100y43";
    assertEquals("credit code is written with full-width (全角) characters at position 9 in '"
        + lower.toUpperCase(java.util.Locale.ROOT) + "'; write it with half-width characters: '"
        + CODE + "'", assertThrows(InvalidIdentifierException.class,
            () -> CreditCode.parse(lower)).getMessage());
  }

  @Test
  void aFullWidthRegistrationNumberShowsTheHalfWidthForm() {
    String number = "140105000000018";
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
        () -> LegacyRegistrationNumber.parse(fullWidth(number)));
    assertEquals(Reason.CHARACTER, e.reason());
    assertEquals("registration number is written with full-width (全角) characters at positions"
        + " 1-15 in '" + fullWidth(number) + "'; write it with half-width characters: '"
        + number + "'", e.getMessage());
    assertEquals(e.getMessage(), assertThrows(InvalidIdentifierException.class,
        () -> EntityId.parse(fullWidth(number))).getMessage());
  }
}
