package io.doublerandom.plan;

import static io.doublerandom.plan.PlanFixtures.item;
import static io.doublerandom.plan.PlanFixtures.jointPlan;
import static io.doublerandom.plan.PlanFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanAmendment;
import io.doublerandom.model.plan.PlanChange;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.spi.VersionConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanBookTest {
  private final InMemoryPlanStore store = new InMemoryPlanStore();
  private final PlanBook book = new PlanBook(store, PlanFixtures.validator(), PlanFixtures.CLOCK);

  @Test
  void aPlanGoesFromDraftToCompletedOneStepAtATimeEachAVersion() {
    AnnualPlan p = book.create(plan("P1").build());
    assertEquals(1, p.version());
    p = book.publish("P1", 1);
    assertEquals(PlanStatus.PUBLISHED, p.status());
    assertEquals(2, p.version());
    assertEquals(LocalDate.of(2025, 3, 3), p.publishedOn().orElseThrow(), "the clock's date");
    p = book.start("P1", 2);
    p = book.complete("P1", 3);
    assertEquals(PlanStatus.COMPLETED, p.status());
    assertEquals(4, store.history("P1").size());
  }

  @Test
  void anIllegalMoveNamesBothStates() {
    book.create(plan("P1").build());
    PlanTransitionException e = assertThrows(PlanTransitionException.class,
        () -> book.complete("P1", 1));
    assertEquals("plan P1 cannot move from 草稿 DRAFT to 已完成 COMPLETED; the only move from DRAFT"
        + " is to PUBLISHED", e.getMessage());
    assertEquals(PlanStatus.DRAFT, e.from());
    assertEquals(PlanStatus.COMPLETED, e.to());
    book.publish("P1", 1);
    book.start("P1", 2);
    book.complete("P1", 3);
    assertEquals("plan P1 cannot move from 已完成 COMPLETED to 实施中 IN_PROGRESS; no move leaves"
        + " COMPLETED", assertThrows(PlanTransitionException.class,
            () -> book.start("P1", 4)).getMessage());
  }

  @Test
  void publishingRefusesAnInvalidPlanListingEveryProblemAndSavesNothing() {
    book.create(plan("P1").items(List.of(item("1").addItemCodes("XX-1", "XX-2").build()))
        .build());
    PlanValidationException e = assertThrows(PlanValidationException.class,
        () -> book.publish("P1", 1));
    assertEquals("plan P1 has 2 problems:\n"
        + "  item 1 item code 'XX-1': is not an item of checklist 随机抽查事项清单 v1\n"
        + "  item 1 item code 'XX-2': is not an item of checklist 随机抽查事项清单 v1",
        e.getMessage());
    assertEquals(2, e.problems().size());
    assertEquals(1, store.find("P1").orElseThrow().version());
  }

  @Test
  void publishingChecksOverlapWithTheStoredJointPlans() {
    book.create(jointPlan("J1").build());
    book.create(plan("P1").build());
    assertEquals(1, assertThrows(PlanValidationException.class, () -> book.publish("P1", 1))
        .problems().size());
  }

  @Test
  void staleVersionsAreConflicts() {
    book.create(plan("P1").build());
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> book.publish("P1", 7));
    assertEquals(7, e.expectedVersion());
    assertEquals(1, e.actualVersion());
    assertEquals(1, book.create(plan("P1").build()).version(), "the same draft again: a no-op");
    assertThrows(VersionConflictException.class, () -> book.create(plan("P1").name("另一个")
        .build()));
  }

  @Test
  void draftsAreRevisedFreelyAndARevisionWithoutChangeIsANoOp() {
    AnnualPlan p = book.create(plan("P1").build());
    AnnualPlan same = book.revise(p);
    assertEquals(1, same.version());
    AnnualPlan renamed = book.revise(AnnualPlan.builder().from(p).name("新名称").build());
    assertEquals(2, renamed.version());
    assertEquals("新名称", renamed.name());
    assertThrows(VersionConflictException.class,
        () -> book.revise(AnnualPlan.builder().from(p).name("又一个").build()));
  }

  @Test
  void aPublishedPlanChangesOnlyByAmendment() {
    book.create(plan("P1").build());
    AnnualPlan published = book.publish("P1", 1);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> book.revise(AnnualPlan.builder().from(published).name("x").build()));
    assertEquals("plan P1 is 已公布 PUBLISHED; a published plan changes only by amendment",
        e.getMessage());
  }

  @Test
  void anAmendmentIsANewVersionWithReasonDateAndChangesAndTheOldVersionStaysReadable() {
    book.create(plan("P1").build());
    AnnualPlan published = book.publish("P1", 1);
    AnnualPlan changed = AnnualPlan.builder().from(published).items(List.of(item("1")
        .sampling(Sampling.byClass(Map.of("A", "0.03", "B", "0.06", "C", "0.10", "D", "0.30")))
        .build(), item("2").itemCodes(List.of("SC-01-02")).build())).build();
    AnnualPlan amended = book.amend(changed, "上级部署调整", LocalDate.of(2025, 5, 1));
    assertEquals(3, amended.version());
    PlanAmendment a = amended.amendments().get(0);
    assertEquals(1, a.number());
    assertEquals(2, a.replacedVersion());
    assertEquals("上级部署调整", a.reason());
    assertEquals(LocalDate.of(2025, 5, 1), a.effectiveOn());
    assertEquals(Instant.parse("2025-03-03T02:00:00Z"), a.recordedAt());
    assertEquals(List.of(
        new PlanChange("item 1 sampling", "A 0.03, B 0.05, C 0.1, D 0.2; ceiling",
            "A 0.03, B 0.06, C 0.1, D 0.3; ceiling"),
        new PlanChange("item 2", "", "SC-01-02 (随机抽查事项清单 v1); entities the items apply to;"
            + " A 0.03, B 0.05, C 0.1, D 0.2; ceiling; frequency =1; batches 1:"
            + " 2025-04-01..2025-06-30")), a.changes());
    assertEquals(published, store.find("P1", 2).orElseThrow(), "the old version stays");
    assertEquals(List.of(a), book.amendments("P1"));
    assertEquals(PlanStatus.PUBLISHED, amended.status());
  }

  @Test
  void anAmendmentIsRefusedWhenItChangesNothingHasNoReasonPredatesPublicationOrIsInvalid() {
    book.create(plan("P1").build());
    AnnualPlan p = book.publish("P1", 1);
    assertEquals("amendment of plan P1 must change something in the plan, got 'no change'",
        assertThrows(IllegalArgumentException.class,
            () -> book.amend(p, "原因", LocalDate.of(2025, 4, 1))).getMessage());
    AnnualPlan renamed = AnnualPlan.builder().from(p).name("新").build();
    assertEquals("amendment of plan P1 needs a reason, got ' '",
        assertThrows(IllegalArgumentException.class,
            () -> book.amend(renamed, " ", LocalDate.of(2025, 4, 1))).getMessage());
    assertEquals("amendment date of plan P1 must not be before the plan's publication on"
        + " 2025-03-03, got '2025-03-02'", assertThrows(IllegalArgumentException.class,
            () -> book.amend(renamed, "原因", LocalDate.of(2025, 3, 2))).getMessage());
    AnnualPlan broken = AnnualPlan.builder().from(p).items(List.of(item("1")
        .itemCodes(List.of("XX")).build())).build();
    assertThrows(PlanValidationException.class,
        () -> book.amend(broken, "原因", LocalDate.of(2025, 4, 1)));
    AnnualPlan statusChanged = AnnualPlan.builder().from(renamed).status(PlanStatus.COMPLETED)
        .build();
    assertThrows(IllegalArgumentException.class,
        () -> book.amend(statusChanged, "原因", LocalDate.of(2025, 4, 1)));
    assertEquals(2, store.find("P1").orElseThrow().version(), "nothing saved");
  }

  @Test
  void draftsAndCompletedPlansAreNotAmended() {
    AnnualPlan d = book.create(plan("P1").build());
    assertEquals("plan P1 is 草稿 DRAFT; only a published or in-progress plan is amended (revise"
        + " the draft instead)", assertThrows(IllegalStateException.class, () -> book.amend(
            AnnualPlan.builder().from(d).name("x").build(), "r", LocalDate.of(2025, 4, 1)))
        .getMessage());
  }

  @Test
  void aNewPlanMustBeAFreshDraft() {
    assertEquals("status of plan P1 must be DRAFT for a new plan, got 'PUBLISHED'",
        assertThrows(IllegalArgumentException.class,
            () -> book.create(plan("P1").status(PlanStatus.PUBLISHED).build())).getMessage());
    assertEquals("version of plan P1 must be 1 for a new plan, got '3'",
        assertThrows(IllegalArgumentException.class,
            () -> book.create(plan("P1").version(3).build())).getMessage());
  }

  @Test
  void theStoreKeepsEveryVersionAndRefusesStaleOrSkippedVersions() {
    AnnualPlan v1 = store.save(plan("P1").build());
    assertSame(v1, store.save(plan("P1").build()), "identical content is a no-op");
    AnnualPlan v2 = store.save(plan("P1").version(2).name("二").build());
    assertSame(v2, store.save(plan("P1").version(1).name("二").build()),
        "the stored content with the version it was read at is a no-op too");
    VersionConflictException stale = assertThrows(VersionConflictException.class,
        () -> store.save(plan("P1").version(2).name("三").build()));
    assertEquals("plan P1 was saved against version 1 but the stored version is 2; read it"
        + " again and reapply the change", stale.getMessage());
    assertThrows(VersionConflictException.class,
        () -> store.save(plan("P1").version(4).name("四").build()));
    assertThrows(VersionConflictException.class, () -> store.save(plan("P2").version(2).build()));
    assertEquals(List.of(v1, v2), store.history("P1"));
    assertEquals(List.of(v2), store.all());
    assertTrue(store.find("P1", 3).isEmpty());
    assertTrue(store.find("nope").isEmpty());
  }

  @Test
  void concurrentSavesOfOneVersionLetExactlyOneWin() throws Exception {
    store.save(plan("P1").build());
    int threads = 8;
    java.util.concurrent.atomic.AtomicInteger wins = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger conflicts =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<Thread> all = new java.util.ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String name = "名称" + i;
      Thread t = new Thread(() -> {
        try {
          start.await();
          store.save(plan("P1").version(2).name(name).build());
          wins.incrementAndGet();
        } catch (VersionConflictException e) {
          conflicts.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.start();
      all.add(t);
    }
    start.countDown();
    for (Thread t : all) {
      t.join();
    }
    assertEquals(1, wins.get());
    assertEquals(threads - 1, conflicts.get());
    assertEquals(2, store.history("P1").size());
  }
}
