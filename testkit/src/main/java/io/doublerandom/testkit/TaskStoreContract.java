package io.doublerandom.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.PlanRef;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.spi.TaskStore;
import io.doublerandom.spi.VersionConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TaskStore}: extend it and implement {@link #newStore()} (an empty store
 * each call) — optimistic versions, no-op saves, lookup by number, a number held by one task only
 * and never changed.
 */
public abstract class TaskStoreContract {
  /** An empty store. */
  protected abstract TaskStore newStore();

  /** A valid task with this id and counter value, version 1. */
  protected static InspectionTask task(String id, long n) {
    return InspectionTask.builder().id(id).number("晋市监抽查〔2025〕" + n + "号").sequence(n)
        .name("抽查" + n).authority("SX-140100-SCJG").year(2025)
        .plan(new PlanRef("P1", 2, "1", 1)).checklist(new ChecklistRef("随机抽查事项清单", 1))
        .addItems("SC-01-01").leadDepartment("信用监管科")
        .window(DateRange.of(LocalDate.of(2025, 4, 1)))
        .createdAt(Instant.parse("2025-03-03T02:00:00Z")).build();
  }

  private static InspectionTask next(InspectionTask t, TaskStatus status) {
    return InspectionTask.builder().from(t).version(t.version() + 1).status(status).build();
  }

  @Test
  void savesFindsAndListsInIdOrder() {
    TaskStore store = newStore();
    InspectionTask b = store.save(task("T2", 2));
    InspectionTask a = store.save(task("T1", 1));
    InspectionTask a2 = store.save(next(a, TaskStatus.CANCELLED));
    assertEquals(a2, store.find("T1").orElseThrow());
    assertEquals(a2, store.findByNumber("晋市监抽查〔2025〕1号").orElseThrow());
    assertEquals(List.of(a2, b), store.all());
    assertTrue(store.find("T3").isEmpty());
    assertTrue(store.findByNumber("晋市监抽查〔2025〕3号").isEmpty());
  }

  @Test
  void theSameContentAgainIsANoOpAndStaleVersionsConflict() {
    TaskStore store = newStore();
    InspectionTask t = store.save(task("T1", 1));
    assertEquals(t, store.save(task("T1", 1)));
    store.save(next(t, TaskStatus.CANCELLED));
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> store.save(next(t, TaskStatus.DRAWN)));
    assertEquals("task", e.recordKind());
    assertEquals(2, e.actualVersion());
  }

  @Test
  void aNumberBelongsToOneTaskAndNeverChanges() {
    TaskStore store = newStore();
    InspectionTask t = store.save(task("T1", 1));
    assertThrows(IllegalArgumentException.class,
        () -> store.save(InspectionTask.builder().from(task("T2", 1)).build()));
    assertTrue(store.find("T2").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> store.save(InspectionTask.builder()
        .from(t).version(2).number("晋市监抽查〔2025〕9号").build()));
    assertEquals(t, store.find("T1").orElseThrow());
  }
}
