package io.doublerandom.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A market entity (经营主体) of the entity directory: the candidate of a target draw.
 *
 * <p>Identity is {@link #id()}; two entries with the same id are the same entity. Tags are free
 * labels of the directory's tagging (标签化管理), for example {@code "食品生产"}, kept sorted.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableMarketEntity.class)
@JsonDeserialize(as = ImmutableMarketEntity.class)
public abstract class MarketEntity {
  MarketEntity() {}

  /** Unified social credit code, or a legacy registration number. */
  public abstract EntityId id();

  /** Registered name. */
  public abstract String name();

  /** Legal form. */
  public abstract EntityKind kind();

  /** Code of the registration authority (登记机关). */
  public abstract String registrationAuthority();

  /** County-level (or higher) division the entity is registered in, used for jurisdiction. */
  public abstract RegionCode region();

  /** Industry, GB/T 4754, if known. */
  public abstract Optional<IndustryCode> industry();

  /** Registration status. */
  public abstract RegistrationStatus status();

  /** Whether the entity is on the list of abnormal operations (经营异常名录). */
  @Value.Default
  public boolean abnormalList() {
    return false;
  }

  /** Directory tags, sorted. */
  @Value.NaturalOrder
  public abstract SortedSet<String> tags();

  /** Credit-risk classes, at most one per domain. */
  public abstract List<RiskRating> riskRatings();

  /** Size class, if known. */
  public abstract Optional<EntitySize> size();

  /** Date of establishment, if known. */
  public abstract Optional<LocalDate> establishedOn();

  /** Related persons and organisations, by opaque party id (for conflict-of-interest checks). */
  public abstract List<RelatedParty> relatedParties();

  /** The class of the rating in {@code domain}, if the entity has one. */
  public final Optional<String> riskClass(String domain) {
    for (RiskRating r : riskRatings()) {
      if (r.domain().equals(domain)) {
        return Optional.of(r.riskClass());
      }
    }
    return Optional.empty();
  }

  /** The rating in {@code domain}, if any. */
  public final Optional<RiskRating> riskRating(String domain) {
    return riskRatings().stream().filter(r -> r.domain().equals(domain)).findFirst();
  }

  /** The class of the general credit-risk classification, if any. */
  public final Optional<String> generalRiskClass() {
    return riskClass(RiskRating.GENERAL);
  }

  /** Whether the entity is registered and operating. */
  public final boolean isOperating() {
    return status().isOperating();
  }

  @Value.Check
  void check() {
    Checks.requireText(name(), "name of entity " + id().value());
    Checks.requireText(registrationAuthority(),
        "registration authority of entity " + id().value());
    Set<String> domains = new HashSet<>();
    for (RiskRating r : riskRatings()) {
      Checks.require(domains.add(r.domain()), "risk domain of entity " + id().value(),
          r.domain(), "must appear once");
    }
    for (String tag : tags()) {
      Checks.require(!tag.isBlank() && tag.equals(tag.strip()) && tag.indexOf(';') < 0,
          "tag of entity " + id().value(), tag, "must be non-blank, trimmed and without ';'");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MarketEntity}. */
  public static final class Builder extends ImmutableMarketEntity.Builder {}
}
