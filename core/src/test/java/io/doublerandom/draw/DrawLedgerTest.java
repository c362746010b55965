package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawLedgerTest {
  private static final Instant T0 = Instant.parse("2024-07-01T09:00:00.123Z");
  private static final DrawDesign DESIGN =
      DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)).withAlternates(2);

  private static DrawRecord draw(String task, String value) {
    Population p = Fixtures.threeStrata();
    return TargetDraw.draw(Manifest.create(task, DESIGN, SeedPlan.recorded(), p),
        new SeedSource.Recorded(value), p);
  }

  private static LedgerEntry appended(LedgerAppend a) {
    return assertInstanceOf(LedgerAppend.Appended.class, a).entry();
  }

  private static String refused(LedgerAppend a) {
    return assertInstanceOf(LedgerAppend.Refused.class, a).reason();
  }

  @Test
  void everyAttemptIsChainedToTheOneBefore() {
    DrawLedger ledger = DrawLedger.inMemory();
    DrawRecord r = draw("T-1", "01".repeat(32));
    LedgerEntry e0 = appended(ledger.append(DrawAttempt.failed("T-1", r.manifestHash(),
        "reveal of party '县税务局' did not match its commitment", T0)));
    LedgerEntry e1 = appended(ledger.append(DrawAttempt.drawn(r, T0.plusSeconds(60))));
    DrawRecord replaced = r.withReplacement(r.stratum("A").orElseThrow().selected().get(0).id(),
        "deregistered");
    LedgerEntry e2 = appended(ledger.append(DrawAttempt.replaced(replaced, T0.plusSeconds(90))));
    assertEquals(LedgerEntry.GENESIS, e0.previousHash());
    assertEquals(e0.hash(), e1.previousHash());
    assertEquals(e1.hash(), e2.previousHash());
    assertEquals(List.of(0L, 1L, 2L), ledger.entries().stream().map(LedgerEntry::sequence)
        .toList());
    assertEquals(Instant.parse("2024-07-01T09:00:00Z"), e0.attempt().at());
    assertTrue(e2.attempt().reason().endsWith(": deregistered"), e2.attempt().reason());
    assertEquals(List.of(), ledger.verifyChain());
    assertEquals(3, ledger.entries("T-1").size());
    assertEquals(0, ledger.entries("T-2").size());
  }

  @Test
  void aRedrawNeedsAReasonAndANewSeed() {
    DrawLedger ledger = DrawLedger.inMemory();
    DrawRecord first = draw("T-1", "01".repeat(32));
    appended(ledger.append(DrawAttempt.drawn(first, T0)));
    assertTrue(refused(ledger.append(DrawAttempt.drawn(draw("T-1", "02".repeat(32)), T0)))
        .contains("needs a recorded reason"));
    assertTrue(refused(ledger.append(DrawAttempt.redrawn(first, "projector failed", T0)))
        .contains("needs a new seed"));
    assertEquals(1, ledger.entries().size(), "refusals write nothing");
    LedgerEntry redraw = appended(ledger.append(DrawAttempt.redrawn(draw("T-1", "02".repeat(32)),
        "the first draw used the 2023 directory by mistake", T0.plusSeconds(3600))));
    assertEquals(1, redraw.sequence());
    // another task is independent
    appended(ledger.append(DrawAttempt.drawn(draw("T-2", "01".repeat(32)), T0)));
    assertEquals(List.of(), ledger.verifyChain());
  }

  @Test
  void aReplacementMustFollowTheLatestDrawOfItsTask() {
    DrawLedger ledger = DrawLedger.inMemory();
    DrawRecord r = draw("T-1", "01".repeat(32));
    DrawRecord replaced = r.withReplacement(r.stratum("C").orElseThrow().selected().get(0).id(),
        "unreachable");
    assertTrue(refused(ledger.append(DrawAttempt.replaced(replaced, T0)))
        .contains("no draw to replace in"));
    appended(ledger.append(DrawAttempt.drawn(r, T0)));
    appended(ledger.append(DrawAttempt.redrawn(draw("T-1", "03".repeat(32)), "court order", T0)));
    assertTrue(refused(ledger.append(DrawAttempt.replaced(replaced, T0)))
        .contains("must refer to its latest draw"));
  }

  @Test
  void alteredRemovedOrReorderedEntriesBreakTheChain() {
    DrawLedger ledger = DrawLedger.inMemory();
    for (int i = 1; i <= 4; i++) {
      appended(ledger.append(DrawAttempt.drawn(draw("T-" + i, "0" + i + "01".repeat(31)),
          T0.plusSeconds(i))));
    }
    List<LedgerEntry> entries = ledger.entries();
    // an edited reason
    List<LedgerEntry> edited = new ArrayList<>(entries);
    LedgerEntry e = entries.get(1);
    DrawAttempt a = e.attempt();
    edited.set(1, new LedgerEntry(e.sequence(), e.previousHash(), new DrawAttempt(a.task(),
        a.outcome(), a.manifestHash(), a.seed(), a.recordHash(), "inserted later", a.at()),
        e.hash()));
    List<String> problems = DrawLedger.checkChain(edited);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("entry 1 (task T-2) was altered"), problems.get(0));
    // a removed entry
    List<LedgerEntry> removed = new ArrayList<>(entries);
    removed.remove(2);
    assertEquals(2, DrawLedger.checkChain(removed).size()); // sequence and link of the next one
    // swapped entries
    List<LedgerEntry> swapped = new ArrayList<>(entries);
    swapped.set(1, entries.get(2));
    swapped.set(2, entries.get(1));
    assertTrue(DrawLedger.checkChain(swapped).size() >= 2);
    assertEquals(List.of(), DrawLedger.checkChain(entries));
  }

  @Test
  void attemptsValidateTheirFields() {
    assertThrows(IllegalArgumentException.class, () -> DrawAttempt.failed("T", "", " ", T0));
    assertThrows(IllegalArgumentException.class, () -> new DrawAttempt("T",
        DrawAttempt.Outcome.DRAWN, "", "", "", "", T0));
    assertThrows(IllegalArgumentException.class, () -> DrawAttempt.failed("T", "abc", "x", T0));
  }
}
