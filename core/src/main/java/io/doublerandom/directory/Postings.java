package io.doublerandom.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, while a directory is built, the ordinals of the entities carrying each key of one
 * dimension (a tag, a region, an industry, a risk class), then freezes them into a
 * {@link KeyIndex}. Ordinals may be added in any order, each at most once per key.
 */
final class Postings<K extends Comparable<? super K>> {
  private final Map<K, IntBuffer> byKey = new HashMap<>();

  void add(K key, int ordinal) {
    byKey.computeIfAbsent(key, k -> new IntBuffer()).add(ordinal);
  }

  KeyIndex<K> freeze(int universe) {
    List<K> keys = new ArrayList<>(byKey.keySet());
    keys.sort(null);
    OrdinalSet[] sets = new OrdinalSet[keys.size()];
    for (int i = 0; i < sets.length; i++) {
      sets[i] = byKey.get(keys.get(i)).freeze(universe);
    }
    return new KeyIndex<>(keys, sets);
  }

  /** A growable {@code int[]}. */
  static final class IntBuffer {
    int[] values = new int[4];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size + (size >> 1) + 1);
      }
      values[size++] = v;
    }

    /** The set of the values added. */
    OrdinalSet freeze(int universe) {
      return OrdinalSet.of(values, size, universe);
    }
  }
}
