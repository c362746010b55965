package io.doublerandom.cli;

import io.doublerandom.draw.EntityCandidates;
import io.doublerandom.draw.PopulationBuilder;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RiskRating;
import java.util.Locale;
import java.util.function.Function;

/**
 * How entities are put into strata, from the {@code --stratify-by} option or the design file's
 * {@code stratifyBy}, and the name under which {@link PopulationBuilder} records it in the
 * manifest's population definition ({@code population.stratifier=}):
 *
 * <table>
 *   <caption>stratifiers</caption>
 *   <tr><th>option</th><th>recorded name</th><th>stratum label</th></tr>
 *   <tr><td>{@code risk}, {@code risk:general}</td><td>{@value PopulationBuilder#GENERAL_RISK_CLASS}
 *       </td><td>the general credit-risk class ({@link EntityCandidates#byGeneralRiskClass()})</td>
 *   </tr>
 *   <tr><td>{@code risk:DOMAIN}</td><td>{@code DOMAIN-risk-class}</td><td>the class in the domain
 *       ({@link EntityCandidates#byRiskClass})</td></tr>
 *   <tr><td>{@code kind}</td><td>{@value #ENTITY_KIND}</td><td>the entity kind's constant name,
 *       for example {@code ENTERPRISE}</td></tr>
 *   <tr><td>{@code region}</td><td>{@value #REGION}</td><td>the six-digit division code</td></tr>
 *   <tr><td>{@code city}</td><td>{@value #PREFECTURE}</td><td>the prefecture code of the division
 *       (the code itself when it has no prefecture part)</td></tr>
 *   <tr><td>{@code none}</td><td>{@value #UNSTRATIFIED}</td><td>{@value #ALL} for every entity
 *       ({@link EntityCandidates#unstratified})</td></tr>
 * </table>
 *
 * <p>Entities without a class in the domain go to {@value EntityCandidates#UNRATED}. The recorded
 * names are stable: a library user who builds the population with the same name and function gets
 * the same manifest.
 *
 * @param name the name recorded in the population definition, for example {@code
 *     general-risk-class}
 * @param function the stratum label of an entity
 */
record Stratifier(String name, Function<MarketEntity, String> function) {
  /** The label of the single stratum of {@code none}. */
  static final String ALL = "all";
  /** The recorded name of {@code kind}. */
  static final String ENTITY_KIND = PopulationBuilder.ENTITY_KIND;
  /** The recorded name of {@code region}. */
  static final String REGION = PopulationBuilder.REGION;
  /** The recorded name of {@code city}. */
  static final String PREFECTURE = PopulationBuilder.PREFECTURE;
  /** The recorded name of {@code none}. */
  static final String UNSTRATIFIED = PopulationBuilder.UNSTRATIFIED;

  /** The default: the general credit-risk class, as {@link PopulationBuilder}'s default. */
  static Stratifier defaultStratifier() {
    return parse("risk");
  }

  /** The recorded name of the stratifier by the class in {@code domain}. */
  static String riskClassName(String domain) {
    return domain + "-risk-class";
  }

  /** Configures {@code builder} to stratify by this stratifier under its recorded name. */
  PopulationBuilder applyTo(PopulationBuilder builder) {
    return builder.stratifier(name, function);
  }

  /**
   * Parses a stratifier option value.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  static Stratifier parse(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("risk")) {
      return new Stratifier(PopulationBuilder.GENERAL_RISK_CLASS,
          EntityCandidates.byGeneralRiskClass());
    }
    if (lower.startsWith("risk:") && !t.substring(5).isBlank()) {
      String domain = t.substring(5).strip();
      return domain.equals(RiskRating.GENERAL) ? parse("risk")
          : new Stratifier(riskClassName(domain),
              EntityCandidates.byRiskClass(domain, EntityCandidates.UNRATED));
    }
    return switch (lower) {
      case "kind" -> new Stratifier(ENTITY_KIND, EntityCandidates.byKind());
      case "region" -> new Stratifier(REGION, EntityCandidates.byRegion());
      case "city" -> new Stratifier(PREFECTURE, EntityCandidates.byPrefecture());
      case "none" -> new Stratifier(UNSTRATIFIED, EntityCandidates.unstratified(ALL));
      default -> throw new IllegalArgumentException("unknown stratifier '" + text
          + "'; expected risk, risk:DOMAIN (for example risk:food), kind, region, city or none");
    };
  }
}
