package io.doublerandom.checklist;

import static com.google.common.base.Preconditions.checkNotNull;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.ItemClaim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The differences between two versions of a checklist: items added, removed and changed (field
 * by field), and claims added and removed. Items are matched by code; the published order of the
 * items is not compared. Every list is in a deterministic order: items by code, fields in the
 * order of {@link InspectionItem}'s attributes, claims by item code, authority code and level.
 */
public final class ChecklistDiff {
  /** The text written for an absent optional value in {@link FieldChange}. */
  public static final String ABSENT = "(none)";

  private static final Comparator<ItemClaim> CLAIM_ORDER = Comparator
      .comparing(ItemClaim::itemCode)
      .thenComparing(ItemClaim::authorityCode)
      .thenComparing(ItemClaim::level);

  /** One attribute of an item whose value differs, with both values as text. */
  public record FieldChange(String field, String oldValue, String newValue) {
    /** Validates that no component is null. */
    public FieldChange {
      checkNotNull(field, "field");
      checkNotNull(oldValue, "oldValue");
      checkNotNull(newValue, "newValue");
    }

    @Override
    public String toString() {
      return field + ": " + oldValue + " -> " + newValue;
    }
  }

  /** An item present in both versions whose attributes differ. */
  public record ItemChange(String code, List<FieldChange> fields) {
    /** Copies the list; there is at least one field. */
    public ItemChange {
      checkNotNull(code, "code");
      fields = List.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("change of item " + code + " must name a field");
      }
    }

