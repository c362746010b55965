package io.doublerandom.cli;

import io.doublerandom.draw.EntityCandidates;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RiskRating;
import java.util.Locale;
import java.util.function.Function;

/**
 * How entities are put into strata, from the {@code --stratify-by} option or the design file's
 * {@code stratifyBy}: {@code risk} (the general credit-risk class, the default), {@code
 * risk:DOMAIN} (the class in a domain such as {@code food}), {@code kind} (the entity kind's
 * constant name), {@code region} (the six-digit division code), {@code city} (the prefecture code
 * of the division) or {@code none} (one stratum, {@value #ALL}). Entities without a class in the
 * domain go to {@value EntityCandidates#UNRATED}.
 *
 * @param name the canonical name, for example {@code risk:general}
 * @param function the stratum label of an entity
 */
record Stratifier(String name, Function<MarketEntity, String> function) {
  /** The label of the single stratum of {@code none}. */
  static final String ALL = "all";

  /** The default: the general credit-risk class. */
  static Stratifier defaultStratifier() {
    return parse("risk");
  }

  /**
   * Parses a stratifier name.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  static Stratifier parse(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("risk")) {
      return new Stratifier("risk:" + RiskRating.GENERAL, EntityCandidates.byGeneralRiskClass());
    }
    if (lower.startsWith("risk:") && t.length() > 5) {
      String domain = t.substring(5).strip();
      return new Stratifier("risk:" + domain, domain.equals(RiskRating.GENERAL)
          ? EntityCandidates.byGeneralRiskClass()
          : EntityCandidates.byRiskClass(domain, EntityCandidates.UNRATED));
    }
    return switch (lower) {
      case "kind" -> new Stratifier("kind", e -> e.kind().name());
      case "region" -> new Stratifier("region", e -> e.region().value());
      case "city" -> new Stratifier("city",
          e -> e.region().prefecture().orElse(e.region()).value());
      case "none" -> new Stratifier("none", EntityCandidates.unstratified(ALL));
      default -> throw new IllegalArgumentException("unknown stratifier '" + text
          + "'; expected risk, risk:DOMAIN (for example risk:food), kind, region, city or none");
    };
  }
}
