package io.doublerandom.model;

import java.util.Locale;

/**
 * Stand-in for the identifiers work (replaced on merge): an entity identifier, an 18-character
 * unified social credit code (GB 32100) or a 15-digit registration number (ISO 7064 MOD 11,10
 * check digit). {@link #parse} validates like the real one and throws an
 * {@link IllegalArgumentException} whose message names the value.
 */
public interface EntityId extends Comparable<EntityId> {
  /** The canonical form: upper case, no spaces. */
  String value();

  @Override
  default int compareTo(EntityId o) {
    return value().compareTo(o.value());
  }

  /** Parses and validates an identifier; surrounding blanks removed, letters upper-cased. */
  static EntityId parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("entity identifier must not be blank, got '" + text + "'");
    }
    String v = text.strip().toUpperCase(Locale.ROOT);
    if (v.length() == 18) {
      String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
      int sum = 0;
      int weight = 1;
      for (int i = 0; i < 17; i++) {
        int c = alphabet.indexOf(v.charAt(i));
        if (c < 0) {
          throw new IllegalArgumentException("credit code '" + v + "': character '" + v.charAt(i)
              + "' at position " + (i + 1) + " is not allowed");
        }
        sum += c * weight;
        weight = weight * 3 % 31;
      }
      char expected = alphabet.charAt((31 - sum % 31) % 31);
      if (v.charAt(17) != expected) {
        throw new IllegalArgumentException("credit code '" + v + "': check character should be "
            + expected + ", got " + v.charAt(17));
      }
      return new StandIn(v);
    }
    if (v.length() == 15 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int p = 10;
      for (int i = 0; i < 14; i++) {
        int s = (p + (v.charAt(i) - '0')) % 10;
        p = (s == 0 ? 10 : s) * 2 % 11;
      }
      if ((p + (v.charAt(14) - '0')) % 10 != 1) {
        throw new IllegalArgumentException("registration number '" + v + "': check digit is wrong");
      }
      return new StandIn(v);
    }
    throw new IllegalArgumentException("entity identifier must be an 18-character unified social"
        + " credit code or a 15-digit registration number, got '" + v + "'");
  }

  /** The stand-in implementation. */
  record StandIn(String value) implements EntityId {
    @Override
    public String toString() {
      return value;
    }
  }
}
