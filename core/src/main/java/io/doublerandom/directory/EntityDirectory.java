package io.doublerandom.directory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The entity directory (检查对象名录库): an immutable, indexed set of market entities, sized for
 * a provincial directory of a few million entities on an ordinary heap.
 *
 * <p>Entities are kept in ascending {@link EntityId} order; every list this class returns is in
 * that order. Queries ({@link #query}, {@link #count}, {@link #applicableTo}) are answered from
 * indexes without evaluating a predicate on every entity: each entity has an ordinal (its
 * position in id order), each value of kind, status, size, abnormal flag, tag, region, industry
 * and risk class (per domain) has the set of ordinals carrying it (a bitset when dense, a sorted
 * {@code int[]} when sparse), and a query intersects the unions of those sets. The answers equal
 * those of {@link EntityQuery#matches} applied to every entity.
 *
 * <p>While building, repeated values (registration authorities, tags, region and industry codes,
 * risk ratings, dates) are replaced by one shared instance each, so a directory read from a file
 * or a database does not hold millions of copies of the same strings.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class EntityDirectory {
  /**
   * The key under which {@link #countByRiskClass(String)} counts the entities that have no
   * rating in the domain.
   */
  public static final String NO_RATING = "-";

  private static final int MAX_LISTED_DUPLICATES = 20;
  /** Relative cost of probing one ordinal against one set, versus setting one bit of a union. */
  private static final long PROBE_COST = 16;

  private static final Comparator<MarketEntity> BY_ID = (a, b) -> a.id().compareTo(b.id());

  private final ImmutableList<MarketEntity> entities;
  private final OrdinalSet[] byKind;
  private final OrdinalSet[] byStatus;
  private final OrdinalSet[] bySize;
  private final OrdinalSet abnormal;
  private final OrdinalSet notAbnormal;
  private final KeyIndex<String> byTag;
  private final KeyIndex<RegionCode> byRegion;
  private final KeyIndex<IndustryCode> byIndustry;
  private final ImmutableSortedMap<String, KeyIndex<String>> byRisk;

  /**
   * Indexes {@code input}; {@code sorted} is the same entities in id order and {@code rank[i]}
   * the position of {@code input[i]} in it. The indexes are filled in input order, which is the
   * order the entities lie in memory, and each posting list sorted afterwards.
   */
  private EntityDirectory(MarketEntity[] input, MarketEntity[] sorted, int[] rank) {
    int n = sorted.length;
    this.entities = ImmutableList.copyOf(sorted);
    Postings.IntBuffer[] kinds = buffers(EntityKind.values().length);
    Postings.IntBuffer[] statuses = buffers(RegistrationStatus.values().length);
    Postings.IntBuffer[] sizes = buffers(EntitySize.values().length);
    Postings.IntBuffer[] flags = buffers(2);
    Postings<String> tags = new Postings<>();
    Postings<RegionCode> regions = new Postings<>();
    Postings<IndustryCode> industries = new Postings<>();
    Map<String, Postings<String>> risks = new HashMap<>();
    for (int k = 0; k < n; k++) {
      MarketEntity e = input[k];
      int i = rank[k];
      kinds[e.kind().ordinal()].add(i);
      statuses[e.status().ordinal()].add(i);
      Optional<EntitySize> size = e.size();
      if (size.isPresent()) {
        sizes[size.get().ordinal()].add(i);
      }
      flags[e.abnormalList() ? 1 : 0].add(i);
      for (String t : e.tags()) {
        tags.add(t, i);
      }
      regions.add(e.region(), i);
      Optional<IndustryCode> industry = e.industry();
      if (industry.isPresent()) {
        industries.add(industry.get(), i);
      }
      for (RiskRating r : e.riskRatings()) {
        risks.computeIfAbsent(r.domain(), d -> new Postings<>()).add(r.riskClass(), i);
      }
    }
    this.byKind = freeze(kinds, n);
    this.byStatus = freeze(statuses, n);
    this.bySize = freeze(sizes, n);
    this.notAbnormal = flags[0].freeze(n);
    this.abnormal = flags[1].freeze(n);
    this.byTag = tags.freeze(n);
    this.byRegion = regions.freeze(n);
    this.byIndustry = industries.freeze(n);
    ImmutableSortedMap.Builder<String, KeyIndex<String>> risk = ImmutableSortedMap.naturalOrder();
    risks.forEach((domain, postings) -> risk.put(domain, postings.freeze(n)));
    this.byRisk = risk.build();
  }

  private static Postings.IntBuffer[] buffers(int count) {
    Postings.IntBuffer[] out = new Postings.IntBuffer[count];
    for (int i = 0; i < count; i++) {
      out[i] = new Postings.IntBuffer();
    }
    return out;
  }

  private static OrdinalSet[] freeze(Postings.IntBuffer[] buffers, int universe) {
    OrdinalSet[] out = new OrdinalSet[buffers.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = buffers[i].freeze(universe);
      buffers[i] = null;
    }
    return out;
  }

  /**
   * Builds a directory of {@code entities}.
   *
   * @throws IllegalArgumentException if an id occurs more than once; the message gives the number
   *     of repeated ids and lists up to 20 of them in id order
   * @throws NullPointerException if the collection or an element is null
   */
  public static EntityDirectory of(Collection<MarketEntity> entities) {
    checkNotNull(entities, "entities");
    MarketEntity[] input = entities.toArray(new MarketEntity[0]);
    for (int i = 0; i < input.length; i++) {
      checkNotNull(input[i], "entity at position %s of the collection is null", i);
    }
    IdOrder.Result sortedIds = IdOrder.of(input, e -> e.id().value(), BY_ID);
    int[] order = sortedIds.order();
    List<String> duplicates = new ArrayList<>();
    int previousTie = -2;
    for (int k : sortedIds.ties()) {
      if (k != previousTie + 1) {
        duplicates.add(input[order[k]].id().value());
      }
      previousTie = k;
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException(duplicateMessage("entity id", duplicates));
    }
    Canonicaliser canonicaliser = new Canonicaliser();
    for (int i = 0; i < input.length; i++) {
      input[i] = canonicaliser.canonicalise(input[i]);
    }
    MarketEntity[] sorted = new MarketEntity[input.length];
    int[] rank = new int[input.length];
    for (int k = 0; k < order.length; k++) {
      sorted[k] = input[order[k]];
      rank[order[k]] = k;
    }
    return new EntityDirectory(input, sorted, rank);
  }

  /** The message for repeated identifiers: their number and up to 20 of them. */
  static String duplicateMessage(String field, List<String> duplicates) {
    StringBuilder m = new StringBuilder()
        .append(field).append(" must be unique, got ").append(duplicates.size())
        .append(duplicates.size() == 1 ? " repeated id: " : " repeated ids: ");
    int listed = Math.min(duplicates.size(), MAX_LISTED_DUPLICATES);
    m.append(String.join(", ", duplicates.subList(0, listed)));
    if (duplicates.size() > listed) {
      m.append(" and ").append(duplicates.size() - listed).append(" more");
    }
    return m.toString();
  }

  /** Number of entities. */
  public int size() {
    return entities.size();
  }

  /** The entity with this id. */
  public Optional<MarketEntity> get(EntityId id) {
    checkNotNull(id, "id");
    int lo = 0;
    int hi = entities.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = entities.get(mid).id().compareTo(id);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return Optional.of(entities.get(mid));
      }
    }
    return Optional.empty();
  }

  /** Every entity, in ascending id order. */
  public List<MarketEntity> all() {
    return entities;
  }

  /** The entities matching {@code query}, in ascending id order. */
  public List<MarketEntity> query(EntityQuery query) {
    BitSet selected = select(checkNotNull(query, "query"));
    if (selected == null) {
      return entities;
    }
    ImmutableList.Builder<MarketEntity> out = ImmutableList.builderWithExpectedSize(
        selected.cardinality());
    for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
      out.add(entities.get(i));
    }
    return out.build();
  }

  /** The number of entities matching {@code query}. */
  public int count(EntityQuery query) {
    BitSet selected = select(checkNotNull(query, "query"));
    return selected == null ? entities.size() : selected.cardinality();
  }

  /** The entities the item applies to ({@link InspectionItem#appliesTo()}), in id order. */
  public List<MarketEntity> applicableTo(InspectionItem item) {
    return applicableTo(checkNotNull(item, "item").appliesTo());
  }

  /** The entities the rule applies to, in ascending id order. */
  public List<MarketEntity> applicableTo(ApplicabilityRule rule) {
    return query(EntityQuery.of(checkNotNull(rule, "rule")));
  }

  // ---------------------------------------------------------------- summaries

  /**
   * Number of entities per prefecture, ascending by code. An entity registered at province level
   * (a region without a prefecture) is counted under its province's code.
   */
  public SortedMap<RegionCode, Integer> countByPrefecture() {
    TreeMap<RegionCode, Integer> counts = new TreeMap<>();
    for (int i = 0; i < byRegion.size(); i++) {
      RegionCode r = byRegion.key(i);
      counts.merge(r.prefecture().orElse(r), byRegion.set(i).cardinality(), Integer::sum);
    }
    return ImmutableSortedMap.copyOfSorted(counts);
  }

  /** Number of entities per region as registered, ascending by code; regions with none absent. */
  public SortedMap<RegionCode, Integer> countByRegion() {
    return counts(byRegion);
  }

  /** Number of entities per kind, in enum order, every kind present (zero when none). */
  public Map<EntityKind, Integer> countByKind() {
    return enumCounts(EntityKind.class, byKind);
  }

  /** Number of entities per registration status, in enum order, every status present. */
  public Map<RegistrationStatus, Integer> countByStatus() {
    return enumCounts(RegistrationStatus.class, byStatus);
  }

  /**
   * Number of entities per risk class in {@code domain}, ascending by class code; entities
   * without a rating in that domain are counted under {@link #NO_RATING} ({@code "-"}, which
   * sorts before letters). Classes no entity has, and {@code "-"} when every entity is rated,
   * are absent.
   */
  public SortedMap<String, Integer> countByRiskClass(String domain) {
    checkNotNull(domain, "domain");
    KeyIndex<String> index = byRisk.get(domain);
    TreeMap<String, Integer> counts = new TreeMap<>();
    int rated = 0;
    if (index != null) {
      for (int i = 0; i < index.size(); i++) {
        counts.put(index.key(i), index.set(i).cardinality());
        rated += index.set(i).cardinality();
      }
    }
    if (rated < entities.size()) {
      counts.merge(NO_RATING, entities.size() - rated, Integer::sum);
    }
    return ImmutableSortedMap.copyOfSorted(counts);
  }

  /** Number of entities per tag, ascending by tag; an entity counts once for each of its tags. */
  public SortedMap<String, Integer> countByTag() {
    return counts(byTag);
  }

  /** The risk domains in which at least one entity has a rating, ascending. */
  public SortedSet<String> riskDomains() {
    return byRisk.keySet();
  }

  private static <K extends Comparable<? super K>> SortedMap<K, Integer> counts(
      KeyIndex<K> index) {
    ImmutableSortedMap.Builder<K, Integer> out = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < index.size(); i++) {
      out.put(index.key(i), index.set(i).cardinality());
    }
    return out.build();
  }

  private static <E extends Enum<E>> Map<E, Integer> enumCounts(Class<E> type,
      OrdinalSet[] sets) {
    EnumMap<E, Integer> out = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      out.put(e, sets[e.ordinal()].cardinality());
    }
    return Maps.immutableEnumMap(out);
  }

  @Override
  public String toString() {
    return "EntityDirectory[" + entities.size() + " entities]";
  }

  // ---------------------------------------------------------------- query evaluation

  /** One ANDed condition: an entity satisfies it if it is in at least one of the parts. */
  private static final class Condition {
    final List<OrdinalSet> parts;
    final long estimate;

    Condition(List<OrdinalSet> parts) {
      this.parts = parts;
      long sum = 0;
      for (OrdinalSet p : parts) {
        sum += p.cardinality();
      }
      this.estimate = sum;
    }

    boolean containsAny(int ordinal) {
      for (OrdinalSet p : parts) {
        if (p.contains(ordinal)) {
          return true;
        }
      }
      return false;
    }

    BitSet union(int universe) {
      BitSet out = new BitSet(universe);
      for (OrdinalSet p : parts) {
        p.orInto(out);
      }
      return out;
    }
  }

  /** The selected ordinals, or null when the query has no condition (everything). */
  private BitSet select(EntityQuery q) {
    List<Condition> conditions = new ArrayList<>();
    if (!q.regions().isEmpty()) {
      conditions.add(regionCondition(q.regions()));
    }
    if (!q.kinds().isEmpty()) {
      conditions.add(enumCondition(byKind, q.kinds()));
    }
    if (!q.industries().isEmpty()) {
      conditions.add(industryCondition(q.industries()));
    }
    for (String tag : q.allTags()) {
      conditions.add(new Condition(List.of(byTag.get(tag))));
    }
    if (!q.anyTags().isEmpty()) {
      conditions.add(tagUnion(q.anyTags()));
    }
    if (!q.statuses().isEmpty()) {
      conditions.add(enumCondition(byStatus, q.statuses()));
    }
    if (!q.riskClasses().isEmpty()) {
      KeyIndex<String> index = byRisk.get(q.riskDomain());
      List<OrdinalSet> parts = new ArrayList<>();
      if (index != null) {
        for (String cls : q.riskClasses()) {
          parts.add(index.get(cls));
        }
      }
      conditions.add(new Condition(parts));
    }
    if (q.abnormalList().isPresent()) {
      conditions.add(new Condition(List.of(q.abnormalList().get() ? abnormal : notAbnormal)));
    }
    if (!q.sizes().isEmpty()) {
      conditions.add(enumCondition(bySize, q.sizes()));
    }
    if (q.rule().isPresent()) {
      ApplicabilityRule rule = q.rule().get();
      if (!rule.kinds().isEmpty()) {
        conditions.add(enumCondition(byKind, rule.kinds()));
      }
      if (!rule.industries().isEmpty()) {
        conditions.add(industryCondition(rule.industries()));
      }
      for (String tag : rule.allTags()) {
        conditions.add(new Condition(List.of(byTag.get(tag))));
      }
      if (!rule.anyTags().isEmpty()) {
        conditions.add(tagUnion(rule.anyTags()));
      }
    }
    if (conditions.isEmpty()) {
      return null;
    }
    return intersect(conditions);
  }

  /**
   * Intersects the conditions, most selective first. Once the running result is small, a
   * further condition is applied by probing each remaining ordinal instead of building the
   * condition's union.
   */
  private BitSet intersect(List<Condition> conditions) {
    int n = entities.size();
    conditions.sort(Comparator.comparingLong(c -> c.estimate));
    BitSet result = conditions.get(0).union(n);
    for (int k = 1; k < conditions.size() && !result.isEmpty(); k++) {
      Condition c = conditions.get(k);
      long remaining = result.cardinality();
      if (remaining * c.parts.size() * PROBE_COST < c.estimate) {
        for (int i = result.nextSetBit(0); i >= 0; i = result.nextSetBit(i + 1)) {
          if (!c.containsAny(i)) {
            result.clear(i);
          }
        }
      } else {
        result.and(c.union(n));
      }
    }
    return result;
  }

  private static <E extends Enum<E>> Condition enumCondition(OrdinalSet[] sets,
      Collection<E> values) {
    List<OrdinalSet> parts = new ArrayList<>(values.size());
    for (E v : values) {
      parts.add(sets[v.ordinal()]);
    }
    return new Condition(parts);
  }

  private Condition tagUnion(Collection<String> tags) {
    List<OrdinalSet> parts = new ArrayList<>(tags.size());
    for (String t : tags) {
      parts.add(byTag.get(t));
    }
    return new Condition(parts);
  }

  /** The regions of the directory contained in any of {@code wanted}. */
  private Condition regionCondition(Collection<RegionCode> wanted) {
    List<OrdinalSet> parts = new ArrayList<>();
    for (int i = 0; i < byRegion.size(); i++) {
      RegionCode r = byRegion.key(i);
      for (RegionCode w : wanted) {
        if (w.contains(r)) {
          parts.add(byRegion.set(i));
          break;
        }
      }
    }
    return new Condition(parts);
  }

  /**
   * The industries of the directory within any of {@code wanted}: the codes starting with a
   * wanted code form a contiguous run of the sorted keys, found by binary search.
   */
  private Condition industryCondition(Collection<IndustryCode> wanted) {
    boolean[] picked = new boolean[byIndustry.size()];
    for (IndustryCode w : wanted) {
      for (int i = byIndustry.lowerBound(w);
          i < byIndustry.size() && w.contains(byIndustry.key(i)); i++) {
        picked[i] = true;
      }
    }
    List<OrdinalSet> parts = new ArrayList<>();
    for (int i = 0; i < picked.length; i++) {
      if (picked[i]) {
        parts.add(byIndustry.set(i));
      }
    }
    return new Condition(parts);
  }
}
