package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import io.doublerandom.model.MarketEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds draw {@link Candidate}s from market entities: the id is the entity's identifier value
 * (the unified social credit code), the stratum comes from a stratifier (by default the general
 * credit-risk class), and a scorer may attach a risk score for weighted designs.
 */
public final class EntityCandidates {
  /** The stratum label of entities without a general credit-risk class. */
  public static final String UNRATED = "unrated";

  private EntityCandidates() {}

  /** Stratifies by the general credit-risk class, {@value #UNRATED} when an entity has none. */
  public static Function<MarketEntity, String> byGeneralRiskClass() {
    return e -> e.generalRiskClass().orElse(UNRATED);
  }

  /** Stratifies by the class in {@code domain}, {@code unrated} when an entity has none. */
  public static Function<MarketEntity, String> byRiskClass(String domain, String unrated) {
    Objects.requireNonNull(domain, "domain");
    Codec.text("unrated label", unrated);
    return e -> e.riskClass(domain).orElse(unrated);
  }

  /**
   * Stratifies by entity kind: the label is the {@link io.doublerandom.model.EntityKind} constant
   * name, for example {@code ENTERPRISE}. Record it under the name {@value
   * PopulationBuilder#ENTITY_KIND}.
   */
  public static Function<MarketEntity, String> byKind() {
    return e -> e.kind().name();
  }

  /**
   * Stratifies by the entity's six-digit administrative division code. Record it under the name
   * {@value PopulationBuilder#REGION}.
   */
  public static Function<MarketEntity, String> byRegion() {
    return e -> e.region().value();
  }

  /**
   * Stratifies by the prefecture-level division (地级) containing the entity's division: its
   * six-digit code, or the division's own code when it has none ({@link
   * io.doublerandom.model.RegionCode#prefecture()} is empty: a province-level code, or a code
   * whose third and fourth digits are {@code 00}). Record it under the name {@value
   * PopulationBuilder#PREFECTURE}.
   */
  public static Function<MarketEntity, String> byPrefecture() {
    return e -> e.region().prefecture().orElse(e.region()).value();
  }

  /** One stratum for everything. */
  public static Function<MarketEntity, String> unstratified(String label) {
    Codec.text("stratum label", label);
    return e -> label;
  }

  /** The candidate of an entity, stratified by its general credit-risk class. */
  public static Candidate candidate(MarketEntity entity) {
    return candidate(entity, byGeneralRiskClass());
  }

  /** The candidate of an entity under a stratifier, without a score. */
  public static Candidate candidate(MarketEntity entity,
      Function<? super MarketEntity, String> stratifier) {
    return Candidate.of(entity.id().value(), stratifier.apply(entity));
  }

  /**
   * The candidate of an entity under a stratifier and a scorer.
   *
   * @throws IllegalArgumentException if the scorer gives no score for the entity
   */
  public static Candidate candidate(MarketEntity entity,
      Function<? super MarketEntity, String> stratifier,
      Function<? super MarketEntity, Optional<BigDecimal>> scorer) {
    BigDecimal score = scorer.apply(entity).orElseThrow(() -> new IllegalArgumentException(
        "no risk score for entity " + entity.id().value()));
    return Candidate.scored(entity.id().value(), stratifier.apply(entity), score);
  }

  /** The candidates of entities under a stratifier, in the order given. */
  public static List<Candidate> candidates(Collection<? extends MarketEntity> entities,
      Function<? super MarketEntity, String> stratifier) {
    List<Candidate> out = new ArrayList<>(entities.size());
    for (MarketEntity e : entities) {
      out.add(candidate(e, stratifier));
    }
    return out;
  }
}
