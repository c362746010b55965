package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.ledger.Ledger;
import io.doublerandom.ledger.Recorded;
import io.doublerandom.ledger.Recorder;
import io.doublerandom.ledger.Records;
import io.doublerandom.ledger.RedrawReason;
import io.doublerandom.spi.DirectoryKind;
import io.doublerandom.spi.DirectoryMember;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.SnapshotImport;
import io.doublerandom.spi.SnapshotInfo;
import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StoredLedgerEntry;
import io.doublerandom.spi.StoredRecord;
import io.doublerandom.spi.TaskStatus;
import io.doublerandom.spi.VersionConflictException;
import io.doublerandom.spi.Versioned;
import io.doublerandom.storage.Snapshots;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Storage} keeps (docs/storage.md), as a JUnit 5 suite: extend it,
 * implement {@link #createStorage()} to return a new, empty storage of your provider, and run
 * it. The in-memory, H2 and PostgreSQL providers of this project each run it.
 *
 * <pre>{@code
 * class MyStorageTest extends StorageContract {
 *   protected Storage createStorage() { return MyStorage.openEmpty(); }
 * }
 * }</pre>
 */
public abstract class StorageContract {
  /** A fixed time for every entry: storage decides nothing by the clock. */
  protected static final Instant AT = Instant.parse("2024-08-13T09:30:00Z");

  /** The storage under test, new for each test. */
  protected Storage storage;

  /** A new, empty storage of the provider under test; closed after each test. */
  protected abstract Storage createStorage();

  /** How many threads race in the concurrency tests (50 by default). */
  protected int racers() {
    return 50;
  }

  @BeforeEach
  void openStorage() {
    storage = createStorage();
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  // ---- fixtures

  /** A population of 20 candidates in one stratum. */
  protected static Population population() {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cs.add(Candidate.of(String.format("E%03d", i), "A"));
    }
    return Population.of(cs);
  }

  /** A draw of 3 of {@link #population()} for {@code task} with a seed made from {@code n}. */
  protected static DrawRecord draw(String task, int n) {
    Population p = population();
    Manifest m = Manifest.create(task, DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(3))
        .withAlternates(2), SeedPlan.recorded(), p);
    return TargetDraw.draw(m, new SeedSource.Recorded(String.format("%064x", 1000 + n)), p);
  }

  private static StoredLedgerEntry entry(LedgerHead after, String task) {
    byte[] content = ("entry " + after.nextSequence() + " " + task)
        .getBytes(StandardCharsets.UTF_8);
    String hash = String.format("%064x", after.nextSequence() + 1);
    return new StoredLedgerEntry(after.nextSequence(), after.hash(), hash, "drawn", task,
        content);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---- ledger store

  @Test
  void anEmptyLedgerHasTheEmptyHeadAndNoEntries() {
    assertEquals(LedgerHead.EMPTY, storage.stores().ledger().head());
    assertEquals(List.of(), storage.stores().ledger().page(0, 10));
    assertEquals(List.of(), storage.stores().ledger().entriesOfTask("T"));
  }

  @Test
  void appendMovesTheHeadAndPagesReturnTheBytesInOrder() {
    LedgerHead head = LedgerHead.EMPTY;
    List<StoredLedgerEntry> written = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      StoredLedgerEntry e = entry(head, "T" + (i % 3));
      head = storage.stores().ledger().append(head, e);
      assertEquals(e.head(), head);
      written.add(e);
    }
    assertEquals(head, storage.stores().ledger().head());
    List<StoredLedgerEntry> read = new ArrayList<>(storage.stores().ledger().page(0, 3));
    read.addAll(storage.stores().ledger().page(3, 3));
    read.addAll(storage.stores().ledger().page(6, 3));
    assertEquals(written, read);
    assertEquals(List.of(), storage.stores().ledger().page(7, 3));
    assertEquals(List.of(written.get(1), written.get(4)),
        storage.stores().ledger().entriesOfTask("T1"));
  }

  @Test
  void appendAgainstAStaleHeadConflictsAndWritesNothing() {
    StoredLedgerEntry first = entry(LedgerHead.EMPTY, "T");
    storage.stores().ledger().append(LedgerHead.EMPTY, first);
    StoredLedgerEntry rival = new StoredLedgerEntry(0, LedgerHead.GENESIS, "ab".repeat(32),
        "drawn", "U", bytes("rival"));
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> storage.stores().ledger().append(LedgerHead.EMPTY, rival));
    assertEquals("ledger", e.recordKind());
    assertEquals(0, e.expectedVersion());
    assertEquals(1, e.actualVersion());
    assertEquals(List.of(first), storage.stores().ledger().page(0, 10));
  }

  @Test
  void reappendingTheStoredEntryIsANoOp() {
    StoredLedgerEntry first = entry(LedgerHead.EMPTY, "T");
    storage.stores().ledger().append(LedgerHead.EMPTY, first);
    assertEquals(first.head(), storage.stores().ledger().append(LedgerHead.EMPTY, first));
    assertEquals(1, storage.stores().ledger().page(0, 10).size());
  }

  @Test
  void anEntryThatDoesNotFollowTheExpectedHeadIsRejected() {
    StoredLedgerEntry wrongSequence = new StoredLedgerEntry(1, LedgerHead.GENESIS,
        "ab".repeat(32), "drawn", "T", bytes("x"));
    assertThrows(IllegalArgumentException.class,
        () -> storage.stores().ledger().append(LedgerHead.EMPTY, wrongSequence));
    assertThrows(IllegalArgumentException.class, () -> storage.stores().ledger().page(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> storage.stores().ledger().page(0, 0));
  }

  @Test
  void ofConcurrentAppendsAgainstOneHeadExactlyOneSucceeds() throws Exception {
    List<Object> outcomes = race(i -> storage.stores().ledger().append(LedgerHead.EMPTY,
        new StoredLedgerEntry(0, LedgerHead.GENESIS, String.format("%064x", i + 1), "drawn",
            "T" + i, bytes("racer " + i))));
    assertEquals(1, outcomes.stream().filter(o -> o instanceof LedgerHead).count());
    assertEquals(racers() - 1, outcomes.stream()
        .filter(o -> o instanceof VersionConflictException).count(), outcomes.toString());
    assertEquals(1, storage.stores().ledger().page(0, 100).size());
  }

  // ---- records

  @Test
  void recordsAreContentAddressedAndPutIsIdempotent() {
    StoredRecord r = Records.stored(draw("T-1", 1));
    assertTrue(storage.stores().records().put(r));
    assertFalse(storage.stores().records().put(r));
    assertEquals(r, storage.stores().records().get(r.hash()).orElseThrow());
    assertEquals(List.of(r), storage.stores().records().byTask("T-1"));
    assertTrue(storage.stores().records().get("00".repeat(32)).isEmpty());
    assertEquals(List.of(), storage.stores().records().byTask("nope"));
    StoredRecord other = new StoredRecord(r.kind(), r.hash(), r.task(), bytes("other"));
    assertThrows(IllegalStateException.class, () -> storage.stores().records().put(other));
    assertEquals(draw("T-1", 1), Records.of(storage).draw(r.hash()).orElseThrow());
  }

  // ---- task statuses (the versioned-record pattern)

  @Test
  void taskStatusesFollowTheVersionedRecordPattern() {
    assertTrue(storage.stores().taskStatuses().get("T").isEmpty());
    TaskStatus v1 = storage.stores().taskStatuses().save("T", "drawn@0", 0);
    assertEquals(new TaskStatus("T", "drawn@0", 1), v1);
    assertEquals(v1, storage.stores().taskStatuses().save("T", "drawn@0", 0), "identical: no-op");
    TaskStatus v2 = storage.stores().taskStatuses().save("T", "assigned@1", 1);
    assertEquals(2, v2.version());
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> storage.stores().taskStatuses().save("T", "published@2", 1));
    assertEquals("T", e.recordId());
    assertEquals(1, e.expectedVersion());
    assertEquals(2, e.actualVersion());
    assertEquals(v2, storage.stores().taskStatuses().get("T").orElseThrow());
    assertThrows(VersionConflictException.class,
        () -> storage.stores().taskStatuses().save("U", "drawn@3", 5));
  }

  // ---- checklists

  @Test
  void checklistsKeepEveryVersionAndConflictOnStaleSaves() {
    Versioned v1 = storage.stores().checklists().saveChecklist("CL", 0, bytes("one"));
    assertEquals(1, v1.version());
    assertEquals(v1, storage.stores().checklists().saveChecklist("CL", 0, bytes("one")));
    Versioned v2 = storage.stores().checklists().saveChecklist("CL", 1, bytes("two"));
    assertEquals(2, v2.version());
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> storage.stores().checklists().saveChecklist("CL", 1, bytes("three")));
    assertEquals("checklist", e.recordKind());
    assertEquals("CL", e.recordId());
    assertEquals(2, e.actualVersion());
    assertEquals(List.of(1L, 2L), storage.stores().checklists().checklistVersions("CL"));
    assertArrayEquals(bytes("one"),
        storage.stores().checklists().checklist("CL", 1).orElseThrow().content());
    assertEquals(v2, storage.stores().checklists().checklist("CL").orElseThrow());
    assertTrue(storage.stores().checklists().checklist("CL", 3).isEmpty());
    storage.stores().checklists().saveChecklist("AB", 0, bytes("x"));
    assertEquals(List.of("AB", "CL"), storage.stores().checklists().checklistIds());
    Versioned c1 = storage.stores().checklists().saveClaims("140000", 0, bytes("claims"));
    assertEquals(1, c1.version());
    assertThrows(VersionConflictException.class,
        () -> storage.stores().checklists().saveClaims("140000", 0, bytes("claims 2")));
    assertEquals(c1, storage.stores().checklists().claims("140000").orElseThrow());
    assertEquals(c1, storage.stores().checklists().claims("140000", 1).orElseThrow());
  }

  // ---- directories

  @Test
  void aSnapshotIsInvisibleUntilCommittedAndPagesInUtf8Order() {
    List<DirectoryMember> members = new ArrayList<>();
    for (String id : List.of("b", "a", "\u00e9", "c", "\uD83D\uDE00", "\uFF21")) {
      members.add(new DirectoryMember(id, bytes("content of " + id)));
    }
    SnapshotInfo info;
    try (SnapshotImport imp = storage.stores().directories().begin(DirectoryKind.ENTITIES)) {
      imp.add(members.subList(0, 3));
      imp.add(members.subList(3, 6));
      assertEquals(6, imp.count());
      assertTrue(storage.stores().directories().snapshots(DirectoryKind.ENTITIES).isEmpty());
      info = imp.commit("cd".repeat(32));
    }
    assertEquals(new SnapshotInfo("cd".repeat(32), DirectoryKind.ENTITIES, 6), info);
    assertEquals(List.of(info), storage.stores().directories().snapshots(DirectoryKind.ENTITIES));
    assertEquals(List.of(), storage.stores().directories().snapshots(DirectoryKind.INSPECTORS));
    List<String> ids = new ArrayList<>();
    String after = "";
    while (true) {
      List<DirectoryMember> page = storage.stores().directories().members(info.digest(), after,
          4);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(m -> ids.add(m.id()));
      after = page.get(page.size() - 1).id();
    }
    assertEquals(List.of("a", "b", "c", "\u00e9", "\uFF21", "\uD83D\uDE00"), ids);
    assertArrayEquals(bytes("content of c"), storage.stores().directories()
        .member(info.digest(), "c").orElseThrow().content());
    assertTrue(storage.stores().directories().member(info.digest(), "z").isEmpty());
  }

  @Test
  void anAbortedOrUnclosedImportLeavesNothingAndRepeatedIdsAreRejected() {
    try (SnapshotImport imp = storage.stores().directories().begin(DirectoryKind.INSPECTORS)) {
      imp.add(List.of(new DirectoryMember("a", bytes("1"))));
    }
    SnapshotImport dup = storage.stores().directories().begin(DirectoryKind.INSPECTORS);
    dup.add(List.of(new DirectoryMember("a", bytes("1"))));
    assertThrows(RuntimeException.class, () -> {
      dup.add(List.of(new DirectoryMember("a", bytes("2"))));
      dup.commit("ef".repeat(32));
    });
    dup.close();
    storage.stores().directories().discardUnfinished();
    assertEquals(List.of(), storage.stores().directories().snapshots(DirectoryKind.INSPECTORS));
    assertTrue(storage.stores().directories().snapshot("ef".repeat(32)).isEmpty());
  }

  @Test
  void snapshotsRoundTripWithTheirDigestAndACommitOfAKnownDigestIsIdempotent() {
    List<DirectoryMember> members = new ArrayList<>();
    for (int i = 0; i < 25_000; i++) {
      members.add(new DirectoryMember(String.format("M%06d", 24_999 - i), bytes("m" + i)));
    }
    SnapshotInfo a = Snapshots.importMembers(storage, DirectoryKind.AUTHORITIES,
        members.iterator());
    SnapshotInfo b = Snapshots.importMembers(storage, DirectoryKind.AUTHORITIES,
        members.iterator());
    assertEquals(a, b);
    assertEquals(1, storage.stores().directories().snapshots(DirectoryKind.AUTHORITIES).size());
    long[] count = {0};
    Snapshots.forEachMember(storage, a.digest(), m -> count[0]++);
    assertEquals(25_000, count[0]);
  }

  // ---- unit of work

  @Test
  void aFailedUnitOfWorkLeavesNothing() {
    StoredRecord r = Records.stored(draw("T-1", 1));
    assertThrows(IllegalStateException.class, () -> storage.inTransaction(s -> {
      s.records().put(r);
      s.ledger().append(LedgerHead.EMPTY, entry(LedgerHead.EMPTY, "T-1"));
      s.taskStatuses().save("T-1", "drawn@0", 0);
      s.checklists().saveChecklist("CL", 0, bytes("x"));
      throw new IllegalStateException("fails after every write");
    }));
    assertTrue(storage.stores().records().get(r.hash()).isEmpty());
    assertEquals(LedgerHead.EMPTY, storage.stores().ledger().head());
    assertTrue(storage.stores().taskStatuses().get("T-1").isEmpty());
    assertTrue(storage.stores().checklists().checklist("CL").isEmpty());
  }

  @Test
  void aUnitOfWorkCommitsEverythingAndDoesNotNest() {
    storage.inTransaction(s -> {
      s.ledger().append(LedgerHead.EMPTY, entry(LedgerHead.EMPTY, "T"));
      s.taskStatuses().save("T", "drawn@0", 0);
      assertThrows(IllegalStateException.class, () -> storage.inTransaction(t -> 1));
      return null;
    });
    assertEquals(0, storage.stores().ledger().head().sequence());
    assertEquals(1, storage.stores().taskStatuses().get("T").orElseThrow().version());
  }

  // ---- the recorder over this storage

  @Test
  void aDrawIsRecordedWithItsEntryAndStatusAndTheChainVerifies() {
    Recorder recorder = Recorder.of(storage);
    DrawRecord record = draw("SX-1", 1);
    Recorded r = recorder.draw(record, 0, AT);
    Recorded.Committed c = assertInstanceOf(Recorded.Committed.class, r);
    assertEquals("drawn@0", c.statuses().get(0).status());
    assertEquals(record, Records.of(storage).draw(record.jsonHash()).orElseThrow());
    Ledger ledger = Ledger.of(storage);
    assertEquals(List.of(), ledger.verify());
    assertEquals(c.head(), ledger.head());
    assertEquals(c.entries(), ledger.entries());
    assertEquals(List.of(), ledger.verify(c.head()));
  }

  @Test
  void aSecondDrawIsRefusedAndARedrawNeedsAListedReasonAndANewSeed() {
    Recorder recorder = Recorder.of(storage);
    recorder.draw(draw("SX-1", 1), 0, AT);
    assertInstanceOf(Recorded.Refused.class, recorder.draw(draw("SX-1", 2), 1, AT));
    assertInstanceOf(Recorded.Refused.class, recorder.redraw(draw("SX-1", 1),
        RedrawReason.POPULATION_ERROR, "12 entities of 140106 were missing", 1, AT));
    assertThrows(IllegalArgumentException.class, () -> recorder.redraw(draw("SX-1", 2),
        RedrawReason.POPULATION_ERROR, " ", 1, AT));
    Recorded.Committed redrawn = assertInstanceOf(Recorded.Committed.class,
        recorder.redraw(draw("SX-1", 2), RedrawReason.POPULATION_ERROR,
            "12 entities of 140106 were missing", 1, AT));
    List<LedgerEntry> entries = Ledger.of(storage).entries("SX-1");
    assertEquals(2, entries.size(), "the ledger keeps both attempts");
    assertEquals("population-error: 12 entities of 140106 were missing",
        entries.get(1).attempt().reason());
    assertEquals("drawn@1", redrawn.statuses().get(0).status());
    assertEquals(2, storage.stores().records().byTask("SX-1").size());
    assertEquals(List.of(), Ledger.of(storage).verify());
  }

  @Test
  void replacementsAndPublicationsAreRecordedAndAPublishedTaskIsNotRedrawn() {
    Recorder recorder = Recorder.of(storage);
    DrawRecord record = draw("SX-1", 1);
    recorder.draw(record, 0, AT);
    DrawRecord updated = record.withReplacement(record.currentSample().get(0), "deregistered");
    assertInstanceOf(Recorded.Committed.class, recorder.replacement(updated, AT));
    Recorded.Committed published = assertInstanceOf(Recorded.Committed.class,
        recorder.publication("SX-1", "ab".repeat(32), "task-announcement", AT));
    assertEquals("published@2", published.statuses().get(0).status());
    assertInstanceOf(Recorded.Refused.class, recorder.redraw(draw("SX-1", 3),
        RedrawReason.DESIGN_ERROR, "ratio was 5% not 3%", recorder.taskVersion("SX-1"), AT));
    assertEquals(List.of("drawn", "replaced", "published"), Ledger.of(storage).entries()
        .stream().map(e -> e.attempt().outcome().token()).toList());
    assertEquals(List.of(), Ledger.of(storage).verify(published.head()));
  }

  @Test
  void ofConcurrentDrawsOfOneTaskExactlyOneIsRecordedTheOthersConflict() throws Exception {
    Recorder recorder = Recorder.of(storage);
    long version = recorder.taskVersion("SX-RACE");
    List<DrawRecord> draws = new ArrayList<>();
    for (int i = 0; i < racers(); i++) {
      draws.add(draw("SX-RACE", i));
    }
    List<Object> outcomes = race(i -> recorder.draw(draws.get(i), version, AT));
    long winners = outcomes.stream().filter(o -> o instanceof Recorded.Committed).count();
    List<Object> conflicts = outcomes.stream()
        .filter(o -> o instanceof VersionConflictException).toList();
    assertEquals(1, winners, outcomes.toString());
    assertEquals(racers() - 1, conflicts.size(), outcomes.toString());
    for (Object o : conflicts) {
      VersionConflictException e = (VersionConflictException) o;
      assertTrue(e.getMessage().contains("SX-RACE") || e.recordKind().equals("ledger"),
          e.getMessage());
    }
    Ledger ledger = Ledger.of(storage);
    assertEquals(List.of(), ledger.verify());
    assertEquals(1, ledger.entries().size());
    assertEquals(1, storage.stores().records().byTask("SX-RACE").size());
    assertEquals(1, storage.stores().taskStatuses().get("SX-RACE").orElseThrow().version());
  }

  @Test
  void concurrentDrawsOfDifferentTasksAllEndUpInOneIntactChain() throws Exception {
    Recorder recorder = Recorder.of(storage);
    List<Object> outcomes = race(i -> {
      for (int attempt = 0; ; attempt++) {
        try {
          return recorder.draw(draw("SX-" + i, i), 0, AT);
        } catch (VersionConflictException e) {
          if (!e.recordKind().equals("ledger") || attempt > 1000) {
            throw e;
          }
        }
      }
    });
    assertTrue(outcomes.stream().allMatch(o -> o instanceof Recorded.Committed),
        outcomes.toString());
    Ledger ledger = Ledger.of(storage);
    assertEquals(List.of(), ledger.verify());
    assertEquals(racers(), ledger.entries().size());
  }

  /** Something each racer does. */
  protected interface Racer {
    /** What racer {@code i} does. */
    Object run(int i) throws Exception;
  }

  /** Runs {@link #racers()} racers released at once; each outcome or exception, by racer. */
  protected List<Object> race(Racer racer) throws Exception {
    int n = racers();
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int id = i;
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return racer.run(id);
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      List<Object> out = new ArrayList<>();
      for (Future<Object> f : futures) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
