package io.doublerandom.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conflict of interest an inspector declared (回避范围): either with a market entity directly,
 * or with a party (a person or organisation, by the same opaque party id that entities carry in
 * {@link MarketEntity#relatedParties()}), which makes every entity related to that party
 * conflicted. Exactly one of {@link #entity()} and {@link #partyId()} is present.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableDeclaredConflict.class)
@JsonDeserialize(as = ImmutableDeclaredConflict.class)
public abstract class DeclaredConflict {
  DeclaredConflict() {}

  /** Why the inspector must recuse. */
  public abstract RelationKind relation();

  /** The entity the conflict is with, when declared against an entity. */
  public abstract Optional<EntityId> entity();

  /** The party the conflict is with, when declared against a person or organisation. */
  public abstract Optional<String> partyId();

  /** Free text, for example the declaration's reference. */
  public abstract Optional<String> note();

  /** Whether this conflict applies to {@code target}. */
  public final boolean appliesTo(MarketEntity target) {
    if (entity().isPresent()) {
      return entity().get().equals(target.id());
    }
    String party = partyId().orElseThrow();
    for (RelatedParty p : target.relatedParties()) {
      if (p.partyId().equals(party)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    Checks.require(entity().isPresent() != partyId().isPresent(), "declared conflict",
        entity().map(EntityId::value).orElse("") + "/" + partyId().orElse(""),
        "must name exactly one of an entity and a party");
    Checks.requireText(partyId(), "conflict party id");
    Checks.requireText(note(), "conflict note");
  }

  /**
   * A conflict with an entity of the directory, named by its validated identifier (a credit code
   * or a registration number, so that a typo cannot silently void a recusal). It applies to a
   * visit whose entity id (the assignment's {@code EntityRef.id}) equals {@code entity.value()}.
   *
   * <p>Visit entity ids are free text, so a visit of an entity known only by another id (a
   * hand-built test visit such as {@code "E-1"}, an entity outside the directory) cannot be named
   * by an entity conflict. The documented alternative is a {@linkplain #withParty party
   * conflict}: give the visit's entity a party id ({@code EntityRef.partyIds}) and declare the
   * conflict against that party; in tests, give entities valid ids instead
   * ({@code io.doublerandom.fixtures.Ids.creditCode(k)}).
   */
  public static DeclaredConflict withEntity(RelationKind relation, EntityId entity) {
    return builder().relation(relation).entity(entity).build();
  }

  /** A conflict with a party. */
  public static DeclaredConflict withParty(RelationKind relation, String partyId) {
    return builder().relation(relation).partyId(partyId).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeclaredConflict}. */
  public static final class Builder extends ImmutableDeclaredConflict.Builder {}
}
