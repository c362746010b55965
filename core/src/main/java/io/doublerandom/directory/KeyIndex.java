package io.doublerandom.directory;

import java.util.Collections;
import java.util.List;

/**
 * The frozen index of one dimension: its distinct keys in ascending order and, for each, the set
 * of ordinals of the entities carrying it.
 */
final class KeyIndex<K extends Comparable<? super K>> {
  private final List<K> keys;
  private final OrdinalSet[] sets;

  KeyIndex(List<K> sortedKeys, OrdinalSet[] sets) {
    this.keys = List.copyOf(sortedKeys);
    this.sets = sets;
  }

  /** The distinct keys, ascending. */
  List<K> keys() {
    return keys;
  }

  int size() {
    return sets.length;
  }

  K key(int i) {
    return keys.get(i);
  }

  OrdinalSet set(int i) {
    return sets[i];
  }

  /** The ordinals carrying {@code key}; empty if no entity carries it. */
  OrdinalSet get(K key) {
    int i = Collections.binarySearch(keys, key);
    return i >= 0 ? sets[i] : OrdinalSet.EMPTY;
  }

  /** The position of the first key not less than {@code key}. */
  int lowerBound(K key) {
    int i = Collections.binarySearch(keys, key);
    return i >= 0 ? i : -i - 1;
  }
}
