package io.doublerandom.directory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inspector directory (执法检查人员名录库): enforcement officers and experts, immutable, in
 * ascending id order (every list this class returns is in that order). A directory holds a few
 * thousand entries; queries scan it.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class InspectorDirectory {
  private final ImmutableList<Inspector> inspectors;

  private InspectorDirectory(ImmutableList<Inspector> inspectors) {
    this.inspectors = inspectors;
  }

  /**
   * Builds a directory of {@code inspectors}.
   *
   * @throws IllegalArgumentException if an id occurs more than once; the message gives the number
   *     of repeated ids and lists up to 20 of them in id order
   * @throws NullPointerException if the collection or an element is null
   */
  public static InspectorDirectory of(Collection<Inspector> inspectors) {
    checkNotNull(inspectors, "inspectors");
    Inspector[] sorted = inspectors.toArray(new Inspector[0]);
    for (int i = 0; i < sorted.length; i++) {
      checkNotNull(sorted[i], "inspector at position %s of the collection is null", i);
    }
    Arrays.sort(sorted, Comparator.comparing(Inspector::id));
    List<String> duplicates = new ArrayList<>();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i].id().equals(sorted[i - 1].id())
          && (i < 2 || !sorted[i - 1].id().equals(sorted[i - 2].id()))) {
        duplicates.add(sorted[i].id());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException(
          EntityDirectory.duplicateMessage("inspector id", duplicates));
    }
    return new InspectorDirectory(ImmutableList.copyOf(sorted));
  }

  /** Number of inspectors. */
  public int size() {
    return inspectors.size();
  }

  /** The inspector with this id. */
  public Optional<Inspector> get(String id) {
    checkNotNull(id, "id");
    int lo = 0;
    int hi = inspectors.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = inspectors.get(mid).id().compareTo(id);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return Optional.of(inspectors.get(mid));
      }
    }
    return Optional.empty();
  }

  /** Every inspector, in ascending id order. */
  public List<Inspector> all() {
    return inspectors;
  }

  /** The inspectors matching {@code query}, in ascending id order. */
  public List<Inspector> query(InspectorQuery query) {
    checkNotNull(query, "query");
    ImmutableList.Builder<Inspector> out = ImmutableList.builder();
    for (Inspector i : inspectors) {
      if (query.matches(i)) {
        out.add(i);
      }
    }
    return out.build();
  }

  /** The number of inspectors matching {@code query}. */
  public int count(InspectorQuery query) {
    checkNotNull(query, "query");
    int n = 0;
    for (Inspector i : inspectors) {
      if (query.matches(i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Number of inspectors per specialty, ascending by specialty; an inspector counts once for
   * each of its specialties.
   */
  public SortedMap<String, Integer> countBySpecialty() {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Inspector i : inspectors) {
      for (String s : i.specialties()) {
        counts.merge(s, 1, Integer::sum);
      }
    }
    return ImmutableSortedMap.copyOfSorted(counts);
  }

  /** Number of inspectors per kind, in enum order, every kind present (zero when none). */
  public Map<InspectorKind, Integer> countByKind() {
    EnumMap<InspectorKind, Integer> counts = new EnumMap<>(InspectorKind.class);
    for (InspectorKind k : InspectorKind.values()) {
      counts.put(k, 0);
    }
    for (Inspector i : inspectors) {
      counts.merge(i.kind(), 1, Integer::sum);
    }
    return Maps.immutableEnumMap(counts);
  }

  /** Number of inspectors per authority code, ascending by code. */
  public SortedMap<String, Integer> countByAuthority() {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Inspector i : inspectors) {
      counts.merge(i.authorityCode(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOfSorted(counts);
  }

  @Override
  public String toString() {
    return "InspectorDirectory[" + inspectors.size() + " inspectors]";
  }
}
