package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exact checks of simple random sampling: the selector keeps exactly the candidates of the
 * smallest key ranks, whatever the offer order. With independent uniform keys every ranking of a
 * stratum is equally likely, so exact enumeration over rankings gives the inclusion probabilities.
 */
class KeySelectorTest {
  private static byte[] key(long rank) {
    byte[] k = new byte[32];
    byte[] r = BigInteger.valueOf(rank).toByteArray();
    System.arraycopy(r, 0, k, 32 - r.length, r.length);
    return k;
  }

  private static KeySelector selector(String stratum, int capacity) {
    return new KeySelector(new Prf(new byte[32], "test"), Map.of(stratum, capacity));
  }

  @Test
  void everyRankingOfFiveGivesTwoFifthsSelectedAndOneFifthFirstAlternate() {
    List<Candidate> cs = Fixtures.uniform("S", 5);
    int[] perm = {0, 1, 2, 3, 4};
    int[] selected = new int[5];
    int[] alternate = new int[5];
    int rankings = 0;
    Random order = new Random(7); // only shuffles the offer order, never decides a selection
    do {
      KeySelector s = selector("S", 3);
      List<Integer> offers = new ArrayList<>(List.of(0, 1, 2, 3, 4));
      Collections.shuffle(offers, order);
      for (int i : offers) {
        s.offer(cs.get(i), key(perm[i]));
      }
      List<Keyed> kept = s.sorted("S");
      assertEquals(3, kept.size());
      selected[index(kept.get(0))]++;
      selected[index(kept.get(1))]++;
      alternate[index(kept.get(2))]++;
      rankings++;
    } while (PivotalTest.nextPermutation(perm));
    assertEquals(120, rankings);
    for (int i = 0; i < 5; i++) {
      assertEquals(48, selected[i], "exactly 2/5 of the 120 rankings select candidate " + i);
      assertEquals(24, alternate[i], "exactly 1/5 of the rankings make it first alternate");
    }
  }

  private static int index(Keyed k) {
    return Integer.parseInt(k.candidate.id().substring(1));
  }

  /**
   * The fault of reference/sampling.md: N = 29, n = 10 with floor-division skipping gave rows
   * 20–28 probability 0. Here each of the 29 cyclic rotations of the ranks puts every candidate at
   * every rank exactly once, and the selector selects a candidate exactly when its rank is below
   * 10: so each candidate is selected in exactly 10 of 29 equally likely rank classes, 10/29.
   */
  @Test
  void twentyNineChooseTenGivesEveryCandidateExactlyTenTwentyNinths() {
    List<Candidate> cs = Fixtures.uniform("S", 29);
    int[] count = new int[29];
    for (int r = 0; r < 29; r++) {
      KeySelector s = selector("S", 10);
      for (int i = 0; i < 29; i++) {
        s.offer(cs.get(i), key((i + r) % 29));
      }
      for (Keyed k : s.sorted("S")) {
        assertEquals(true, (index(k) + r) % 29 < 10, "selected only ranks below 10");
        count[index(k)]++;
      }
    }
    for (int i = 0; i < 29; i++) {
      assertEquals(10, count[i], "candidate " + i);
    }
  }

  @Test
  void tiesOnTheKeyAreBrokenByIdBytes() {
    KeySelector s = selector("S", 2);
    s.offer(Candidate.of("b", "S"), key(5));
    s.offer(Candidate.of("c", "S"), key(5));
    s.offer(Candidate.of("a", "S"), key(5));
    assertEquals(List.of("a", "b"), s.sorted("S").stream().map(k -> k.candidate.id()).toList());
  }

  @Test
  void selectorsOverPartsMergeIntoTheSelectorOfTheWhole() {
    List<Candidate> cs = new ArrayList<>(Fixtures.uniform("A", 300));
    cs.addAll(Fixtures.uniform("B", 200).stream()
        .map(c -> Candidate.of("B" + c.id(), "B")).toList());
    Prf prf = new Prf(Fixtures.seed(11), "merge");
    Map<String, Integer> cap = Map.of("A", 17, "B", 4);
    KeySelector whole = new KeySelector(prf.copy(), cap);
    cs.forEach(whole::offer);
    for (int parts : new int[] {2, 3, 7, 50}) {
      KeySelector merged = null;
      for (int p = 0; p < parts; p++) {
        KeySelector part = new KeySelector(prf.copy(), cap);
        for (int i = p; i < cs.size(); i += parts) {
          part.offer(cs.get(i));
        }
        merged = merged == null ? part : merged.merge(part);
      }
      for (String stratum : List.of("A", "B")) {
        assertEquals(ids(whole.sorted(stratum)), ids(merged.sorted(stratum)), parts + " parts");
      }
    }
  }

  private static List<String> ids(List<Keyed> ks) {
    return ks.stream().map(k -> k.candidate.id() + "/" + k.keyHex()).toList();
  }
}
