package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A replacement, redraw or record that the ledger does not hold is reported
 * (docs/draw-spec.md section 12.1; issue 12, correctness item 3).
 */
class LedgerVerificationTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T09:30:00Z"),
      ZoneOffset.UTC);
  private static final DrawDesign DESIGN =
      DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(1)).withAlternates(2);
  private static final SeedSource.Recorded FIRST = new SeedSource.Recorded("11".repeat(32));
  private static final SeedSource.Recorded SECOND = new SeedSource.Recorded("22".repeat(32));

  private static List<String> fields(Verification v) {
    return v.differences().stream().map(Verification.Difference::field).toList();
  }

  @Test
  void aDrawAndItsReplacementsThroughTheSessionVerifyAgainstTheLedger() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    DrawRecord r = session.draw(Manifest.create("SX-2024-0001", DESIGN, SeedPlan.recorded(), p),
        FIRST, p).orElseThrow();
    assertTrue(LedgerVerification.verify(r, session.ledger()).reproduces());
    String first = r.currentSample("A").get(0);
    DrawRecord once = session.replace(r, first, "已注销").orElseThrow();
    DrawRecord twice = session.replace(once, once.currentSample("A").get(0), "无法联系")
        .orElseThrow();
    assertTrue(LedgerVerification.verify(twice, session.ledger()).reproduces(),
        LedgerVerification.verify(twice, session.ledger()).toString());
    // the record published before the second replacement lacks one the ledger holds
    List<String> f = fields(LedgerVerification.verify(once, session.ledger()));
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).startsWith("ledger["), f.toString());
  }

  @Test
  void aReplacementAddedByHandVerifiesAgainstThePopulationButNotAgainstTheLedger() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    DrawRecord r = session.draw(Manifest.create("SX-2024-0001", DESIGN, SeedPlan.recorded(), p),
        FIRST, p).orElseThrow();
    DrawRecord forged = r.withReplacement(r.currentSample("C").get(0), "any reason at all");
    // the record alone cannot tell: the replacement takes the next alternate, as section 10 says
    assertTrue(TargetDraw.verify(forged, p).reproduces());
    Verification v = LedgerVerification.verify(forged, session.ledger());
    assertEquals(List.of("replacements[0]"), fields(v), v.toString());
    assertTrue(v.differences().get(0).recomputed().contains("not in the ledger"), v.toString());
  }

  @Test
  void aRecordTheLedgerNeverSawAndARedrawnRecordAreReported() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    Manifest m = Manifest.create("SX-2024-0001", DESIGN, SeedPlan.recorded(), p);
    DrawRecord unlogged = TargetDraw.draw(m, SECOND, p);
    assertEquals(List.of("ledger.drawn"), fields(LedgerVerification.verify(unlogged,
        session.ledger())));
    DrawRecord r = session.draw(m, FIRST, p).orElseThrow();
    session.redraw(m, SECOND, p, "the population file missed 12 entities").orElseThrow();
    Verification v = LedgerVerification.verify(r, session.ledger());
    assertEquals(List.of("ledger.redraw"), fields(v), v.toString());
    assertTrue(v.differences().get(0).recomputed().contains("missed 12 entities"));
  }

  @Test
  void recordHashesAreRecomputedFromContentAndTheOldFileHashIsAccepted() {
    Population p = Fixtures.threeStrata();
    DrawRecord r = TargetDraw.draw(Manifest.create("SX-2024-0001", DESIGN, SeedPlan.recorded(),
        p), FIRST, p);
    Instant at = Instant.parse("2024-07-01T09:30:00Z");
    String fileHash = Codec.hex(Codec.sha256(r.toJson().getBytes(StandardCharsets.UTF_8)));
    for (String hash : List.of(r.jsonHash(), fileHash)) {
      DrawLedger ledger = DrawLedger.inMemory();
      ledger.append(new DrawAttempt("SX-2024-0001", DrawAttempt.Outcome.DRAWN, r.manifestHash(),
          r.seed(), hash, "", at));
      assertTrue(LedgerVerification.verify(r, ledger).reproduces(), hash);
    }
    // same draw (manifest hash and seed), other content: the logged record hash does not match
    DrawRecord.StratumDraw a = r.strata().get(0);
    List<DrawRecord.StratumDraw> strata = new ArrayList<>(r.strata());
    strata.set(0, new DrawRecord.StratumDraw(a.stratum(), a.population(), a.sample(),
        a.selected(), List.of(), a.probabilities()));
    DrawRecord edited = new DrawRecord(r.spec(), r.manifest(), r.manifestHash(), r.seedSource(),
        r.seed(), strata, List.of());
    DrawLedger ledger = DrawLedger.inMemory();
    ledger.append(DrawAttempt.drawn(r, at));
    assertEquals(List.of("ledger[0].recordHash"), fields(LedgerVerification.verify(edited,
        ledger)));
  }

  @Test
  void aBrokenChainIsReported() {
    Population p = Fixtures.threeStrata();
    DrawRecord r = TargetDraw.draw(Manifest.create("SX-2024-0001", DESIGN, SeedPlan.recorded(),
        p), FIRST, p);
    LedgerEntry e = LedgerEntry.create(0, LedgerEntry.GENESIS,
        DrawAttempt.drawn(r, Instant.parse("2024-07-01T09:30:00Z")));
    LedgerEntry altered = new LedgerEntry(0, e.previousHash(), new DrawAttempt(
        e.attempt().task(), e.attempt().outcome(), e.attempt().manifestHash(), e.attempt().seed(),
        e.attempt().recordHash(), "edited", e.attempt().at()), e.hash());
    assertEquals(List.of("ledger chain"), fields(LedgerVerification.verify(r, List.of(altered))));
  }

  @Test
  void jointRecordsAreCheckedPerTask() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    JointManifest m = JointManifest.create("SX-2024-J01", List.of(
        new JointTask("SX-2024-0101", List.of(), DESIGN, p),
        new JointTask("SX-2024-0102", List.of(), DESIGN, p)), SeedPlan.recorded());
    JointDrawRecord r = session.draw(m, FIRST, Map.of("SX-2024-0101", p, "SX-2024-0102", p))
        .orElseThrow();
    assertTrue(LedgerVerification.verify(r, session.ledger()).reproduces());
    String id = r.currentSample("SX-2024-0101").get(0);
    JointDrawRecord everywhere = session.replaceInEveryTask(r, id, "已注销").orElseThrow();
    Verification ok = LedgerVerification.verify(everywhere, session.ledger());
    assertTrue(ok.reproduces(), ok.toString());
    JointDrawRecord forged = everywhere.withReplacement("SX-2024-0102",
        everywhere.currentSample("SX-2024-0102").get(0), "hand-made");
    assertTrue(JointDraw.verify(forged, Map.of("SX-2024-0101", p, "SX-2024-0102", p))
        .reproduces());
    assertEquals(List.of("replacements[1][SX-2024-0102]"),
        fields(LedgerVerification.verify(forged, session.ledger())));
  }
}
