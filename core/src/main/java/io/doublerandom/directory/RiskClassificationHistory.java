package io.doublerandom.directory;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.spi.RiskClassificationFeed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every entity's credit-risk classification history, kept from the full pushes of the
 * classification feed ({@link RiskClassificationFeed}, the notice 二(五)): per domain, the pushes
 * by as-of date. The class of an entity in a domain <em>as of</em> a date is its class in the
 * latest push of that domain whose as-of date is on or before the date; an entity that push does
 * not name is unclassified then.
 *
 * <p>A draw uses the classification as of its manifest date and records which push that was:
 * {@link #stratifierName(String, LocalDate)} names the push's as-of date, and {@code
 * PopulationBuilder.stratifier(history, domain, date)} writes it into the population definition
 * ({@code population.stratifier=general-risk-class@2025-02-28}). {@link #asOf(MarketEntity,
 * LocalDate)} rebuilds an entity with the ratings of that date, for filters that read ratings.
 *
 * <pre>{@code
 * RiskClassificationHistory history = RiskClassificationHistory.empty().pull(feed);
 * history.ratingAsOf(id, RiskRating.GENERAL, LocalDate.of(2025, 3, 10));  // the class then
 * }</pre>
 *
 * <p>Immutable: {@link #with} and {@link #pull} return a new history. A push identical to one
 * already held is ignored; a different push for the same domain and as-of date is an error.
 */
public final class RiskClassificationHistory {
  private static final RiskClassificationHistory EMPTY =
      new RiskClassificationHistory(new TreeMap<>());
  private static final Comparator<RiskClassificationPush> PUSH_ORDER = Comparator
      .comparing(RiskClassificationPush::asOf).thenComparing(RiskClassificationPush::domain);

  /** One point of an entity's history: from {@code asOf}, class {@code riskClass} (or none). */
  public record Change(LocalDate asOf, Optional<String> riskClass) {
    /** Validates the fields. */
    public Change {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(riskClass, "riskClass");
    }
  }

  private final TreeMap<String, TreeMap<LocalDate, RiskClassificationPush>> byDomain;

  private RiskClassificationHistory(TreeMap<String, TreeMap<LocalDate, RiskClassificationPush>> m) {
    this.byDomain = m;
  }

  /** A history with no push. */
  public static RiskClassificationHistory empty() {
    return EMPTY;
  }

  /**
   * This history with {@code push}.
   *
   * @throws IllegalArgumentException if a different push for the same domain and as-of date is
   *     held (the message names both sources)
   */
  public RiskClassificationHistory with(RiskClassificationPush push) {
    return withAll(List.of(Objects.requireNonNull(push, "push")));
  }

  /**
   * This history with every push of {@code pushes}.
   *
   * @throws IllegalArgumentException listing every push that differs from one held for the same
   *     domain and as-of date
   */
  public RiskClassificationHistory withAll(Collection<RiskClassificationPush> pushes) {
    TreeMap<String, TreeMap<LocalDate, RiskClassificationPush>> copy = new TreeMap<>();
    byDomain.forEach((d, m) -> copy.put(d, new TreeMap<>(m)));
    List<String> problems = new ArrayList<>();
    boolean changed = false;
    for (RiskClassificationPush p : pushes) {
      TreeMap<LocalDate, RiskClassificationPush> m =
          copy.computeIfAbsent(p.domain(), k -> new TreeMap<>());
      RiskClassificationPush held = m.get(p.asOf());
      if (held == null) {
        m.put(p.asOf(), p);
        changed = true;
      } else if (!held.equals(p)) {
        problems.add("push " + p.key() + " from '" + p.source() + "' differs from the push "
            + held.key() + " already held from '" + held.source() + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return changed ? new RiskClassificationHistory(copy) : this;
  }

  /** This history with every push {@code feed} has ({@link LocalDate#MIN} onwards). */
  public RiskClassificationHistory pull(RiskClassificationFeed feed) {
    return withAll(Objects.requireNonNull(feed, "feed").pushesAfter(LocalDate.MIN));
  }

  /** The domains with at least one push, in order. */
  public SortedSet<String> domains() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byDomain.keySet()));
  }

  /** Every push held, by as-of date then domain. */
  public List<RiskClassificationPush> pushes() {
    List<RiskClassificationPush> all = new ArrayList<>();
    byDomain.values().forEach(m -> all.addAll(m.values()));
    all.sort(PUSH_ORDER);
    return List.copyOf(all);
  }

  /** The push of {@code domain} in effect on {@code date}: the latest with as-of on or before. */
  public Optional<RiskClassificationPush> pushAsOf(String domain, LocalDate date) {
    Objects.requireNonNull(date, "date");
    TreeMap<LocalDate, RiskClassificationPush> m = byDomain.get(Objects.requireNonNull(domain,
        "domain"));
    return m == null ? Optional.empty() : Optional.ofNullable(m.floorEntry(date))
        .map(Map.Entry::getValue);
  }

  /** The as-of date of the push of {@code domain} in effect on {@code date}. */
  public Optional<LocalDate> asOfDate(String domain, LocalDate date) {
    return pushAsOf(domain, date).map(RiskClassificationPush::asOf);
  }

  /**
   * The rating of {@code id} in {@code domain} on {@code date}; its {@code assignedOn} is the
   * as-of date of the first push of the unbroken run of pushes that gave it this class.
   */
  public Optional<RiskRating> ratingAsOf(EntityId id, String domain, LocalDate date) {
    Objects.requireNonNull(id, "id");
    Optional<RiskClassificationPush> p = pushAsOf(domain, date);
    if (p.isEmpty() || !p.get().classes().containsKey(id)) {
      return Optional.empty();
    }
    String cls = p.get().classes().get(id);
    NavigableMap<LocalDate, RiskClassificationPush> earlier =
        byDomain.get(domain).headMap(p.get().asOf(), true).descendingMap();
    LocalDate since = p.get().asOf();
    for (RiskClassificationPush q : earlier.values()) {
      if (!cls.equals(q.classes().get(id))) {
        break;
      }
      since = q.asOf();
    }
    return Optional.of(new RiskRating(domain, cls, since));
  }

  /**
   * The history of {@code id} in {@code domain}: the first push's value and every change after
   * it (a new class, or no class when a push omits the entity), by as-of date.
   */
  public List<Change> history(EntityId id, String domain) {
    Objects.requireNonNull(id, "id");
    TreeMap<LocalDate, RiskClassificationPush> m = byDomain.get(Objects.requireNonNull(domain,
        "domain"));
    if (m == null) {
      return List.of();
    }
    List<Change> out = new ArrayList<>();
    Optional<String> previous = null;
    for (RiskClassificationPush p : m.values()) {
      Optional<String> cls = Optional.ofNullable(p.classes().get(id));
      if (!cls.equals(previous)) {
        out.add(new Change(p.asOf(), cls));
        previous = cls;
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@code entity} with the ratings of {@code date}: for every domain of this history, the rating
   * as of the date (or none); ratings of other domains are kept as they are.
   */
  public MarketEntity asOf(MarketEntity entity, LocalDate date) {
    Objects.requireNonNull(entity, "entity");
    List<RiskRating> ratings = new ArrayList<>();
    for (RiskRating r : entity.riskRatings()) {
      if (!byDomain.containsKey(r.domain())) {
        ratings.add(r);
      }
    }
    for (String domain : byDomain.keySet()) {
      ratingAsOf(entity.id(), domain, date).ifPresent(ratings::add);
    }
    return MarketEntity.builder().from(entity).riskRatings(ratings).build();
  }

  /**
   * The stratifier labelling an entity with its class in {@code domain} as of {@code date}, or
   * {@code unrated} when it has none then.
   *
   * @throws IllegalArgumentException if no push of {@code domain} is in effect on {@code date}
   */
  public Function<MarketEntity, String> stratifier(String domain, LocalDate date,
      String unrated) {
    RiskClassificationPush p = required(domain, date);
    Objects.requireNonNull(unrated, "unrated");
    return e -> {
      String cls = p.classes().get(e.id());
      return cls != null ? cls : unrated;
    };
  }

  /**
   * The recorded name of {@link #stratifier}: {@code DOMAIN-risk-class@ASOF}, where {@code ASOF}
   * is the as-of date of the push in effect on {@code date}, for example {@code
   * general-risk-class@2025-02-28}.
   *
   * @throws IllegalArgumentException if no push of {@code domain} is in effect on {@code date}
   */
  public String stratifierName(String domain, LocalDate date) {
    return domain + "-risk-class@" + required(domain, date).asOf();
  }

  private RiskClassificationPush required(String domain, LocalDate date) {
    return pushAsOf(domain, date).orElseThrow(() -> new IllegalArgumentException(
        "no " + domain + " risk classification is in effect on " + date + ": the history's "
            + domain + " pushes are " + Optional.ofNullable(byDomain.get(domain))
            .map(m -> m.keySet().toString()).orElse("none")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskClassificationHistory h && byDomain.equals(h.byDomain);
  }

  @Override
  public int hashCode() {
    return byDomain.hashCode();
  }

  @Override
  public String toString() {
    List<String> keys = new ArrayList<>();
    pushes().forEach(p -> keys.add(p.key()));
    return "RiskClassificationHistory" + keys;
  }
}
