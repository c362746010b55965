package io.doublerandom.model;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/** QuickTheories generators of valid identifiers, shared by the property tests. */
final class Generators {
  /** Realistic first two characters: department and category pairs of GB 32100-2015. */
  static final List<String> PREFIXES =
      List.of(
          "91", "92", "93", "11", "12", "13", "19", "51", "52", "53", "59", "31", "71", "81", "A1",
          "N2", "Y1");

  private Generators() {}

  /** One character of the 31-symbol credit code alphabet. */
  static Gen<Character> alphabetCharacters() {
    return integers().between(0, CreditCode.ALPHABET.length() - 1).map(CreditCode.ALPHABET::charAt);
  }

  /** Strings of {@code length} alphabet characters. */
  static Gen<String> alphabetStrings(int length) {
    return lists()
        .of(alphabetCharacters())
        .ofSize(length)
        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Strings of {@code length} ASCII digits. */
  static Gen<String> digitStrings(int length) {
    return lists()
        .of(integers().between(0, 9))
        .ofSize(length)
        .map(digits -> digits.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /**
   * Valid credit codes: a realistic first two characters, then 15 arbitrary alphabet characters,
   * then the computed check character. The division code part may contain letters: the lenient
   * parser accepts them.
   */
  static Gen<CreditCode> creditCodes() {
    return arbitrary()
        .pick(PREFIXES)
        .zip(alphabetStrings(15), (prefix, rest) -> CreditCode.withCheckCharacter(prefix + rest));
  }

  /** Valid credit codes whose positions 3–8 are a valid division code. */
  static Gen<CreditCode> realisticCreditCodes() {
    return arbitrary()
        .pick(PREFIXES)
        .zip(
            regionCodes(),
            alphabetStrings(9),
            (prefix, region, rest) ->
                CreditCode.withCheckCharacter(prefix + region.value() + rest));
  }

  /** Registration numbers with a correct check digit. */
  static Gen<LegacyRegistrationNumber> registrationNumbers() {
    return digitStrings(14).map(LegacyRegistrationNumber::withCheckDigit);
  }

  /** Valid division codes of all three levels. */
  static Gen<RegionCode> regionCodes() {
    Gen<String> province = integers().between(1, 99).map(p -> String.format("%02d", p));
    Gen<String> pair = integers().between(0, 99).map(p -> String.format("%02d", p));
    return province.zip(pair, pair, (a, b, c) -> RegionCode.of(a + b + c));
  }
}
