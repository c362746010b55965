package io.doublerandom.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PlanMode;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.spi.PlanStore;
import io.doublerandom.spi.VersionConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PlanStore}: extend it and implement {@link #newStore()} (an empty store
 * each call) to check an implementation — optimistic versions, no-op saves of the same content,
 * every version kept, id order, one winner among concurrent saves of one version.
 */
public abstract class PlanStoreContract {
  /** An empty store. */
  protected abstract PlanStore newStore();

  /** A valid plan with this id and name, version 1. */
  protected static AnnualPlan plan(String id, String name) {
    return AnnualPlan.builder().id(id).code("计划" + id).name(name).year(2025)
        .authority("SX-140100-SCJG").leadDepartment("信用监管科").kind(PlanKind.ORDINARY)
        .mode(PlanMode.UNDIRECTED)
        .period(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .addItems(PlanItem.builder().id("1").checklist(new ChecklistRef("随机抽查事项清单", 1))
            .addItemCodes("SC-01-01").sampling(Sampling.ratio("0.05"))
            .addMethods(InspectionMethod.ON_SITE)
            .addBatches(new Batch(1, DateRange.of(LocalDate.of(2025, 4, 1)))).build())
        .build();
  }

  private static AnnualPlan version(AnnualPlan p, long v, String name) {
    return AnnualPlan.builder().from(p).version(v).name(name).build();
  }

  @Test
  void savesVersionsInOrderAndKeepsEveryOne() {
    PlanStore store = newStore();
    AnnualPlan v1 = store.save(plan("P1", "一"));
    AnnualPlan v2 = store.save(version(v1, 2, "二"));
    assertEquals(v2, store.find("P1").orElseThrow());
    assertEquals(v1, store.find("P1", 1).orElseThrow());
    assertEquals(List.of(v1, v2), store.history("P1"));
    assertTrue(store.find("P1", 3).isEmpty());
    assertTrue(store.find("P2").isEmpty());
    assertEquals(List.of(), store.history("P2"));
  }

  @Test
  void theSameContentAgainIsANoOp() {
    PlanStore store = newStore();
    AnnualPlan v1 = store.save(plan("P1", "一"));
    assertEquals(v1, store.save(plan("P1", "一")));
    assertEquals(v1, store.save(version(v1, 2, "一")), "same content, next version: no-op");
    assertEquals(1, store.history("P1").size());
  }

  @Test
  void staleSkippedAndMissingVersionsAreConflicts() {
    PlanStore store = newStore();
    AnnualPlan v1 = store.save(plan("P1", "一"));
    store.save(version(v1, 2, "二"));
    VersionConflictException stale = assertThrows(VersionConflictException.class,
        () -> store.save(version(v1, 2, "三")));
    assertEquals("plan", stale.recordKind());
    assertEquals("P1", stale.recordId());
    assertEquals(1, stale.expectedVersion());
    assertEquals(2, stale.actualVersion());
    assertThrows(VersionConflictException.class, () -> store.save(version(v1, 4, "四")));
    VersionConflictException missing = assertThrows(VersionConflictException.class,
        () -> store.save(version(plan("P9", "九"), 2, "九")));
    assertEquals(0, missing.actualVersion());
    assertEquals(2, store.history("P1").size());
    assertTrue(store.find("P9").isEmpty());
  }

  @Test
  void allListsTheCurrentVersionsInIdOrder() {
    PlanStore store = newStore();
    store.save(plan("P2", "二"));
    AnnualPlan p1 = store.save(plan("P1", "一"));
    AnnualPlan p1v2 = store.save(version(p1, 2, "一改"));
    assertEquals(List.of(p1v2, store.find("P2").orElseThrow()), store.all());
  }

  @Test
  void concurrentSavesOfOneVersionHaveOneWinner() throws InterruptedException {
    PlanStore store = newStore();
    AnnualPlan v1 = store.save(plan("P1", "一"));
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      AnnualPlan next = version(v1, 2, "名称" + i);
      Thread t = new Thread(() -> {
        try {
          start.await();
          store.save(next);
          wins.incrementAndGet();
        } catch (VersionConflictException e) {
          conflicts.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, wins.get());
    assertEquals(5, conflicts.get());
    assertEquals(2, store.history("P1").size());
  }
}
