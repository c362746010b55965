package io.doublerandom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * The identifier of a market entity: its unified social credit code or, for entities registered
 * before the 2015 reform that never received one, its 15-digit registration number.
 *
 * <p>Identifiers are compared by their canonical {@link #value()}; in JSON an identifier is its
 * plain string value.
 */
public sealed interface EntityId extends Comparable<EntityId>
    permits CreditCode, LegacyRegistrationNumber {

  /** The canonical form: upper case, no spaces. */
  String value();

  /** Which numbering scheme the identifier belongs to. */
  IdentifierKind kind();

  /** Orders identifiers by {@link #value()} ({@link String#compareTo(String)}). */
  @Override
  default int compareTo(EntityId other) {
    return value().compareTo(other.value());
  }

  /**
   * Parses an entity identifier. Surrounding whitespace is removed and letters are upper-cased; 18
   * characters are parsed leniently as a {@link CreditCode#parse credit code}, 15 characters as a
   * {@link LegacyRegistrationNumber#parse registration number}.
   *
   * @param text the identifier as written
   * @return the identifier
   * @throws InvalidIdentifierException if the text is blank, has neither length, or is not a valid
   *     identifier of the kind its length selects
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static EntityId parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidIdentifierException.blank("entity identifier", text);
    }
    String normalized = text.strip().toUpperCase(Locale.ROOT);
    switch (normalized.length()) {
      case CreditCode.LENGTH:
        return CreditCode.parse(normalized);
      case LegacyRegistrationNumber.LENGTH:
        return LegacyRegistrationNumber.parse(normalized);
      default:
        throw new InvalidIdentifierException(
            InvalidIdentifierException.Reason.FORMAT,
            normalized,
            "entity identifier must be an 18-character unified social credit code or a 15-digit"
                + " registration number, got "
                + normalized.length()
                + " characters in '"
                + normalized
                + "'");
    }
  }
}
