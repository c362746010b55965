package io.doublerandom.checklist;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.ItemClaim;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Questions about the claims (认领) of a checklist's items and its composition. Every list of
 * items is in the checklist's published order.
 */
public final class ChecklistClaims {
  private ChecklistClaims() {}

  /** The items the authority with this code has claimed (at any level). */
  public static List<InspectionItem> claimedBy(Checklist checklist, String authorityCode) {
    checkNotNull(authorityCode, "authorityCode");
    return itemsWhere(checklist, c -> c.authorityCode().equals(authorityCode));
  }

  /** The items claimed by at least one authority of this level. */
  public static List<InspectionItem> claimedAt(Checklist checklist, AuthorityLevel level) {
    checkNotNull(level, "level");
    return itemsWhere(checklist, c -> c.level() == level);
  }

  /**
   * The items that are to be inspected at this level but that no authority of the level has
   * claimed: items whose {@link InspectionItem#levels()} contain {@code level} or are empty (not
   * recorded), and that have no claim at {@code level}.
   */
  public static List<InspectionItem> unclaimedAt(Checklist checklist, AuthorityLevel level) {
    checkNotNull(checklist, "checklist");
    checkNotNull(level, "level");
    Set<String> claimed = new HashSet<>();
    for (ItemClaim c : checklist.claims()) {
      if (c.level() == level) {
        claimed.add(c.itemCode());
      }
    }
    ImmutableList.Builder<InspectionItem> out = ImmutableList.builder();
    for (InspectionItem i : checklist.items()) {
      if ((i.levels().isEmpty() || i.levels().contains(level)) && !claimed.contains(i.code())) {
        out.add(i);
      }
    }
    return out.build();
  }

  /** Number of items per inspection category (抽查类别), ascending by category. */
  public static SortedMap<String, Integer> itemsPerCategory(Checklist checklist) {
    checkNotNull(checklist, "checklist");
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (InspectionItem i : checklist.items()) {
      counts.merge(i.category(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOfSorted(counts);
  }

  /** Number of claimed items per authority code, ascending by code. */
  public static SortedMap<String, Integer> claimsPerAuthority(Checklist checklist) {
    checkNotNull(checklist, "checklist");
    TreeMap<String, Set<String>> items = new TreeMap<>();
    for (ItemClaim c : checklist.claims()) {
      items.computeIfAbsent(c.authorityCode(), k -> new HashSet<>()).add(c.itemCode());
    }
    ImmutableSortedMap.Builder<String, Integer> out = ImmutableSortedMap.naturalOrder();
    items.forEach((authority, codes) -> out.put(authority, codes.size()));
    return out.build();
  }

  private static List<InspectionItem> itemsWhere(Checklist checklist,
      Predicate<ItemClaim> claim) {
    checkNotNull(checklist, "checklist");
    Set<String> codes = new HashSet<>();
    for (ItemClaim c : checklist.claims()) {
      if (claim.test(c)) {
        codes.add(c.itemCode());
      }
    }
    ImmutableList.Builder<InspectionItem> out = ImmutableList.builder();
    for (InspectionItem i : checklist.items()) {
      if (codes.contains(i.code())) {
        out.add(i);
      }
    }
    return out.build();
  }
}
