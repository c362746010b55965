package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.spi.ResultStore;
import io.doublerandom.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ResultStore}: optimistic versions (new at 1, change at stored + 1,
 * the stored record itself a no-op, anything else a {@link VersionConflictException} that writes
 * nothing), queries sorted by id, one winner among concurrent saves of the same version. Extend
 * it with {@link #newStore()} returning an empty store.
 */
public abstract class ResultStoreContract {
  /** A new, empty store. */
  protected abstract ResultStore newStore();

  @Test
  void aNewRecordIsSavedAtVersionOneAndFoundById() {
    ResultStore s = newStore();
    InspectionResult r = ResultRecords.opened("T1", 1);
    assertEquals(r, s.save(r));
    assertEquals(Optional.of(r), s.find(r.id()));
    assertEquals(Optional.empty(), s.find("T1/none"));
  }

  @Test
  void savingTheStoredRecordAgainIsANoOp() {
    ResultStore s = newStore();
    InspectionResult r = s.save(ResultRecords.opened("T1", 1));
    assertEquals(r, s.save(ResultRecords.opened("T1", 1)));
    InspectionResult e = s.save(ResultRecords.entered(r, "R01"));
    assertEquals(e, s.save(ResultRecords.entered(r, "R01")));
    assertEquals(2, s.find(r.id()).orElseThrow().version());
  }

  @Test
  void aStaleOrSkippedVersionIsAConflictAndWritesNothing() {
    ResultStore s = newStore();
    InspectionResult r = s.save(ResultRecords.opened("T1", 1));
    InspectionResult e = s.save(ResultRecords.entered(r, "R01"));
    VersionConflictException stale = assertThrows(VersionConflictException.class, () ->
        s.save(ResultRecords.entered(r, "R02")));
    assertEquals(1, stale.expectedVersion());
    assertEquals(2, stale.actualVersion());
    assertEquals(r.id(), stale.recordId());
    VersionConflictException skipped = assertThrows(VersionConflictException.class, () ->
        s.save(ResultRecords.entered(e, "R02").nextVersion()));
    assertEquals(3, skipped.expectedVersion());
    assertEquals(Optional.of(e), s.find(r.id()));
    VersionConflictException missing = assertThrows(VersionConflictException.class, () ->
        s.save(ResultRecords.entered(ResultRecords.opened("T1", 2), "R01")));
    assertEquals(0, missing.actualVersion());
    assertEquals(Optional.empty(), s.find(ResultRecords.opened("T1", 2).id()));
  }

  @Test
  void queriesAreSortedById() {
    ResultStore s = newStore();
    s.save(ResultRecords.opened("T2", 3));
    s.save(ResultRecords.opened("T1", 2));
    s.save(ResultRecords.opened("T2", 1));
    s.save(ResultRecords.opened("T1", 1));
    assertEquals(List.of("T1/" + ResultRecords.entity(1).value(),
        "T1/" + ResultRecords.entity(2).value()),
        s.byTask("T1").stream().map(InspectionResult::id).toList());
    assertEquals(List.of("T1/" + ResultRecords.entity(1).value(),
        "T2/" + ResultRecords.entity(1).value()),
        s.byEntity(ResultRecords.entity(1)).stream().map(InspectionResult::id).toList());
    assertEquals(4, s.all().size());
    List<String> ids = s.all().stream().map(InspectionResult::id).toList();
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids);
    assertEquals(List.of(), s.byTask("T9"));
  }

  @Test
  void ofConcurrentSavesOfTheSameVersionExactlyOneWins() throws InterruptedException {
    ResultStore s = newStore();
    InspectionResult r = s.save(ResultRecords.opened("T1", 1));
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    List<Thread> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String code = "R0" + (i + 1);
      Thread t = new Thread(() -> {
        try {
          start.await();
          s.save(ResultRecords.entered(r, code));
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
    assertEquals(2, s.find(r.id()).orElseThrow().version());
  }
}
