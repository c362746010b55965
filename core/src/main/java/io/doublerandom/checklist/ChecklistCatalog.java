package io.doublerandom.checklist;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.doublerandom.model.Checklist;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The versions of named checklists (for example 随机抽查事项清单 第一版, 第二版, ...), immutable.
 * A checklist is identified by its name and version.
 */
public final class ChecklistCatalog {
  private final ImmutableSortedMap<String, ImmutableSortedMap<Integer, Checklist>> byName;

  private ChecklistCatalog(ImmutableSortedMap<String, ImmutableSortedMap<Integer, Checklist>> m) {
    this.byName = m;
  }

  /**
   * A catalog of {@code checklists}.
   *
   * @throws IllegalArgumentException if a (name, version) pair occurs more than once; the
   *     message lists every repeated pair
   */
  public static ChecklistCatalog of(Collection<Checklist> checklists) {
    checkNotNull(checklists, "checklists");
    TreeMap<String, TreeMap<Integer, Checklist>> m = new TreeMap<>();
    TreeMap<String, TreeSet<Integer>> duplicates = new TreeMap<>();
    for (Checklist c : checklists) {
      checkNotNull(c, "checklists must not contain null");
      Checklist prior = m.computeIfAbsent(c.name(), k -> new TreeMap<>()).putIfAbsent(
          c.version(), c);
      if (prior != null) {
        duplicates.computeIfAbsent(c.name(), k -> new TreeSet<>()).add(c.version());
      }
    }
    if (!duplicates.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      duplicates.forEach((name, versions) -> versions.forEach(v -> pairs.add(name + " v" + v)));
      throw new IllegalArgumentException(
          "checklist (name, version) must be unique, got repeated: " + String.join(", ", pairs));
    }
    ImmutableSortedMap.Builder<String, ImmutableSortedMap<Integer, Checklist>> b =
        ImmutableSortedMap.naturalOrder();
    m.forEach((name, versions) -> b.put(name, ImmutableSortedMap.copyOfSorted(versions)));
    return new ChecklistCatalog(b.build());
  }

  /** The names of the checklists, ascending. */
  public SortedSet<String> names() {
    return ImmutableSortedSet.copyOf(byName.keySet());
  }

  /** The highest version of the checklist with this name. */
  public Optional<Checklist> latest(String name) {
    ImmutableSortedMap<Integer, Checklist> versions = byName.get(checkNotNull(name, "name"));
    return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  /** The version {@code version} of the checklist with this name. */
  public Optional<Checklist> version(String name, int version) {
    ImmutableSortedMap<Integer, Checklist> versions = byName.get(checkNotNull(name, "name"));
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  /** Every version of the checklist with this name, by ascending version; empty if unknown. */
  public List<Checklist> versions(String name) {
    ImmutableSortedMap<Integer, Checklist> versions = byName.get(checkNotNull(name, "name"));
    return versions == null ? List.of() : ImmutableList.copyOf(versions.values());
  }

  /**
   * The changes from version {@code from} to version {@code to} of the checklist with this name
   * ({@code from} may be greater than {@code to}: the diff then describes going back).
   *
   * @throws IllegalArgumentException naming the checklist and version if either is not in the
   *     catalog
   */
  public ChecklistDiff diff(String name, int from, int to) {
    return ChecklistDiff.between(require(name, from), require(name, to));
  }

  private Checklist require(String name, int version) {
    return version(name, version).orElseThrow(() -> new IllegalArgumentException(
        "checklist '" + name + "' version " + version + " is not in the catalog; versions: "
            + (byName.containsKey(name) ? byName.get(name).keySet() : "[]")));
  }

  @Override
  public String toString() {
    return "ChecklistCatalog" + byName.keySet();
  }
}
