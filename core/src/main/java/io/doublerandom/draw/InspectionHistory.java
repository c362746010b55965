package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import com.google.common.collect.ImmutableListMultimap;
import io.doublerandom.model.EntityId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Past inspections or past draws of entities: for each, the entity, the date and the item codes.
 * The eligibility rules "low-risk entity already inspected this year" and "already drawn for the
 * same item this year" read it ({@link Eligibility.Builder}).
 */
public final class InspectionHistory {
  /**
   * One past inspection (or draw) of an entity.
   *
   * @param entity the entity
   * @param date the date of the inspection (or of the draw)
   * @param items the codes of the items inspected (or drawn for); may be empty when unknown
   */
  public record Entry(EntityId entity, LocalDate date, SortedSet<String> items) {
    /** Validates the fields and copies the item codes. */
    public Entry {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(date, "date of the inspection of " + entity.value());
      TreeSet<String> codes = new TreeSet<>(Codec.UTF8_ORDER);
      for (String code : items) {
        codes.add(Codec.text("item code in the history of " + entity.value(), code));
      }
      items = java.util.Collections.unmodifiableSortedSet(codes);
    }

    /** An entry with the given item codes. */
    public static Entry of(EntityId entity, LocalDate date, String... items) {
      return new Entry(entity, date, new TreeSet<>(List.of(items)));
    }
  }

  private static final InspectionHistory EMPTY = new InspectionHistory(List.of());

  private final List<Entry> entries;
  private final ImmutableListMultimap<String, Entry> byEntity;

  private InspectionHistory(List<Entry> entries) {
    this.entries = entries;
    ImmutableListMultimap.Builder<String, Entry> b = ImmutableListMultimap.builder();
    entries.forEach(e -> b.put(e.entity().value(), e));
    this.byEntity = b.build();
  }

  /** A history of these entries, in any order. */
  public static InspectionHistory of(Collection<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.forEach(e -> Objects.requireNonNull(e, "history entry"));
    sorted.sort(Comparator.comparing((Entry e) -> e.entity().value(), Codec.UTF8_ORDER)
        .thenComparing(Entry::date)
        .thenComparing(e -> String.join(" ", e.items()), Codec.UTF8_ORDER));
    return new InspectionHistory(List.copyOf(sorted));
  }

  /** The empty history. */
  public static InspectionHistory empty() {
    return EMPTY;
  }

  /** Every entry, ordered by entity id (UTF-8 bytes), date, then items. */
  public List<Entry> entries() {
    return entries;
  }

  /** Whether the entity has an entry dated in {@code year}. */
  public boolean inYear(EntityId entity, int year) {
    for (Entry e : byEntity.get(entity.value())) {
      if (e.date().getYear() == year) {
        return true;
      }
    }
    return false;
  }

  /** Whether the entity has an entry dated in {@code year} for at least one of {@code items}. */
  public boolean inYearForAny(EntityId entity, int year, Set<String> items) {
    for (Entry e : byEntity.get(entity.value())) {
      if (e.date().getYear() == year) {
        for (String item : e.items()) {
          if (items.contains(item)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "InspectionHistory[" + entries.size() + " entries]";
  }
}
