package io.doublerandom.directory;

import io.doublerandom.model.EntityId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Computes the ascending {@link EntityId} order of a large array of entities (generic so that
 * it can be tested with any values and orders).
 *
 * <p>Comparing two entities by id follows four references each (entity, id, string, bytes),
 * which for millions of entities scattered over the heap makes a comparison sort spend its time
 * waiting for memory. When every id value is at most 20 characters of {@code 0-9} and {@code A-Z}
 * (unified social credit codes and legacy registration numbers are), each value is packed into
 * two {@code long}s that order exactly as the strings do, and the packed keys are sorted with a
 * merge sort that streams through primitive arrays. The result is then checked against
 * {@link EntityId#compareTo} in one pass; if the ids' natural order differs from the order of
 * their values anywhere, or a value cannot be packed, the entities are sorted by
 * {@code compareTo} instead. Either way the result is the natural order.
 */
final class IdOrder {
  private static final int MAX_PACKED = 20;
  private static final int CHARS_PER_LONG = 10;
  private static final int INSERTION_RUN = 16;

  private IdOrder() {}

  /**
   * The sorted order and its ties.
   *
   * @param order {@code order[k]} is the position of the k-th item in ascending order
   * @param ties the positions {@code k >= 1}, ascending, where the k-th item compares equal to
   *     the (k-1)-th
   */
  record Result(int[] order, int[] ties) {}

  /**
   * Sorts {@code items} by {@code order}; {@code value} gives the string the packed keys are made
   * of.
   */
  static <T> Result of(T[] items, Function<? super T, String> value,
      Comparator<? super T> order) {
    int n = items.length;
    long[] hi = new long[n];
    long[] lo = new long[n];
    int[] idx = new int[n];
    boolean packed = true;
    for (int i = 0; i < n && packed; i++) {
      packed = pack(value.apply(items[i]), hi, lo, i);
      idx[i] = i;
    }
    if (packed) {
      sort(hi, lo, idx);
      int[] ties = ties(items, idx, order);
      if (ties != null) {
        return new Result(idx, ties);
      }
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> order.compare(items[a], items[b]));
    for (int i = 0; i < n; i++) {
      idx[i] = boxed[i];
    }
    return new Result(idx, ties(items, idx, order));
  }

  /** The positions of ties in {@code idx}, or null if {@code idx} is not in ascending order. */
  private static <T> int[] ties(T[] items, int[] idx, Comparator<? super T> order) {
    int[] ties = new int[0];
    int count = 0;
    for (int k = 1; k < idx.length; k++) {
      int c = order.compare(items[idx[k - 1]], items[idx[k]]);
      if (c > 0) {
        return null;
      }
      if (c == 0) {
        if (count == ties.length) {
          ties = Arrays.copyOf(ties, 2 * count + 4);
        }
        ties[count++] = k;
      }
    }
    return Arrays.copyOf(ties, count);
  }

  /** Packs {@code v} at position {@code i}; false if it has another character or is too long. */
  static boolean pack(String v, long[] hi, long[] lo, int i) {
    if (v.length() > MAX_PACKED) {
      return false;
    }
    long h = 0;
    long l = 0;
    for (int c = 0; c < MAX_PACKED; c++) {
      int code;
      if (c >= v.length()) {
        code = 0;
      } else {
        char ch = v.charAt(c);
        if (ch >= '0' && ch <= '9') {
          code = 1 + ch - '0';
        } else if (ch >= 'A' && ch <= 'Z') {
          code = 11 + ch - 'A';
        } else {
          return false;
        }
      }
      if (c < CHARS_PER_LONG) {
        h = h << 6 | code;
      } else {
        l = l << 6 | code;
      }
    }
    hi[i] = h;
    lo[i] = l;
    return true;
  }

  private static boolean less(long h1, long l1, long h2, long l2) {
    return h1 < h2 || (h1 == h2 && l1 < l2);
  }

  /** Sorts the three parallel arrays by (hi, lo): insertion-sorted runs, then merge passes. */
  static void sort(long[] hi, long[] lo, int[] idx) {
    int n = hi.length;
    for (int start = 0; start < n; start += INSERTION_RUN) {
      int end = Math.min(n, start + INSERTION_RUN);
      for (int i = start + 1; i < end; i++) {
        long h = hi[i];
        long l = lo[i];
        int x = idx[i];
        int j = i - 1;
        while (j >= start && less(h, l, hi[j], lo[j])) {
          hi[j + 1] = hi[j];
          lo[j + 1] = lo[j];
          idx[j + 1] = idx[j];
          j--;
        }
        hi[j + 1] = h;
        lo[j + 1] = l;
        idx[j + 1] = x;
      }
    }
    if (n <= INSERTION_RUN) {
      return;
    }
    long[] hi2 = new long[n];
    long[] lo2 = new long[n];
    int[] idx2 = new int[n];
    long[] srcH = hi;
    long[] srcL = lo;
    int[] srcI = idx;
    long[] dstH = hi2;
    long[] dstL = lo2;
    int[] dstI = idx2;
    for (int width = INSERTION_RUN; width < n; width *= 2) {
      for (int left = 0; left < n; left += 2 * width) {
        int mid = Math.min(n, left + width);
        int right = Math.min(n, left + 2 * width);
        int a = left;
        int b = mid;
        int k = left;
        if (mid < right && !less(srcH[mid], srcL[mid], srcH[mid - 1], srcL[mid - 1])) {
          System.arraycopy(srcH, left, dstH, left, right - left);
          System.arraycopy(srcL, left, dstL, left, right - left);
          System.arraycopy(srcI, left, dstI, left, right - left);
          continue;
        }
        while (a < mid && b < right) {
          if (less(srcH[b], srcL[b], srcH[a], srcL[a])) {
            dstH[k] = srcH[b];
            dstL[k] = srcL[b];
            dstI[k++] = srcI[b++];
          } else {
            dstH[k] = srcH[a];
            dstL[k] = srcL[a];
            dstI[k++] = srcI[a++];
          }
        }
        while (a < mid) {
          dstH[k] = srcH[a];
          dstL[k] = srcL[a];
          dstI[k++] = srcI[a++];
        }
        while (b < right) {
          dstH[k] = srcH[b];
          dstL[k] = srcL[b];
          dstI[k++] = srcI[b++];
        }
      }
      long[] th = srcH;
      srcH = dstH;
      dstH = th;
      long[] tl = srcL;
      srcL = dstL;
      dstL = tl;
      int[] ti = srcI;
      srcI = dstI;
      dstI = ti;
    }
    if (srcI != idx) {
      System.arraycopy(srcH, 0, hi, 0, n);
      System.arraycopy(srcL, 0, lo, 0, n);
      System.arraycopy(srcI, 0, idx, 0, n);
    }
  }
}
