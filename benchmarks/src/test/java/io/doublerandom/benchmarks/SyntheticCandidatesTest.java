package io.doublerandom.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.doublerandom.draw.Candidate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The benchmark's input generator and the two ways its benchmarks feed the draw. */
class SyntheticCandidatesTest {

  /** The incremental id generator gives exactly {@code id(i)}, across every carry up to 10^6. */
  @Test
  void generatedIdsAreTheNumberedIds() {
    int n = 1_000_123;
    SyntheticCandidates it = new SyntheticCandidates(n);
    Map<String, Integer> seen = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String id = it.nextId();
      if (!id.equals(SyntheticCandidates.id(i))) {
        assertEquals(SyntheticCandidates.id(i), id, "candidate " + i);
      }
      seen.merge(it.lastStratum(), 1, Integer::sum);
    }
    assertFalse(it.hasNext());
    assertEquals("911400000001000122", SyntheticCandidates.id(n - 1));
    assertEquals(SyntheticCandidates.counts(n), seen);
  }

  /** Every benchmark variant draws the same sample from the same candidates. */
  @Test
  void variantsDrawTheSameSample() {
    int n = 20_000;
    Candidate[] all = TargetDrawBenchmark.store(n);
    assertEquals(TargetDrawBenchmark.stream(n), TargetDrawBenchmark.streamPrepared(all));
    assertEquals(TargetDrawBenchmark.stream(n), TargetDrawBenchmark.streamIds(n));
    assertEquals(Map.of("A", 80, "B", 60, "C", 40, "D", 20), SyntheticCandidates.onePercent(n));
  }
}
