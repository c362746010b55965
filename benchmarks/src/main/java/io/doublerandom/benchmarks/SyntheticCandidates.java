package io.doublerandom.benchmarks;

import io.doublerandom.draw.Candidate;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Synthetic draw candidates generated on the fly, never stored: candidate {@code i} (from 0) has
 * the 18-character id {@code "9114" + i} zero-padded to 14 digits (the length of a unified social
 * credit code, so that the key's HMAC message is one SHA-256 block, as in real draws) and one of
 * four strata by {@code i mod 10}: {@code A} for 0–3 (40%), {@code B} for 4–6 (30%), {@code C}
 * for 7–8 (20%), {@code D} for 9 (10%). The same {@code n} always gives the same candidates.
 */
final class SyntheticCandidates implements Iterator<Candidate> {
  static final String[] STRATA = {"A", "B", "C", "D"};
  private static final String[] BY_DIGIT = {"A", "A", "A", "A", "B", "B", "B", "C", "C", "D"};

  private final long n;
  private final char[] id = "911400000000000000".toCharArray();
  private long next;

  SyntheticCandidates(long n) {
    this.n = n;
  }

  /** The stratum label of candidate {@code i}; the same String instances every time. */
  static String stratum(long i) {
    return BY_DIGIT[(int) (i % 10)];
  }

  /** The id of candidate {@code i}. */
  static String id(long i) {
    char[] c = "911400000000000000".toCharArray();
    writeDigits(c, i);
    return new String(c);
  }

  /** The number of candidates per stratum among the first {@code n}. */
  static Map<String, Integer> counts(long n) {
    Map<String, Integer> m = new TreeMap<>();
    for (String s : STRATA) {
      m.put(s, 0);
    }
    long full = n / 10;
    for (int d = 0; d < 10; d++) {
      long count = full + (d < n % 10 ? 1 : 0);
      m.merge(BY_DIGIT[d], (int) count, Integer::sum);
    }
    return m;
  }

  /** A 1% sample per stratum, rounded up: {@code ceil(N_h / 100)}. */
  static Map<String, Integer> onePercent(long n) {
    Map<String, Integer> m = new TreeMap<>();
    counts(n).forEach((s, count) -> m.put(s, (count + 99) / 100));
    return m;
  }

  @Override
  public boolean hasNext() {
    return next < n;
  }

  /** The id of the next candidate without building a {@link Candidate} (advances). */
  String nextId() {
    if (next >= n) {
      throw new NoSuchElementException();
    }
    if (next == 0) {
      writeDigits(id, 0);
    } else {
      increment(id);
    }
    next++;
    return new String(id);
  }

  /** The stratum of the candidate whose id {@link #nextId()} returned last. */
  String lastStratum() {
    return stratum(next - 1);
  }

  @Override
  public Candidate next() {
    String s = nextId();
    return Candidate.of(s, lastStratum());
  }

  /** Adds one to the decimal number in {@code c[4..]}: amortised one char per candidate. */
  private static void increment(char[] c) {
    int p = c.length - 1;
    while (c[p] == '9') {
      c[p--] = '0';
    }
    c[p]++;
  }

  private static void writeDigits(char[] c, long v) {
    for (int p = c.length - 1; p >= 4; p--) {
      c[p] = (char) ('0' + (int) (v % 10));
      v /= 10;
    }
  }
}
