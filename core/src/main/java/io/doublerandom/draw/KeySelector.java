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
 * population {@linkplain #merge merge} into the selector of the whole. A key is allocated only
 * when its candidate enters a heap.
 */
final class KeySelector {
  /** The heap of one stratum and its capacity. */
  private static final class Bucket {
    final int capacity;
    final PriorityQueue<Keyed> heap;

    Bucket(int capacity) {
      this.capacity = capacity;
      this.heap = new PriorityQueue<>(Math.max(1, Math.min(capacity, 1 << 16)),
          Keyed.KEY_ORDER.reversed());
    }

    void offer(Candidate c, byte[] key) {
      if (heap.size() < capacity) {
        heap.add(new Keyed(c, key.clone()));
        return;
      }
      Keyed max = heap.peek();
      if (max != null && Keyed.compare(key, c.idBytes(), max.key, max.candidate.idBytes()) < 0) {
        heap.poll();
        heap.add(new Keyed(c, key.clone()));
      }
    }
  }

  private final Prf prf;
  private final Map<String, Integer> capacity;
  private final Map<String, Bucket> buckets = new HashMap<>();
  private final byte[] scratch = new byte[32];

  /**
   * @param prf the key function (owned by this selector)
   * @param capacity per stratum label, {@code n_h + A}
   */
  KeySelector(Prf prf, Map<String, Integer> capacity) {
    this.prf = prf;
    this.capacity = Map.copyOf(capacity);
    this.capacity.forEach((stratum, cap) -> buckets.put(stratum, new Bucket(cap)));
  }

  /** Offers a candidate; computes its key unless its stratum keeps nothing. */
  void offer(Candidate c) {
    Bucket b = bucket(c.stratum());
    if (b.capacity > 0) {
      prf.compute(Prf.ORDER, c.idBytes(), scratch);
      b.offer(c, scratch);
    }
  }

  /** Offers a candidate with a given key (tests use synthetic keys). */
  void offer(Candidate c, byte[] key) {
    bucket(c.stratum()).offer(c, key);
  }

  private Bucket bucket(String stratum) {
    Bucket b = buckets.get(stratum);
    checkArgument(b != null, "candidate stratum %s is not in the manifest", stratum);
    return b;
  }

  /** Adds everything {@code other} kept; {@code other} must have the same capacities. */
  KeySelector merge(KeySelector other) {
    checkArgument(capacity.equals(other.capacity), "cannot merge selectors of different designs");
    other.buckets.forEach((stratum, theirs) -> {
      Bucket mine = buckets.get(stratum);
      for (Keyed k : theirs.heap) {
        mine.offer(k.candidate, k.key);
      }
    });
    return this;
  }

  /** The kept candidates of {@code stratum} in ascending key order. */
  List<Keyed> sorted(String stratum) {
    List<Keyed> list = new ArrayList<>(bucket(stratum).heap);
    list.sort(Keyed.KEY_ORDER);
    return list;
  }
}
