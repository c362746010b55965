package io.doublerandom.model;

import java.util.Objects;

/**
 * A person or organisation related to a market entity, identified by an opaque party id that
 * the integrator chooses (for a person, typically a salted hash of the identity-card number, so
 * that no personal data enters the library). Inspectors declare conflicts against the same ids.
 */
public record RelatedParty(PartyRole role, String partyId) {
  /** Validates the fields. */
  public RelatedParty {
    Objects.requireNonNull(role, "role");
    Checks.requireText(partyId, "party id");
  }
}
