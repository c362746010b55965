package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.RiskScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which entities of a (directed) population are eligible for a draw, and why the others are not.
 * The rules are applied in a fixed order, whatever the order in which they were configured; the
 * first rule that excludes an entity gives its reason code (docs/draw-spec.md, "Eligibility"):
 *
 * <ol>
 *   <li>not operating, one code per registration status: {@value #DEREGISTERED} (注销), {@value
 *       #REVOKED} (吊销), {@value #CANCELLED} (撤销), {@value #MOVED_OUT} (迁出);
 *   <li>{@value #LOW_RISK_INSPECTED}: an entity of the lowest class of the risk scheme (class A by
 *       default) already inspected in the same year (the notice, 二(五));
 *   <li>{@value #DRAWN_FOR_ITEM}: already drawn this year for one of the task's items;
 *   <li>custom {@link EligibilityRule}s, in the order they were added;
 *   <li>{@value #EXPLICIT}: excluded by name, each with a recorded free-text reason.
 * </ol>
 *
 * <p>Instances are immutable. {@link #canonicalLines()} describes the rules and their parameters
 * (and every explicit exclusion with its text) for the manifest, so the reasons are committed
 * before the seed is known.
 */
public final class Eligibility {
  /** Reason code of a deregistered (注销) entity. */
  public static final String DEREGISTERED = "deregistered";
  /** Reason code of an entity whose licence was revoked (吊销). */
  public static final String REVOKED = "revoked";
  /** Reason code of an entity whose registration was cancelled (撤销). */
  public static final String CANCELLED = "cancelled";
  /** Reason code of an entity that moved out of the jurisdiction (迁出). */
  public static final String MOVED_OUT = "moved-out";
  /** Reason code of a low-risk entity already inspected in the same year. */
  public static final String LOW_RISK_INSPECTED = "low-risk-inspected-this-year";
  /** Reason code of an entity already drawn this year for one of the task's items. */
  public static final String DRAWN_FOR_ITEM = "drawn-for-item-this-year";
  /** Reason code of an entity excluded by name, with a recorded free-text reason. */
  public static final String EXPLICIT = "explicit";

  private static final Set<String> BUILT_IN;

  static {
    Set<String> codes = new HashSet<>(List.of(LOW_RISK_INSPECTED, DRAWN_FOR_ITEM, EXPLICIT));
    for (RegistrationStatus s : RegistrationStatus.values()) {
      codes.add(reason(s));
    }
    BUILT_IN = Set.copyOf(codes);
  }

  private static final Eligibility NONE = builder().build();
  private static final Eligibility NOT_OPERATING = builder().excludeNotOperating().build();

  private final List<EligibilityRule> rules;
  private final SortedMap<String, String> explicit;

  private Eligibility(List<EligibilityRule> rules, SortedMap<String, String> explicit) {
    this.rules = rules;
    this.explicit = explicit;
  }

  /** No rule: every entity of the population is eligible. */
  public static Eligibility none() {
    return NONE;
  }

  /** Only the not-operating rules: every entity that is not {@code OPERATING} is excluded. */
  public static Eligibility notOperating() {
    return NOT_OPERATING;
  }

  /** A new builder with no rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reason code of a registration status: the constant's name in lower case with '-' for
   * '_' ({@code deregistered}, {@code revoked}, {@code cancelled}, {@code moved-out}).
   */
  public static String reason(RegistrationStatus status) {
    return PopulationFilter.token(status);
  }

  /** The rules in the order they are applied (explicit exclusions last). */
  public List<EligibilityRule> rules() {
    return rules;
  }

  /** The explicit exclusions: entity id to free-text reason, ids in UTF-8 byte order. */
  public SortedMap<String, String> explicitExclusions() {
    return explicit;
  }

  /** The reason code of the first rule that excludes {@code entity}, or empty if it is eligible. */
  public Optional<String> reasonFor(MarketEntity entity) {
    Objects.requireNonNull(entity, "entity");
    for (EligibilityRule rule : rules) {
      if (rule.excludes(entity)) {
        return Optional.of(rule.reason());
      }
    }
    return Optional.empty();
  }

  /**
   * The canonical description for the population definition: per rule in application order
   * {@code population.eligibility=<reason>} and {@code population.eligibility.rule=<description>};
   * after the explicit rule, per excluded id in UTF-8 byte order, {@code
   * population.eligibility.explicit=<id>} and {@code population.eligibility.explicit.reason=<text>}.
   */
  public List<String> canonicalLines() {
    List<String> out = new ArrayList<>();
    for (EligibilityRule rule : rules) {
      out.add(PopulationDefinition.checkLine("population.eligibility=" + rule.reason()));
      out.add(PopulationDefinition.checkLine("population.eligibility.rule="
          + rule.description()));
      if (rule.reason().equals(EXPLICIT)) {
        explicit.forEach((id, text) -> {
          out.add(PopulationDefinition.checkLine("population.eligibility.explicit=" + id));
          out.add(PopulationDefinition.checkLine("population.eligibility.explicit.reason="
              + text));
        });
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Eligibility" + rules.stream().map(EligibilityRule::reason).toList();
  }

  /** Configures the rules; the order of calls does not matter (the application order is fixed). */
  public static final class Builder {
    private boolean notOperating;
    private EligibilityRule lowRisk;
    private EligibilityRule drawn;
    private final List<EligibilityRule> custom = new ArrayList<>();
    private final TreeMap<String, String> explicit = new TreeMap<>(Codec.UTF8_ORDER);

    private Builder() {}

    /** Excludes every entity whose registration status is not {@code OPERATING}. */
    public Builder excludeNotOperating() {
      notOperating = true;
      return this;
    }

    /**
     * Excludes entities of class A (the lowest of {@link RiskScheme#NATIONAL_FOUR}) in the
     * general credit-risk classification that {@code history} shows inspected in {@code year}.
     */
    public Builder excludeLowRiskInspected(InspectionHistory history, int year) {
      return excludeLowRiskInspected(history, year, RiskScheme.NATIONAL_FOUR, RiskRating.GENERAL);
    }

    /**
     * Excludes entities whose class in {@code domain} is the lowest of {@code scheme} and that
     * {@code history} shows inspected in {@code year}.
     */
    public Builder excludeLowRiskInspected(InspectionHistory history, int year, RiskScheme scheme,
        String domain) {
      Objects.requireNonNull(history, "history");
      return lowRisk(year, scheme, domain, e -> history.inYear(e.id(), year));
    }

    /**
     * Excludes entities of class A in the general classification whose ids are in {@code
     * inspectedInYear}, the entities inspected in {@code year}.
     */
    public Builder excludeLowRiskInspected(Collection<EntityId> inspectedInYear, int year) {
      return excludeLowRiskInspected(inspectedInYear, year, RiskScheme.NATIONAL_FOUR,
          RiskRating.GENERAL);
    }

    /**
     * Excludes entities whose class in {@code domain} is the lowest of {@code scheme} and whose
     * ids are in {@code inspectedInYear}, the entities inspected in {@code year}.
     */
    public Builder excludeLowRiskInspected(Collection<EntityId> inspectedInYear, int year,
        RiskScheme scheme, String domain) {
      Set<String> ids = ids(inspectedInYear);
      return lowRisk(year, scheme, domain, e -> ids.contains(e.id().value()));
    }

    private Builder lowRisk(int year, RiskScheme scheme, String domain,
        java.util.function.Predicate<MarketEntity> inspected) {
      checkState(lowRisk == null, "the low-risk rule is already configured");
      Objects.requireNonNull(scheme, "risk scheme");
      Codec.text("risk domain", domain);
      String lowest = scheme.lowest().code();
      lowRisk = EligibilityRule.of(LOW_RISK_INSPECTED, "class " + lowest + " (the lowest of risk"
          + " scheme " + scheme.name() + ") in risk domain " + domain + ", inspected in " + year,
          e -> e.riskClass(domain).map(lowest::equals).orElse(false) && inspected.test(e));
      return this;
    }

    /**
     * Excludes entities that {@code draws} shows drawn in {@code year} for at least one of
     * {@code items} (item codes).
     */
    public Builder excludeDrawnForItems(InspectionHistory draws, int year,
        Collection<String> items) {
      Objects.requireNonNull(draws, "draw history");
      Set<String> codes = codes(items);
      return drawn(year, codes, e -> draws.inYearForAny(e.id(), year, codes));
    }

    /**
     * Excludes entities whose ids are in {@code drawnInYear}, the entities drawn in {@code year}
     * for at least one of {@code items}.
     */
    public Builder excludeDrawnForItems(Collection<EntityId> drawnInYear, int year,
        Collection<String> items) {
      Set<String> ids = ids(drawnInYear);
      return drawn(year, codes(items), e -> ids.contains(e.id().value()));
    }

    private Builder drawn(int year, Set<String> codes,
        java.util.function.Predicate<MarketEntity> drawnBefore) {
      checkState(drawn == null, "the already-drawn rule is already configured");
      checkArgument(!codes.isEmpty(), "the already-drawn rule needs at least one item code");
      TreeSet<String> sorted = new TreeSet<>(Codec.UTF8_ORDER);
      sorted.addAll(codes);
      drawn = EligibilityRule.of(DRAWN_FOR_ITEM, "drawn in " + year + " for any of the items "
          + String.join(", ", sorted), drawnBefore);
      return this;
    }

    /**
     * Adds a custom rule, applied after the built-in rules and before the explicit exclusions,
     * in the order added.
     *
     * @throws IllegalArgumentException if its reason is a built-in code or the reason of a rule
     *     already added
     */
    public Builder rule(EligibilityRule rule) {
      Objects.requireNonNull(rule, "rule");
      String reason = Codec.token("eligibility rule reason", rule.reason());
      Codec.text("description of eligibility rule " + reason, rule.description());
      checkArgument(!BUILT_IN.contains(reason),
          "custom eligibility rule reason %s is a built-in reason code", reason);
      for (EligibilityRule r : custom) {
        checkArgument(!r.reason().equals(reason), "eligibility rule reason %s is used twice",
            reason);
      }
      custom.add(rule);
      return this;
    }

    /**
     * Excludes one entity by name, with a free-text reason recorded in the manifest.
     *
     * @throws IllegalArgumentException if the entity is already excluded by name or the reason
     *     is empty or contains control characters
     */
    public Builder exclude(EntityId entity, String reason) {
      Objects.requireNonNull(entity, "entity");
      String text = Codec.text("reason for excluding " + entity.value(),
          reason == null ? null : reason.strip());
      checkArgument(!explicit.containsKey(entity.value()), "entity %s is already excluded by name",
          entity.value());
      explicit.put(entity.value(), text);
      return this;
    }

    /** The eligibility with the rules configured, in the fixed order. */
    public Eligibility build() {
      List<EligibilityRule> rules = new ArrayList<>();
      if (notOperating) {
        for (RegistrationStatus s : RegistrationStatus.values()) {
          if (!s.isOperating()) {
            String token = reason(s);
            rules.add(EligibilityRule.of(token, "registration status " + token,
                e -> e.status() == s));
          }
        }
      }
      if (lowRisk != null) {
        rules.add(lowRisk);
      }
      if (drawn != null) {
        rules.add(drawn);
      }
      rules.addAll(custom);
      SortedMap<String, String> named = Collections.unmodifiableSortedMap(
          new TreeMap<>(explicit));
      if (!named.isEmpty()) {
        rules.add(EligibilityRule.of(EXPLICIT, "excluded by name, each with a recorded reason",
            e -> named.containsKey(e.id().value())));
      }
      return new Eligibility(List.copyOf(rules), named);
    }

    private static Set<String> ids(Collection<EntityId> ids) {
      Set<String> out = new HashSet<>();
      for (EntityId id : ids) {
        out.add(Objects.requireNonNull(id, "entity id").value());
      }
      return out;
    }

    private static Set<String> codes(Collection<String> items) {
      Set<String> out = new HashSet<>();
      for (String code : items) {
        out.add(Codec.text("item code", code));
      }
      return out;
    }
  }
}
