package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrawSessionTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T09:30:00Z"),
      ZoneOffset.UTC);
  private static final DrawDesign DESIGN =
      DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(1)).withAlternates(1);
  private static final SeedSource.Recorded FIRST = new SeedSource.Recorded("11".repeat(32));
  private static final SeedSource.Recorded SECOND = new SeedSource.Recorded("22".repeat(32));

  private static <R> R drawn(DrawOutcome<R> o) {
    assertInstanceOf(DrawOutcome.Drawn.class, o, o.toString());
    return o.orElseThrow();
  }

  private static List<String> outcomes(DrawLedger ledger) {
    List<String> out = new ArrayList<>();
    ledger.entries().forEach(e -> out.add(e.attempt().task() + " " + e.attempt().outcome()
        .token()));
    return out;
  }

  @Test
  void aDrawIsLoggedAndASecondDrawIsRefusedBeforeAnythingIsDrawn() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    Manifest m = Manifest.create("SX-2024-0001", DESIGN, SeedPlan.recorded(), p);
    DrawRecord r = drawn(session.draw(m, FIRST, p));
    LedgerEntry e = session.ledger().entries().get(0);
    assertEquals(r.jsonHash(), e.attempt().recordHash());
    assertEquals(r.seed(), e.attempt().seed());
    assertEquals(Instant.parse("2024-07-01T09:30:00Z"), e.attempt().at());
    DrawOutcome<DrawRecord> again = session.draw(m, SECOND, p);
    assertTrue(assertInstanceOf(DrawOutcome.Refused.class, again).reason()
        .contains("needs a recorded reason"));
    // refused before drawing: even a population the manifest does not describe is not looked at
    DrawOutcome<DrawRecord> wrong = session.draw(m, SECOND, Population.of(
        Fixtures.uniform("S", 3)));
    assertInstanceOf(DrawOutcome.Refused.class, wrong);
    IllegalStateException ise = assertThrows(IllegalStateException.class, again::orElseThrow);
    assertTrue(ise.getMessage().contains("refused"), ise.getMessage());
    assertEquals(1, session.ledger().entries().size(), "nothing written for a refusal");
  }

  @Test
  void aRedrawNeedsAReasonAndANewSeedAndIsLoggedWithItsReason() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    Manifest m = Manifest.create("SX-2024-0001", DESIGN, SeedPlan.recorded(), p);
    drawn(session.draw(m, FIRST, p));
    assertThrows(IllegalArgumentException.class, () -> session.redraw(m, SECOND, p, " "));
    assertTrue(assertInstanceOf(DrawOutcome.Refused.class,
        session.redraw(m, FIRST, p, "重新抽取")).reason().contains("needs a new seed"));
    DrawRecord second = drawn(session.redraw(m, SECOND, p,
        "  名录库漏导 140106 的 12 户，重新冻结后重抽  "));
    LedgerEntry e = session.ledger().entries().get(1);
    assertEquals("名录库漏导 140106 的 12 户，重新冻结后重抽", e.attempt().reason());
    assertEquals(second.seed(), e.attempt().seed());
    assertEquals(List.of(), session.ledger().verifyChain());
  }

  @Test
  void failedAttemptsAreLoggedWithEveryProblem() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    byte[] s1 = "secret of the market bureau 0001".getBytes(StandardCharsets.UTF_8);
    byte[] s2 = "secret of the tax bureau 000002".getBytes(StandardCharsets.UTF_8);
    SeedPlan plan = SeedPlan.commitReveal(List.of(
        new SeedPlan.Commitment("市场监管局", SeedSource.commitment(s1)),
        new SeedPlan.Commitment("税务局", SeedSource.commitment(s2))));
    Manifest m = Manifest.create("SX-2024-0002", DESIGN, plan, p);
    DrawOutcome<DrawRecord> bad = session.draw(m, new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("市场监管局", s1), SeedSource.Reveal.of("税务局", s1))), p);
    DrawOutcome.Failed<DrawRecord> failed = assertInstanceOf(DrawOutcome.Failed.class, bad);
    assertTrue(failed.reason().contains("'税务局'"), failed.reason());
    assertEquals(failed.reason(), failed.entries().get(0).attempt().reason());
    DrawOutcome<DrawRecord> mismatch = session.draw(m, new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("市场监管局", s1), SeedSource.Reveal.of("税务局", s2))),
        Population.of(Fixtures.uniform("S", 4)));
    assertTrue(assertInstanceOf(DrawOutcome.Failed.class, mismatch).reason()
        .contains("manifest.populationDigest"));
    DrawRecord r = drawn(session.draw(m, new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("市场监管局", s1), SeedSource.Reveal.of("税务局", s2))), p));
    assertTrue(TargetDraw.verify(r, p).reproduces());
    assertEquals(List.of("SX-2024-0002 failed", "SX-2024-0002 failed", "SX-2024-0002 drawn"),
        outcomes(session.ledger()));
  }

  @Test
  void replacementsAreLoggedAndARunOutOfAlternatesIsAFailure() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    Manifest m = Manifest.create("SX-2024-0003", DESIGN, SeedPlan.recorded(), p);
    DrawRecord r = drawn(session.draw(m, FIRST, p));
    String gone = r.currentSample("A").get(0);
    DrawRecord r1 = drawn(session.replace(r, gone, "注销"));
    String alternate = r1.currentSample("A").get(0);
    DrawOutcome<DrawRecord> none = session.replace(r1, alternate, "无法联系");
    assertTrue(assertInstanceOf(DrawOutcome.Failed.class, none).reason()
        .contains("no unused alternate"));
    assertThrows(IllegalArgumentException.class, () -> session.replace(r1, "nobody", "x"));
    assertEquals(List.of("SX-2024-0003 drawn", "SX-2024-0003 replaced", "SX-2024-0003 failed"),
        outcomes(session.ledger()));
    assertEquals(gone + " -> " + alternate + ": 注销",
        session.ledger().entries().get(1).attempt().reason());
    assertEquals(r1.jsonHash(), session.ledger().entries().get(1).attempt().recordHash());
    // a replacement in a record of an older draw of the task is refused
    drawn(session.redraw(m, SECOND, p, "复核发现名录错误"));
    assertInstanceOf(DrawOutcome.Refused.class, session.replace(r, gone, "注销"));
  }

  @Test
  void jointDrawsLogOneEntryPerTaskAndAreRedrawnOnlyWithReasonAndNewSeed() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    Population q = Population.of(Fixtures.uniform("S", 8));
    JointManifest m = JointManifest.create("SX-2024-J01", List.of(
        new JointTask("T-food", List.of("SC-01"), DESIGN, p),
        new JointTask("T-price", List.of("JG-02"), DESIGN, p),
        new JointTask("T-other", List.of(), DESIGN, q)), SeedPlan.recorded());
    Map<String, Population> pops = Map.of("T-food", p, "T-price", p, "T-other", q);
    DrawOutcome<JointDrawRecord> o = session.draw(m, FIRST, pops);
    JointDrawRecord r = drawn(o);
    assertEquals(3, ((DrawOutcome.Drawn<JointDrawRecord>) o).entries().size());
    assertEquals(List.of("T-food drawn", "T-other drawn", "T-price drawn"),
        outcomes(session.ledger()));
    session.ledger().entries().forEach(e -> {
      assertEquals(r.manifestHash(), e.attempt().manifestHash());
      assertEquals(r.jsonHash(), e.attempt().recordHash());
      assertEquals("", e.attempt().reason());
    });
    assertInstanceOf(DrawOutcome.Refused.class, session.draw(m, SECOND, pops));
    // a single-task draw of a task drawn jointly is a redraw too
    Manifest single = Manifest.create("T-food", DESIGN, SeedPlan.recorded(), p);
    assertInstanceOf(DrawOutcome.Refused.class, session.draw(single, SECOND, p));
    JointDrawRecord again = drawn(session.redraw(m, SECOND, pops, "联合部门增加，重新组织"));
    assertEquals(6, session.ledger().entries().size());
    assertEquals("联合部门增加，重新组织", session.ledger().entries().get(5).attempt().reason());
    String shared = again.entities().stream().filter(e -> e.tasks().size() == 2).findFirst()
        .orElseThrow().id();
    JointDrawRecord replaced = drawn(session.replaceInEveryTask(again, shared, "迁出"));
    assertEquals(List.of("T-food replaced", "T-price replaced"), outcomes(session.ledger())
        .subList(6, 8));
    JointDrawRecord one = drawn(session.replace(replaced, "T-other",
        replaced.currentSample("T-other").get(0), "无法联系"));
    assertTrue(JointDraw.verify(one, pops).reproduces());
    assertEquals(List.of(), session.ledger().verifyChain());
    assertEquals(9, session.ledger().entries().size());
  }

  @Test
  void aFailedJointDrawIsLoggedForEveryTask() {
    DrawSession session = new DrawSession(DrawLedger.inMemory(), CLOCK);
    Population p = Fixtures.threeStrata();
    JointManifest m = JointManifest.create("SX-2024-J02", List.of(
        new JointTask("A-1", List.of(), DESIGN, p), new JointTask("B-1", List.of(), DESIGN, p)),
        SeedPlan.drand(SeedPlan.Drand.QUICKNET, 1000));
    DrawOutcome<JointDrawRecord> o = session.draw(m, new SeedSource.Drand(
        SeedPlan.Drand.QUICKNET, 657413, SeedSourceTest.QUICKNET_SIGNATURE,
        SeedSourceTest.QUICKNET_RANDOMNESS), Map.of("A-1", p, "B-1", p));
    DrawOutcome.Failed<JointDrawRecord> f = assertInstanceOf(DrawOutcome.Failed.class, o);
    assertTrue(f.reason().contains("round 657413"), f.reason());
    assertEquals(List.of("A-1 failed", "B-1 failed"), outcomes(session.ledger()));
  }
}
