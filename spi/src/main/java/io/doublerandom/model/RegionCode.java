package io.doublerandom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A GB/T 2260 administrative division code (行政区划代码): six digits, two for the province, two for the
 * prefecture, two for the county.
 *
 * <p>The code is structural only: it does not say whether a division with this code exists (see
 * {@link RegionTable}). In JSON a code is its plain string value; {@link #toString()} is the value
 * too. Codes are ordered by value.
 *
 * @param value exactly six ASCII digits, not starting with {@code 00}
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
  private static final String WHAT = "division code";

  /**
   * Validates the value.
   *
   * @throws InvalidIdentifierException with reason BLANK, LENGTH, CHARACTER, or FORMAT if the code
   *     starts with {@code 00}
   */
  public RegionCode {
    if (value == null || value.isEmpty()) {
      throw InvalidIdentifierException.blank(WHAT, value);
    }
    if (value.length() != 6) {
      throw InvalidIdentifierException.length(WHAT, value, "6 digits");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw InvalidIdentifierException.character(WHAT, value, i, "the digits 0-9");
      }
    }
    if (value.startsWith("00")) {
      throw new InvalidIdentifierException(
          InvalidIdentifierException.Reason.FORMAT,
          value,
          WHAT + " must not start with 00 (no such province), got '" + value + "'");
    }
  }

  /**
   * The code with this value.
   *
   * @param value exactly six ASCII digits, not starting with {@code 00}
   * @return the code
   * @throws InvalidIdentifierException as the constructor
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  /** The six digits. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * The level: PROVINCE if the code ends in {@code 0000}, PREFECTURE if it ends in {@code 00},
   * COUNTY otherwise.
   */
  public RegionLevel level() {
    if (value.endsWith("0000")) {
      return RegionLevel.PROVINCE;
    }
    return value.endsWith("00") ? RegionLevel.PREFECTURE : RegionLevel.COUNTY;
  }

  /**
   * The significant digits: {@code "14"} for 140000, {@code "1401"} for 140100, all six for a
   * county.
   */
  public String prefix() {
    return switch (level()) {
      case PROVINCE -> value.substring(0, 2);
      case PREFECTURE -> value.substring(0, 4);
      case COUNTY -> value;
    };
  }

  /** The province-level code, for example 140000 for 140105; a province code returns itself. */
  public RegionCode province() {
    return level() == RegionLevel.PROVINCE ? this : new RegionCode(value.substring(0, 2) + "0000");
  }

  /**
   * The prefecture-level code: itself for a prefecture, the first four digits followed by {@code
   * 00} for a county, empty for a province and for a county code whose middle digits are {@code 00}
   * (no prefecture part).
   */
  public Optional<RegionCode> prefecture() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case PREFECTURE -> Optional.of(this);
      case COUNTY ->
          value.startsWith("00", 2)
              ? Optional.empty()
              : Optional.of(new RegionCode(value.substring(0, 4) + "00"));
    };
  }

  /**
   * The code one level up by structure: a county's prefecture code, a prefecture's province code,
   * empty for a province. For a county-level division directly under a province (codes such as
   * 4290xx) this is the {@code xx9000}-style code GB/T 2260 lists for such divisions; a county code
   * with middle digits {@code 00} has the province as its parent.
   */
  public Optional<RegionCode> parent() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case PREFECTURE -> Optional.of(province());
      case COUNTY -> prefecture().or(() -> Optional.of(province()));
    };
  }

  /**
   * Whether {@code other} lies in this division: its value starts with this code's {@link
   * #prefix()}. A code contains itself.
   *
   * @param other another code
   * @return true if {@code other} is this division or lies below it
   */
  public boolean contains(RegionCode other) {
    return other.value.startsWith(prefix());
  }

  /**
   * Whether this code lies in {@code other}: {@code other.contains(this)}.
   *
   * @param other another code
   * @return true if this division is {@code other} or lies below it
   */
  public boolean isWithin(RegionCode other) {
    return other.contains(this);
  }

  /** Orders by value. */
  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  /** The six digits. */
  @Override
  public String toString() {
    return value;
  }
}
