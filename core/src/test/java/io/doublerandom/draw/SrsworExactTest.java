package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exact checks of simple random sampling as draws run it ({@link StreamingSelection} fed given
 * keys): the selection keeps exactly the candidates of the smallest key ranks, whatever the offer
 * order. With independent uniform keys every ranking of a stratum is equally likely, so exact
 * enumeration over rankings gives the inclusion probabilities.
 */
class SrsworExactTest {
  /**
   * A key of the given rank: the rank in the first 8 bytes (so that the selection's comparisons
   * on key prefixes and its buffer cuts take part) and again in the last 8.
   */
  private static byte[] key(long rank) {
    java.nio.ByteBuffer k = java.nio.ByteBuffer.allocate(32);
    k.putLong(0, rank * 0x0101_0101L);
    k.putLong(24, rank);
    return k.array();
  }

  /** A selection of {@code sample} of the candidates with {@code alternates} alternates. */
  private static StreamingSelection selection(List<Candidate> candidates, int sample,
      int alternates) {
    Manifest m = Manifest.create("test", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(sample)).withAlternates(alternates), SeedPlan.recorded(),
        Population.of(candidates));
    return StreamingSelection.withGivenKeys(m);
  }

  /** The kept ids of the only stratum: selected, then alternates, in key order. */
  private static List<String> kept(StreamingSelection s) {
    DrawRecord.StratumDraw d = s.result().get(0);
    List<String> ids = new ArrayList<>();
    d.selected().forEach(x -> ids.add(x.id()));
    d.alternates().forEach(x -> ids.add(x.id()));
    return ids;
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
      StreamingSelection s = selection(cs, 2, 1);
      List<Integer> offers = new ArrayList<>(List.of(0, 1, 2, 3, 4));
      Collections.shuffle(offers, order);
      for (int i : offers) {
        s.offer(cs.get(i), key(perm[i]));
      }
      List<String> kept = kept(s);
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

  private static int index(String id) {
    return Integer.parseInt(id.substring(1));
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
      StreamingSelection s = selection(cs, 10, 0);
      for (int i = 0; i < 29; i++) {
        s.offer(cs.get(i), key((i + r) % 29));
      }
      DrawRecord.StratumDraw d = s.result().get(0);
      assertEquals(Rational.of(10, 29), d.selected().get(0).probability());
      for (String id : kept(s)) {
        assertEquals(true, (index(id) + r) % 29 < 10, "selected only ranks below 10");
        count[index(id)]++;
      }
    }
    for (int i = 0; i < 29; i++) {
      assertEquals(10, count[i], "candidate " + i);
    }
  }

  /**
   * As above with a stratum large enough that the selection cuts its buffer back many times and
   * then rejects most candidates on the 8-byte prefix alone: 200 candidates, 3 selected and 2
   * alternates, every cyclic rotation of the ranks; offers in a shuffled order.
   */
  @Test
  void twoHundredChooseThreeThroughBufferCutsGivesEveryCandidateExactlyThreeTwoHundredths() {
    List<Candidate> cs = Fixtures.uniform("S", 200);
    int[] selected = new int[200];
    int[] alternates = new int[200];
    Random order = new Random(11); // only shuffles the offer order, never decides a selection
    for (int r = 0; r < 200; r++) {
      StreamingSelection s = selection(cs, 3, 2);
      List<Integer> offers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        offers.add(i);
      }
      Collections.shuffle(offers, order);
      for (int i : offers) {
        s.offer(cs.get(i), key((i + r) % 200));
      }
      List<String> kept = kept(s);
      assertEquals(5, kept.size());
      for (int k = 0; k < 5; k++) {
        int i = index(kept.get(k));
        assertEquals(k, (i + r) % 200, "rank order");
        (k < 3 ? selected : alternates)[i]++;
      }
    }
    for (int i = 0; i < 200; i++) {
      assertEquals(3, selected[i], "candidate " + i);
      assertEquals(2, alternates[i], "candidate " + i);
    }
  }

  @Test
  void tiesOnTheKeyAreBrokenByIdBytes() {
    List<Candidate> cs = List.of(Candidate.of("b", "S"), Candidate.of("c", "S"),
        Candidate.of("a", "S"));
    StreamingSelection s = selection(cs, 2, 0);
    cs.forEach(c -> s.offer(c, key(5)));
    assertEquals(List.of("a", "b"), kept(s));
  }

  @Test
  void drawsOverPartsMergeIntoTheDrawOfTheWhole() {
    List<Candidate> cs = new ArrayList<>(Fixtures.uniform("A", 300));
    cs.addAll(Fixtures.uniform("B", 200).stream()
        .map(c -> Candidate.of("B" + c.id(), "B")).toList());
    Manifest m = Manifest.create("merge", DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(13))
        .withStratumSize("B", SizeRule.count(2)).withAlternates(3), SeedPlan.recorded(),
        Population.of(cs));
    Prf prf = new Prf(Fixtures.seed(11), m.keyStream());
    StreamingSelection whole = StreamingSelection.forManifest(m, prf.copy());
    cs.forEach(whole::offer);
    List<DrawRecord.StratumDraw> expected = whole.result();
    for (int parts : new int[] {2, 3, 7, 50}) {
      StreamingSelection merged = null;
      for (int p = 0; p < parts; p++) {
        StreamingSelection part = StreamingSelection.forManifest(m, prf.copy());
        for (int i = p; i < cs.size(); i += parts) {
          part.offer(cs.get(i));
        }
        merged = merged == null ? part : merged.merge(part);
      }
      assertEquals(expected, merged.result(), parts + " parts");
    }
  }
}
