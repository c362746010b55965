package io.doublerandom.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class IdOrderTest {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Strings of 0–20 characters over a few letters and digits, so that prefixes repeat. */
  private static Gen<String> ids() {
    return lists().of(Generate.pick(List.of('0', '1', '9', 'A', 'Z')))
        .ofSizeBetween(0, 20)
        .map(chars -> {
          StringBuilder b = new StringBuilder();
          chars.forEach(b::append);
          return b.toString();
        });
  }

  private static List<String> sortedBy(String[] items, int[] order) {
    List<String> out = new ArrayList<>();
    for (int i : order) {
      out.add(items[i]);
    }
    return out;
  }

  @Test
  void packedKeysOrderAsTheStrings() {
    qt().withFixedSeed(7L).withExamples(2000).forAll(ids(), ids()).checkAssert((a, b) -> {
      long[] hi = new long[2];
      long[] lo = new long[2];
      assertEquals(true, IdOrder.pack(a, hi, lo, 0));
      assertEquals(true, IdOrder.pack(b, hi, lo, 1));
      int packed = hi[0] != hi[1] ? Long.compare(hi[0], hi[1]) : Long.compare(lo[0], lo[1]);
      assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(packed), a + " vs " + b);
    });
  }

  @Test
  void everyAllowedCharacterPacks() {
    long[] hi = new long[1];
    long[] lo = new long[1];
    assertEquals(true, IdOrder.pack(ALPHABET.substring(0, 20), hi, lo, 0));
    assertEquals(true, IdOrder.pack(ALPHABET.substring(16), hi, lo, 0));
    assertEquals(false, IdOrder.pack("91140100MA0GRX5L4a", hi, lo, 0));
    assertEquals(false, IdOrder.pack("1401-05", hi, lo, 0));
    assertEquals(false, IdOrder.pack("123456789012345678901", hi, lo, 0));
  }

  @Test
  void sortsAsTheNaturalOrderAndReportsTies() {
    qt().withFixedSeed(8L).withExamples(300).forAll(lists().of(ids()).ofSizeBetween(0, 200))
        .checkAssert(list -> {
          String[] items = list.toArray(new String[0]);
          IdOrder.Result r = IdOrder.of(items, Function.identity(), Comparator.naturalOrder());
          List<String> expected = new ArrayList<>(list);
          expected.sort(null);
          List<String> actual = sortedBy(items, r.order());
          assertEquals(expected, actual);
          List<Integer> ties = new ArrayList<>();
          for (int k = 1; k < actual.size(); k++) {
            if (actual.get(k).equals(actual.get(k - 1))) {
              ties.add(k);
            }
          }
          List<Integer> reported = new ArrayList<>();
          for (int k : r.ties()) {
            reported.add(k);
          }
          assertEquals(ties, reported);
        });
  }

  @Test
  void fallsBackWhenTheNaturalOrderIsNotTheOrderOfValues() {
    String[] items = {"B", "A", "C", "A"};
    IdOrder.Result r = IdOrder.of(items, Function.identity(), Comparator.reverseOrder());
    assertEquals(List.of("C", "B", "A", "A"), sortedBy(items, r.order()));
    assertArrayEquals(new int[] {3}, r.ties());
  }

  @Test
  void fallsBackWhenAValueCannotBePacked() {
    String[] items = {"b", "A", "a", "B"};
    IdOrder.Result r = IdOrder.of(items, Function.identity(), Comparator.naturalOrder());
    assertEquals(List.of("A", "B", "a", "b"), sortedBy(items, r.order()));
    assertArrayEquals(new int[0], r.ties());
  }
}
