package io.doublerandom.directory;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An immutable set of entity ordinals (positions in the directory's id order), stored as a
 * {@link BitSet} when dense and as a sorted {@code int[]} when sparse, whichever takes less
 * memory: a bitset costs {@code universe / 8} bytes, a posting list {@code 4} bytes per member.
 */
final class OrdinalSet {
  static final OrdinalSet EMPTY = new OrdinalSet(null, new int[0], 0);

  private final BitSet dense;
  private final int[] sparse;
  private final int cardinality;

  private OrdinalSet(BitSet dense, int[] sparse, int cardinality) {
    this.dense = dense;
    this.sparse = sparse;
    this.cardinality = cardinality;
  }

  /**
   * A set of the first {@code count} entries of {@code ordinals}, which must be distinct and
   * below {@code universe}, in any order. The array may be sorted in place and kept.
   */
  static OrdinalSet of(int[] ordinals, int count, int universe) {
    if (count == 0) {
      return EMPTY;
    }
    if ((long) count * Integer.SIZE > universe) {
      BitSet bits = new BitSet(universe);
      for (int i = 0; i < count; i++) {
        bits.set(ordinals[i]);
      }
      return new OrdinalSet(bits, null, count);
    }
    int[] exact = count == ordinals.length ? ordinals : Arrays.copyOf(ordinals, count);
    Arrays.sort(exact);
    return new OrdinalSet(null, exact, count);
  }

  /** Number of members. */
  int cardinality() {
    return cardinality;
  }

  /** Whether {@code ordinal} is a member. */
  boolean contains(int ordinal) {
    return dense != null ? dense.get(ordinal) : Arrays.binarySearch(sparse, ordinal) >= 0;
  }

  /** Adds every member to {@code target}. */
  void orInto(BitSet target) {
    if (dense != null) {
      target.or(dense);
    } else {
      for (int o : sparse) {
        target.set(o);
      }
    }
  }

  /** Whether the set is stored as a bitset (for tests of the representation choice). */
  boolean isDense() {
    return dense != null;
  }
}
