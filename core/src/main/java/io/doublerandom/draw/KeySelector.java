package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The streaming core of simple random sampling: per stratum, a bounded max-heap keeps the {@code
 * n_h + A} candidates with the smallest keys seen so far. Memory is bounded by the sample, the
 * result does not depend on the order of offers, and selectors over disjoint parts of a
 * population {@linkplain #merge merge} into the selector of the whole.
 */
final class KeySelector {
  private final Prf prf;
  private final Map<String, Integer> capacity;
  private final Map<String, PriorityQueue<Keyed>> heaps = new HashMap<>();
  private final byte[] scratch = new byte[32];

  /**
   * @param prf the key function (owned by this selector)
   * @param capacity per stratum label, {@code n_h + A}
   */
  KeySelector(Prf prf, Map<String, Integer> capacity) {
    this.prf = prf;
    this.capacity = Map.copyOf(capacity);
    for (Map.Entry<String, Integer> e : this.capacity.entrySet()) {
      heaps.put(e.getKey(), new PriorityQueue<>(Math.max(1, e.getValue()),
          Keyed.KEY_ORDER.reversed()));
    }
  }

  /** Offers a candidate; computes its key unless its stratum keeps nothing. */
  void offer(Candidate c) {
    PriorityQueue<Keyed> heap = heap(c.stratum());
    int cap = capacity.get(c.stratum());
    if (cap == 0) {
      return;
    }
    prf.compute(Prf.ORDER, c.idBytes(), scratch);
    offer(heap, cap, c, scratch);
  }

  /** Offers a candidate with a given key (tests use synthetic keys). */
  void offer(Candidate c, byte[] key) {
    offer(heap(c.stratum()), capacity.get(c.stratum()), c, key);
  }

  private PriorityQueue<Keyed> heap(String stratum) {
    PriorityQueue<Keyed> heap = heaps.get(stratum);
    checkArgument(heap != null, "candidate stratum %s is not in the manifest", stratum);
    return heap;
  }

  private static void offer(PriorityQueue<Keyed> heap, int cap, Candidate c, byte[] key) {
    if (cap == 0) {
      return;
    }
    if (heap.size() < cap) {
      heap.add(new Keyed(c, key.clone()));
      return;
    }
    Keyed max = heap.peek();
    if (Keyed.compare(key, c.idBytes(), max.key, max.candidate.idBytes()) < 0) {
      heap.poll();
      heap.add(new Keyed(c, key.clone()));
    }
  }

  /** Adds everything {@code other} kept; {@code other} must have the same capacities. */
  KeySelector merge(KeySelector other) {
    checkArgument(capacity.equals(other.capacity), "cannot merge selectors of different designs");
    for (Map.Entry<String, PriorityQueue<Keyed>> e : other.heaps.entrySet()) {
      PriorityQueue<Keyed> heap = heaps.get(e.getKey());
      int cap = capacity.get(e.getKey());
      for (Keyed k : e.getValue()) {
        offer(heap, cap, k.candidate, k.key);
      }
    }
    return this;
  }

  /** The kept candidates of {@code stratum} in ascending key order. */
  List<Keyed> sorted(String stratum) {
    List<Keyed> list = new ArrayList<>(heap(stratum));
    list.sort(Keyed.KEY_ORDER);
    return list;
  }
}
