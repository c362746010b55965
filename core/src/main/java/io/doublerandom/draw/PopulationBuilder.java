package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.RiskClassificationHistory;
import io.doublerandom.model.MarketEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the frozen {@link Population} of a draw from market entities: the {@linkplain
 * PopulationFilter directed filter} chooses the entities in scope, {@link Eligibility} excludes
 * some of them with reason codes, a stratifier labels the rest (by default the general credit-risk
 * class) and, for weighted designs, a scorer gives each a risk score. The population carries its
 * {@linkplain PopulationDefinition definition} (filter, stratifier, scorer, rules), which the
 * manifest commits to.
 *
 * <pre>{@code
 * Population population = PopulationBuilder.from(directory)
 *     .filter(PopulationFilter.applicableTo(item))
 *     .eligibility(Eligibility.builder().excludeNotOperating()
 *         .excludeLowRiskInspected(history, 2024).build())
 *     .build();
 * }</pre>
 *
 * <p>The result does not depend on the order of the entities. Defaults: every entity ({@link
 * PopulationFilter#all()}), {@link Eligibility#notOperating()}, stratified by the general
 * credit-risk class (stratifier name {@value #GENERAL_RISK_CLASS}), no scores.
 */
public final class PopulationBuilder {
  /** The name of the default stratifier, {@link EntityCandidates#byGeneralRiskClass()}. */
  public static final String GENERAL_RISK_CLASS = "general-risk-class";
  /** The conventional name of {@link EntityCandidates#byKind()}. */
  public static final String ENTITY_KIND = "entity-kind";
  /** The conventional name of {@link EntityCandidates#byRegion()}. */
  public static final String REGION = "region";
  /** The conventional name of {@link EntityCandidates#byPrefecture()}. */
  public static final String PREFECTURE = "prefecture";
  /** The conventional name of {@link EntityCandidates#unstratified(String)}. */
  public static final String UNSTRATIFIED = "unstratified";

  private final EntityDirectory directory;
  private final Collection<? extends MarketEntity> entities;
  private PopulationFilter filter = PopulationFilter.all();
  private Eligibility eligibility = Eligibility.notOperating();
  private String stratifierName = GENERAL_RISK_CLASS;
  private Function<? super MarketEntity, String> stratifier =
      EntityCandidates.byGeneralRiskClass();
  private String scorerName;
  private Function<? super MarketEntity, Optional<BigDecimal>> scorer;

  private PopulationBuilder(EntityDirectory directory,
      Collection<? extends MarketEntity> entities) {
    this.directory = directory;
    this.entities = entities;
  }

  /** A builder over the entities of a directory (the filter is answered from its indexes). */
  public static PopulationBuilder from(EntityDirectory directory) {
    return new PopulationBuilder(Objects.requireNonNull(directory, "directory"), null);
  }

  /** A builder over a collection of entities with distinct ids, in any order. */
  public static PopulationBuilder from(Collection<? extends MarketEntity> entities) {
    return new PopulationBuilder(null, Objects.requireNonNull(entities, "entities"));
  }

  /** Restricts the population to the entities the filter selects (定向). */
  public PopulationBuilder filter(PopulationFilter filter) {
    this.filter = Objects.requireNonNull(filter, "filter");
    return this;
  }

  /** The rules that exclude entities, with reasons. */
  public PopulationBuilder eligibility(Eligibility eligibility) {
    this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
    return this;
  }

  /**
   * Stratifies by {@code stratifier}; {@code name} describes it in the manifest, for example
   * {@code "food-risk-class"} or {@code "prefecture"}.
   */
  public PopulationBuilder stratifier(String name,
      Function<? super MarketEntity, String> stratifier) {
    this.stratifierName = Codec.text("stratifier name", name);
    this.stratifier = Objects.requireNonNull(stratifier, "stratifier");
    return this;
  }

  /**
   * Stratifies by the credit-risk class in {@code domain} as of {@code date} (the manifest's date)
   * from {@code history}, entities without a class then labelled {@value
   * EntityCandidates#UNRATED}; the recorded name {@code DOMAIN-risk-class@ASOF} names the as-of
   * date of the classification push used ({@link RiskClassificationHistory#stratifierName}).
   *
   * @throws IllegalArgumentException if no push of {@code domain} is in effect on {@code date}
   */
  public PopulationBuilder stratifier(RiskClassificationHistory history, String domain,
      LocalDate date) {
    Objects.requireNonNull(history, "history");
    return stratifier(history.stratifierName(domain, date),
        history.stratifier(domain, date, EntityCandidates.UNRATED));
  }

  /**
   * Gives every eligible candidate a risk score, for weighted designs; {@code name} describes
   * the scorer in the manifest. An eligible entity without a score makes {@link #build()} fail.
   */
  public PopulationBuilder scorer(String name,
      Function<? super MarketEntity, Optional<BigDecimal>> scorer) {
    this.scorerName = Codec.text("scorer name", name);
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    return this;
  }

  /**
   * The population: every entity in the filter either a candidate or an exclusion with the reason
   * of the first rule that excludes it.
   *
   * @throws IllegalArgumentException if two entities have the same id, or a scorer gives no score
   *     for an eligible entity (the message names it)
   */
  public Population build() {
    List<MarketEntity> scope = directory != null ? filter.select(directory)
        : filter.select(entities);
    List<Candidate> candidates = new ArrayList<>(scope.size());
    List<Exclusion> exclusions = new ArrayList<>();
    for (MarketEntity e : scope) {
      Optional<String> reason = eligibility.reasonFor(e);
      if (reason.isPresent()) {
        exclusions.add(new Exclusion(e.id().value(), reason.get()));
      } else if (scorer != null) {
        candidates.add(EntityCandidates.candidate(e, stratifier, scorer));
      } else {
        candidates.add(EntityCandidates.candidate(e, stratifier));
      }
    }
    return Population.of(candidates, exclusions, definition());
  }

  /** The definition lines of the population this builder builds. */
  PopulationDefinition definition() {
    List<String> lines = new ArrayList<>();
    lines.add(PopulationDefinition.HEADER);
    lines.addAll(filter.canonicalLines());
    lines.add("population.stratifier=" + stratifierName);
    if (scorer != null) {
      lines.add("population.scorer=" + scorerName);
    }
    lines.addAll(eligibility.canonicalLines());
    return PopulationDefinition.of(lines);
  }
}
