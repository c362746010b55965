package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.MarketEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The population of a directed draw (定向抽查): the entities of the directory that match an
 * {@link EntityQuery} (kind, size, industry, region, tags, status, risk class, abnormal flag, an
 * applicability rule) <em>and</em> to which every listed inspection item applies ({@link
 * InspectionItem#appliesTo()}). With no condition and no item it selects every entity.
 *
 * <p>An entity outside the filter is not part of the population at all; it is not an exclusion
 * and is not counted. Eligibility (not operating, already inspected, …) is decided afterwards by
 * {@link Eligibility}, which counts its exclusions; so leave registration status out of the query
 * unless the task is about entities of a given status.
 *
 * <p>{@link #canonicalLines()} is the filter's canonical description, written into the manifest
 * (docs/draw-spec.md, "Population definition").
 */
public final class PopulationFilter {
  private static final PopulationFilter ALL = new PopulationFilter(EntityQuery.all(), List.of());
  private static final Comparator<InspectionItem> BY_CODE =
      Comparator.comparing(InspectionItem::code, Codec.UTF8_ORDER);

  private final EntityQuery query;
  private final List<InspectionItem> items;

  private PopulationFilter(EntityQuery query, List<InspectionItem> items) {
    this.query = query;
    this.items = items;
  }

  /** The filter that selects every entity of the directory. */
  public static PopulationFilter all() {
    return ALL;
  }

  /** The entities matching {@code query}. */
  public static PopulationFilter of(EntityQuery query) {
    return new PopulationFilter(Objects.requireNonNull(query, "query"), List.of());
  }

  /** The entities every one of {@code items} applies to. */
  public static PopulationFilter applicableTo(InspectionItem... items) {
    return ALL.withItems(List.of(items));
  }

  /**
   * This filter further restricted to the entities every one of {@code more} applies to.
   *
   * @throws IllegalArgumentException if an item code appears twice or is not a valid text field
   */
  public PopulationFilter withItems(Collection<InspectionItem> more) {
    List<InspectionItem> all = new ArrayList<>(items);
    for (InspectionItem item : more) {
      Objects.requireNonNull(item, "item");
      Codec.text("item code", item.code());
      all.add(item);
    }
    all.sort(BY_CODE);
    for (int i = 1; i < all.size(); i++) {
      checkArgument(!all.get(i).code().equals(all.get(i - 1).code()),
          "item %s appears more than once in the filter", all.get(i).code());
    }
    return new PopulationFilter(query, List.copyOf(all));
  }

  /** This filter with {@code query} in place of its query. */
  public PopulationFilter withQuery(EntityQuery query) {
    return new PopulationFilter(Objects.requireNonNull(query, "query"), items);
  }

  /** The query. */
  public EntityQuery query() {
    return query;
  }

  /** The items that must all apply, sorted by code (UTF-8 bytes). */
  public List<InspectionItem> items() {
    return items;
  }

  /** Whether {@code entity} is in the filtered population; the definition {@link #select} follows. */
  public boolean matches(MarketEntity entity) {
    if (!query.matches(entity)) {
      return false;
    }
    for (InspectionItem item : items) {
      if (!item.appliesTo().matches(entity)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The entities of the directory in the filtered population, in the directory's id order. The
   * query (and, when the query has no applicability rule of its own, the first item's rule) is
   * answered from the directory's indexes; further items are checked entity by entity.
   */
  public List<MarketEntity> select(EntityDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    if (items.isEmpty()) {
      return directory.query(query);
    }
    List<MarketEntity> base;
    int checkedFrom;
    if (query.rule().isEmpty()) {
      base = directory.query(EntityQuery.builder().from(query)
          .rule(items.get(0).appliesTo()).build());
      checkedFrom = 1;
    } else {
      base = directory.query(query);
      checkedFrom = 0;
    }
    if (checkedFrom == items.size()) {
      return base;
    }
    List<MarketEntity> out = new ArrayList<>();
    for (MarketEntity e : base) {
      boolean all = true;
      for (int i = checkedFrom; i < items.size() && all; i++) {
        all = items.get(i).appliesTo().matches(e);
      }
      if (all) {
        out.add(e);
      }
    }
    return out;
  }

  /** The entities of {@code entities} in the filtered population, in the order given. */
  public List<MarketEntity> select(Collection<? extends MarketEntity> entities) {
    List<MarketEntity> out = new ArrayList<>();
    for (MarketEntity e : entities) {
      if (matches(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The canonical description: one {@code population.filter.*} line per condition value, in the
   * order of docs/draw-spec.md ("Population definition"); empty for {@link #all()}.
   */
  public List<String> canonicalLines() {
    List<String> out = new ArrayList<>();
    String p = "population.filter.";
    values(out, p + "region", query.regions().stream().map(Object::toString).toList());
    values(out, p + "kind", query.kinds().stream().map(PopulationFilter::token).toList());
    values(out, p + "industry", query.industries().stream().map(Object::toString).toList());
    values(out, p + "all-tags", List.copyOf(query.allTags()));
    values(out, p + "any-tags", List.copyOf(query.anyTags()));
    values(out, p + "status", query.statuses().stream().map(PopulationFilter::token).toList());
    if (!query.riskClasses().isEmpty()) {
      out.add(line(p + "risk-domain", query.riskDomain()));
      values(out, p + "risk-class", List.copyOf(query.riskClasses()));
    }
    query.abnormalList().ifPresent(b -> out.add(line(p + "abnormal-list", b.toString())));
    values(out, p + "size", query.sizes().stream().map(PopulationFilter::token).toList());
    query.rule().ifPresent(r -> ruleLines(out, p + "rule.", r));
    for (InspectionItem item : items) {
      out.add(line(p + "item", item.code()));
      ruleLines(out, p + "item.", item.appliesTo());
    }
    return List.copyOf(out);
  }

  private static void ruleLines(List<String> out, String prefix, ApplicabilityRule rule) {
    values(out, prefix + "kind", rule.kinds().stream().map(PopulationFilter::token).toList());
    values(out, prefix + "industry", rule.industries().stream().map(Object::toString).toList());
    values(out, prefix + "all-tags", List.copyOf(rule.allTags()));
    values(out, prefix + "any-tags", List.copyOf(rule.anyTags()));
  }

  /** One line per value, values in UTF-8 byte order. */
  private static void values(List<String> out, String name, List<String> values) {
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(Codec.UTF8_ORDER);
    for (String v : sorted) {
      out.add(line(name, v));
    }
  }

  private static String line(String name, String value) {
    return PopulationDefinition.checkLine(name + "=" + value);
  }

  /** The token of an enum constant: its name in lower case, '_' replaced by '-'. */
  static String token(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PopulationFilter f && query.equals(f.query) && items.equals(f.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, items);
  }

  @Override
  public String toString() {
    return "PopulationFilter" + canonicalLines();
  }
}