    /** The names of the fields that differ, in attribute order. */
    public List<String> fieldNames() {
      List<String> names = new ArrayList<>(fields.size());
      fields.forEach(f -> names.add(f.field()));
      return List.copyOf(names);
    }
  }

  private final String olderLabel;
  private final String newerLabel;
  private final List<FieldChange> listChanges;
  private final List<InspectionItem> added;
  private final List<String> removed;
  private final List<ItemChange> changed;
  private final List<ItemClaim> claimsAdded;
  private final List<ItemClaim> claimsRemoved;

  private ChecklistDiff(String olderLabel, String newerLabel, List<FieldChange> listChanges,
      List<InspectionItem> added, List<String> removed, List<ItemChange> changed,
      List<ItemClaim> claimsAdded, List<ItemClaim> claimsRemoved) {
    this.olderLabel = olderLabel;
    this.newerLabel = newerLabel;
    this.listChanges = List.copyOf(listChanges);
    this.added = List.copyOf(added);
    this.removed = List.copyOf(removed);
    this.changed = List.copyOf(changed);
    this.claimsAdded = List.copyOf(claimsAdded);
    this.claimsRemoved = List.copyOf(claimsRemoved);
  }

  /**
   * The changes that turn {@code older} into {@code newer}. The two may be any checklists; they
   * are usually two versions of one list.
   */
  public static ChecklistDiff between(Checklist older, Checklist newer) {
    checkNotNull(older, "older");
    checkNotNull(newer, "newer");
    TreeMap<String, InspectionItem> before = byCode(older.items());
    TreeMap<String, InspectionItem> after = byCode(newer.items());
    List<InspectionItem> added = new ArrayList<>();
    List<ItemChange> changed = new ArrayList<>();
    for (InspectionItem item : after.values()) {
      InspectionItem old = before.get(item.code());
      if (old == null) {
        added.add(item);
      } else {
        List<FieldChange> fields = itemChanges(old, item);
        if (!fields.isEmpty()) {
          changed.add(new ItemChange(item.code(), fields));
        }
      }
    }
    List<String> removed = new ArrayList<>();
    for (String code : before.keySet()) {
      if (!after.containsKey(code)) {
        removed.add(code);
      }
    }
    List<FieldChange> listChanges = new ArrayList<>();
    for (Attribute<Checklist> a : LIST_ATTRIBUTES) {
      a.compare(listChanges, older, newer);
    }
    return new ChecklistDiff(label(older), label(newer), listChanges, added, removed, changed,
        minus(newer.claims(), older.claims()), minus(older.claims(), newer.claims()));
  }

  private static String label(Checklist c) {
    return c.name() + " v" + c.version();
  }

  private static TreeMap<String, InspectionItem> byCode(List<InspectionItem> items) {
    TreeMap<String, InspectionItem> out = new TreeMap<>();
    for (InspectionItem i : items) {
      out.put(i.code(), i);
    }
    return out;
  }

  private static List<ItemClaim> minus(Collection<ItemClaim> from, Collection<ItemClaim> other) {
    Set<ItemClaim> exclude = new HashSet<>(other);
    List<ItemClaim> out = new ArrayList<>();
    for (ItemClaim c : from) {
      if (!exclude.contains(c)) {
        out.add(c);
      }
    }
    out.sort(CLAIM_ORDER);
    return out;
  }

  /**
   * An attribute: how to get its value, which is compared with {@link Object#equals}, and how to
   * show it. Two different values may show alike (a tag {@code "a, b"} and the tags {@code a}
   * and {@code b}; the text {@code "(none)"} and an absent value); they are still a change.
   */
  private record Attribute<T>(String name, Function<T, Object> value,
      Function<Object, String> text) {
    void compare(List<FieldChange> out, T old, T now) {
      Object before = value.apply(old);
      Object after = value.apply(now);
      if (!Objects.equals(before, after)) {
        out.add(new FieldChange(name, text.apply(before), text.apply(after)));
      }
    }
  }

  private static <T> Attribute<T> plain(String name, Function<T, Object> value) {
    return new Attribute<>(name, value, ChecklistDiff::text);
  }

  /** The attributes of {@link Checklist} compared by {@link #listChanges()}, in order. */
  private static final List<Attribute<Checklist>> LIST_ATTRIBUTES = List.of(
      plain("name", Checklist::name),
      plain("version", Checklist::version),
      plain("issuedBy", Checklist::issuedBy),
      plain("effectiveFrom", Checklist::effectiveFrom));

  /** The attributes of {@link InspectionItem}, in declaration order. */
  private static final List<Attribute<InspectionItem>> ATTRIBUTES = List.of(
      plain("code", InspectionItem::code),
      plain("category", InspectionItem::category),
      plain("name", InspectionItem::name),
      new Attribute<>("appliesTo", InspectionItem::appliesTo,
          rule -> describe((ApplicabilityRule) rule)),
      plain("targetDescription", InspectionItem::targetDescription),
      plain("kind", InspectionItem::kind),
      plain("methods", InspectionItem::methods),
      plain("responsibleDepartment", InspectionItem::responsibleDepartment),
      plain("levels", InspectionItem::levels),
      plain("legalBasis", InspectionItem::legalBasis),
      plain("requiredSpecialties", InspectionItem::requiredSpecialties));

  private static List<FieldChange> itemChanges(InspectionItem old, InspectionItem now) {
    List<FieldChange> out = new ArrayList<>();
    for (Attribute<InspectionItem> a : ATTRIBUTES) {
      a.compare(out, old, now);
    }
    return out;
  }

  /** A value as text: an optional's content or {@link #ABSENT}, anything else by toString. */
  private static String text(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(Object::toString).orElse(ABSENT);
    }
    return String.valueOf(value);
  }

  /** A rule as text: {@code any}, or its non-empty conditions, for example {@code kinds=[...]}. */
  static String describe(ApplicabilityRule rule) {
    List<String> parts = new ArrayList<>();
    if (!rule.kinds().isEmpty()) {
      parts.add("kinds=" + rule.kinds());
    }
    if (!rule.industries().isEmpty()) {
      parts.add("industries=" + rule.industries());
    }
    if (!rule.allTags().isEmpty()) {
      parts.add("allTags=" + rule.allTags());
    }
    if (!rule.anyTags().isEmpty()) {
      parts.add("anyTags=" + rule.anyTags());
    }
    return parts.isEmpty() ? "any" : String.join("; ", parts);
  }

  /**
   * Changes of the checklist's own attributes ({@code name}, {@code version}, {@code issuedBy},
   * {@code effectiveFrom}); absent values are written {@link #ABSENT}.
   */
  public List<FieldChange> listChanges() {
    return listChanges;
  }

  /** Items of the newer version whose code the older one lacks, by code. */
  public List<InspectionItem> added() {
    return added;
  }

  /** Codes of the items of the older version that the newer one lacks, ascending. */
  public List<String> removed() {
    return removed;
  }

  /**
   * Items present in both whose attributes differ, by code; each lists the differing fields in
   * attribute order with old and new values as text (sets as {@code [A, B]}, the applicability
   * rule as {@code any} or {@code kinds=[...]; industries=[...]; allTags=[...]; anyTags=[...]},
   * absent optionals as {@link #ABSENT}). Attributes are compared by value, not by this text:
   * two different values that read alike (a tag {@code "a, b"} and the two tags {@code a} and
   * {@code b}) are a change.
   */
  public List<ItemChange> changed() {
    return changed;
  }

  /** Claims of the newer version that the older one lacks, by item, authority and level. */
  public List<ItemClaim> claimsAdded() {
    return claimsAdded;
  }

  /** Claims of the older version that the newer one lacks, by item, authority and level. */
  public List<ItemClaim> claimsRemoved() {
    return claimsRemoved;
  }

  /**
   * Whether the items and the claims are the same. Changes of the list's own attributes
   * ({@link #listChanges()}, such as the version number) do not count.
   */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && claimsAdded.isEmpty()
        && claimsRemoved.isEmpty();
  }

  /**
   * A readable, deterministic report: one line per change, grouped as list attributes, added,
   * removed and changed items, added and removed claims.
   */
  public String describe() {
    StringBuilder out = new StringBuilder()
        .append("Changes from ").append(olderLabel).append(" to ").append(newerLabel);
    if (isEmpty() && listChanges.isEmpty()) {
      return out.append(": none\n").toString();
    }
    out.append('\n');
    for (FieldChange f : listChanges) {
      out.append("  list ").append(f).append('\n');
    }
    for (InspectionItem i : added) {
      out.append("  + item ").append(i.code()).append(' ').append(i.name()).append('\n');
    }
    for (String code : removed) {
      out.append("  - item ").append(code).append('\n');
    }
    for (ItemChange c : changed) {
      out.append("  ~ item ").append(c.code()).append('\n');
      for (FieldChange f : c.fields()) {
        out.append("      ").append(f).append('\n');
      }
    }
    for (ItemClaim c : claimsAdded) {
      out.append("  + claim ").append(claim(c)).append('\n');
    }
    for (ItemClaim c : claimsRemoved) {
      out.append("  - claim ").append(claim(c)).append('\n');
    }
    return out.toString();
  }

  private static String claim(ItemClaim c) {
    return c.itemCode() + " by " + c.authorityCode() + " (" + c.level() + ")";
  }

  /** Whether {@code o} is a diff between checklists of the same labels with the same changes. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ChecklistDiff)) {
      return false;
    }
    ChecklistDiff d = (ChecklistDiff) o;
    return olderLabel.equals(d.olderLabel) && newerLabel.equals(d.newerLabel)
        && listChanges.equals(d.listChanges) && added.equals(d.added)
        && removed.equals(d.removed) && changed.equals(d.changed)
        && claimsAdded.equals(d.claimsAdded) && claimsRemoved.equals(d.claimsRemoved);
  }

  @Override
  public int hashCode() {
    return Objects.hash(olderLabel, newerLabel, listChanges, added, removed, changed,
        claimsAdded, claimsRemoved);
  }

  /** The same as {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
