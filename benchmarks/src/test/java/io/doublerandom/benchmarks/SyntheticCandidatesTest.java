package io.doublerandom.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.StreamingSelection;
import io.doublerandom.draw.TargetDraw;
import java.util.Arrays;
import java.util.HexFormat;
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
    // the frozen-population benchmark's design gives the same sizes, hence the same sample
    Population population = Population.of(Arrays.asList(all));
    Manifest manifest = Manifest.create("SX-2025-BENCH", TargetDrawBenchmark.KEY_STREAM,
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.01"))
            .withAlternates(TargetDrawBenchmark.ALTERNATES), SeedPlan.recorded(), population);
    DrawRecord record = TargetDraw.draw(manifest,
        new SeedSource.Recorded(HexFormat.of().formatHex(TargetDrawBenchmark.SEED)), population);
    // (the draw's seed is derived from the recorded value and the manifest hash)
    assertEquals(StreamingSelection.select(HexFormat.of().parseHex(record.seed()),
        TargetDrawBenchmark.KEY_STREAM, SyntheticCandidates.onePercent(n),
        TargetDrawBenchmark.ALTERNATES, new SyntheticCandidates(n)), record.strata());
  }
}
