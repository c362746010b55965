package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RelatedParty;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the assignment needs to know about the market entity of a visit: its id (for declared
 * conflicts, recusal and rotation), its region and registration authority (for scope) and the
 * opaque ids of its related parties (for conflicts declared against a person or organisation).
 *
 * @param id the entity id, for example the unified social credit code; free text, but only the
 *     canonical value of a credit code or registration number can be named by an inspector's
 *     entity conflict ({@link io.doublerandom.model.DeclaredConflict#withEntity}); for other ids
 *     declare a party conflict against one of {@code partyIds}
 * @param region the division the entity is registered in
 * @param registrationAuthority the code of its registration authority (登记机关)
 * @param partyIds the opaque ids of its related parties, sorted by UTF-8 bytes
 */
@JsonPropertyOrder({"id", "region", "registrationAuthority", "partyIds"})
public record EntityRef(String id, RegionCode region, String registrationAuthority,
    SortedSet<String> partyIds) {

  /** Validates the fields and sorts the party ids. */
  public EntityRef {
    Codec.text("entity id", id);
    Objects.requireNonNull(region, "region of entity " + id);
    Codec.text("registration authority of entity " + id, registrationAuthority);
    TreeSet<String> sorted = new TreeSet<>(Codec.UTF8_ORDER);
    if (partyIds != null) {
      for (String p : partyIds) {
        sorted.add(Codec.text("party id of entity " + id, p));
      }
    }
    partyIds = java.util.Collections.unmodifiableSortedSet(sorted);
  }

  /** The reference of a directory entity: its id, region, authority and related parties. */
  public static EntityRef of(MarketEntity entity) {
    TreeSet<String> parties = new TreeSet<>(Codec.UTF8_ORDER);
    for (RelatedParty p : entity.relatedParties()) {
      parties.add(p.partyId());
    }
    return new EntityRef(entity.id().value(), entity.region(), entity.registrationAuthority(),
        parties);
  }
}
