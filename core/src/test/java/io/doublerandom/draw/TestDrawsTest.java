package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key access ({@link DrawKeys}) and the test-only raw-seed entry point ({@link TestDraws}). */
class TestDrawsTest {
  private static Population weighted() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      list.add(Candidate.scored("U" + i, i < 6 ? "A" : "B", new BigDecimal(1 + i)));
    }
    return Population.of(list);
  }

  @Test
  void keysOfEveryCandidateMatchTheRecordAndTheRawSeedSampleIsTheRecordsSelection() {
    for (DrawMethod method : DrawMethod.values()) {
      Population population = weighted();
      Manifest manifest = Manifest.create("T-keys", DrawDesign.of(method, SizeRule.count(2))
          .withAlternates(2), SeedPlan.recorded(), population);
      SeedSource source = new SeedSource.Recorded(Codec.hex(Fixtures.seed(7)));
      DrawRecord record = TargetDraw.draw(manifest, source, population);
      DrawKeys keys = DrawKeys.of(record);
      DrawKeys same = DrawKeys.of(manifest, source);
      for (DrawRecord.StratumDraw s : record.strata()) {
        for (DrawRecord.Drawn d : s.selected()) {
          assertEquals(d.key(), keys.k(d.id()), method + " " + d.id());
        }
        for (DrawRecord.Drawn d : s.alternates()) {
          assertEquals(d.key(), keys.k(d.id()));
        }
      }
      for (Candidate c : population.candidates()) {
        assertEquals(keys.k(c.id()), same.k(c.id()));
        assertEquals(keys.v(c.id()), same.v(c.id()));
        assertFalse(keys.k(c.id()).equals(keys.v(c.id())));
        BigDecimal u = keys.uniformK(c.id());
        assertTrue(u.signum() >= 0 && u.compareTo(BigDecimal.ONE) < 0);
      }
      TestDraws.RawSample raw = TestDraws.of(manifest, population)
          .withRawSeed(Codec.unhex("seed", record.seed(), 32));
      assertEquals(record.strata(), raw.strata(), method.toString());
      assertEquals(record.currentSample(), raw.selected());
    }
  }

  @Test
  void aRecordBuiltAroundARawSeedDoesNotVerify() {
    Population population = weighted();
    Manifest manifest = Manifest.create("T-raw", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(2)), SeedPlan.recorded(), population);
    byte[] raw = Fixtures.seed(3);
    TestDraws.RawSample sample = TestDraws.of(manifest, population).withRawSeed(raw);
    // the strongest forgery: the raw seed as the record's seed, and as the recorded material
    DrawRecord forged = new DrawRecord(TargetDraw.SPEC, manifest, manifest.hash(),
        new SeedSource.Recorded(Codec.hex(raw)), Codec.hex(raw), sample.strata(), List.of());
    Verification v = TargetDraw.verify(forged, population);
    assertFalse(v.reproduces());
    assertTrue(v.differences().stream().anyMatch(d -> d.field().startsWith("seed")),
        v.toString());
  }

  @Test
  void chosenKeysDecideTheOrderAndTheDuels() {
    Population population = weighted();
    Manifest manifest = Manifest.create("T-keys", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(2)), SeedPlan.recorded(), population);
    TestDraws draws = TestDraws.of(manifest, population);
    // order key = the candidate's number reversed: U5, U4 first in A; U11, U10 first in B
    TestDraws.RawSample s = draws.withKeys(id -> key(20 - Integer.parseInt(id.substring(1))),
        id -> key(0));
    assertEquals(List.of("U5", "U4", "U11", "U10"), s.selected());
    assertEquals(4, s.size());
    assertThrows(IllegalArgumentException.class, () -> draws.withKeys(id -> new byte[3],
        id -> key(0)));
    assertThrows(IllegalArgumentException.class, () -> draws.withRawSeed(new byte[31]));
    Manifest other = Manifest.create("T-other", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(1)), SeedPlan.recorded(), population);
    assertThrows(IllegalArgumentException.class, () -> TestDraws.of(other,
        Population.of(List.of(Candidate.of("X", "A")))));
  }

  private static byte[] key(int v) {
    byte[] k = new byte[32];
    Arrays.fill(k, 0, 31, (byte) 0);
    k[31] = (byte) v;
    return k;
  }
}
