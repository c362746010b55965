package io.doublerandom.storage;

import io.doublerandom.internal.Codec;
import io.doublerandom.spi.ChecklistStore;
import io.doublerandom.spi.DirectoryKind;
import io.doublerandom.spi.DirectoryMember;
import io.doublerandom.spi.DirectoryStore;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.LedgerStore;
import io.doublerandom.spi.RecordStore;
import io.doublerandom.spi.SnapshotImport;
import io.doublerandom.spi.SnapshotInfo;
import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StoredLedgerEntry;
import io.doublerandom.spi.StoredRecord;
import io.doublerandom.spi.Stores;
import io.doublerandom.spi.TaskStatus;
import io.doublerandom.spi.TaskStatusStore;
import io.doublerandom.spi.UnitOfWork;
import io.doublerandom.spi.VersionConflictException;
import io.doublerandom.spi.Versioned;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory storage: every store in this JVM's heap, with the SPI's semantics. One lock
 * serialises units of work (a unit of work holds it until it commits or rolls back, so nobody
 * sees a part of it); a failed unit of work is rolled back from an undo log. Directory imports
 * stage their members outside the lock and publish them under it at commit.
 */
final class InMemoryStorage implements Storage {
  private final ReentrantLock lock = new ReentrantLock(true);
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

  private final List<StoredLedgerEntry> ledger = new ArrayList<>();
  private final Map<String, List<Integer>> ledgerByTask = new HashMap<>();
  private final Map<String, StoredRecord> records = new LinkedHashMap<>();
  private final Map<String, List<String>> recordsByTask = new HashMap<>();
  private final Map<String, TaskStatus> statuses = new HashMap<>();
  private final Map<String, List<Versioned>> checklists = new TreeMap<>(Codec.UTF8_ORDER);
  private final Map<String, List<Versioned>> claims = new HashMap<>();
  private final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
  private final Stores stores = new MemoryStores();

  private record Snapshot(SnapshotInfo info, NavigableMap<String, byte[]> members) {}

  @Override
  public Stores stores() {
    return stores;
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    Objects.requireNonNull(work, "work");
    if (undo.get() != null) {
      throw new IllegalStateException("a unit of work is already running on this thread; "
          + "units of work do not nest");
    }
    lock.lock();
    Deque<Runnable> log = new ArrayDeque<>();
    undo.set(log);
    boolean committed = false;
    try {
      T result = work.run(stores);
      committed = true;
      return result;
    } finally {
      undo.remove();
      if (!committed) {
        while (!log.isEmpty()) {
          log.pop().run();
        }
      }
      lock.unlock();
    }
  }

  @Override
  public String description() {
    return "in-memory";
  }

  @Override
  public void close() {}

  private <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  private void onRollback(Runnable action) {
    Deque<Runnable> log = undo.get();
    if (log != null) {
      log.push(action);
    }
  }

  private final class MemoryStores implements Stores {
    private final LedgerStore ledgerStore = new MemoryLedger();
    private final RecordStore recordStore = new MemoryRecords();
    private final TaskStatusStore statusStore = new MemoryStatuses();
    private final ChecklistStore checklistStore = new MemoryChecklists();
    private final DirectoryStore directoryStore = new MemoryDirectories();

    @Override
    public LedgerStore ledger() {
      return ledgerStore;
    }

    @Override
    public RecordStore records() {
      return recordStore;
    }

    @Override
    public TaskStatusStore taskStatuses() {
      return statusStore;
    }

    @Override
    public ChecklistStore checklists() {
      return checklistStore;
    }

    @Override
    public DirectoryStore directories() {
      return directoryStore;
    }
  }

  private final class MemoryLedger implements LedgerStore {
    @Override
    public LedgerHead head() {
      return locked(() -> ledger.isEmpty() ? LedgerHead.EMPTY
          : ledger.get(ledger.size() - 1).head());
    }

    @Override
    public LedgerHead append(LedgerHead expected, StoredLedgerEntry entry) {
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(entry, "entry");
      LedgerStore.checkFollows(expected, entry);
      return locked(() -> {
        if (entry.sequence() < ledger.size() && ledger.get((int) entry.sequence()).equals(entry)) {
          return head();
        }
        LedgerHead head = head();
        if (!head.equals(expected)) {
          throw new VersionConflictException("ledger", "head " + head,
              expected.size(), head.size());
        }
        ledger.add(entry);
        int index = ledger.size() - 1;
        ledgerByTask.computeIfAbsent(entry.task(), t -> new ArrayList<>()).add(index);
        onRollback(() -> {
          ledger.remove(index);
          List<Integer> of = ledgerByTask.get(entry.task());
          of.remove(of.size() - 1);
          if (of.isEmpty()) {
            ledgerByTask.remove(entry.task());
          }
        });
        return entry.head();
      });
    }

    @Override
    public List<StoredLedgerEntry> page(long fromSequence, int limit) {
      checkPage(fromSequence, limit);
      return locked(() -> {
        if (fromSequence >= ledger.size()) {
          return List.of();
        }
        int from = (int) fromSequence;
        return List.copyOf(ledger.subList(from, (int) Math.min(ledger.size(),
            (long) from + limit)));
      });
    }

    @Override
    public List<StoredLedgerEntry> entriesOfTask(String task) {
      Objects.requireNonNull(task, "task");
      return locked(() -> ledgerByTask.getOrDefault(task, List.of()).stream()
          .map(ledger::get).toList());
    }
  }

  private final class MemoryRecords implements RecordStore {
    @Override
    public boolean put(StoredRecord record) {
      Objects.requireNonNull(record, "record");
      return locked(() -> {
        StoredRecord existing = records.get(record.hash());
        if (existing != null) {
          if (!existing.equals(record)) {
            throw new IllegalStateException("record " + record.hash()
                + " is already stored with different content or columns (" + existing + ")");
          }
          return false;
        }
        records.put(record.hash(), record);
        recordsByTask.computeIfAbsent(record.task(), t -> new ArrayList<>()).add(record.hash());
        onRollback(() -> {
          records.remove(record.hash());
          List<String> of = recordsByTask.get(record.task());
          of.remove(of.size() - 1);
          if (of.isEmpty()) {
            recordsByTask.remove(record.task());
          }
        });
        return true;
      });
    }

    @Override
    public Optional<StoredRecord> get(String hash) {
      Objects.requireNonNull(hash, "hash");
      return locked(() -> Optional.ofNullable(records.get(hash)));
    }

    @Override
    public List<StoredRecord> byTask(String task) {
      Objects.requireNonNull(task, "task");
      return locked(() -> recordsByTask.getOrDefault(task, List.of()).stream()
          .map(records::get).toList());
    }
  }

  private final class MemoryStatuses implements TaskStatusStore {
    @Override
    public Optional<TaskStatus> get(String task) {
      Objects.requireNonNull(task, "task");
      return locked(() -> Optional.ofNullable(statuses.get(task)));
    }

    @Override
    public TaskStatus save(String task, String status, long expectedVersion) {
      Objects.requireNonNull(task, "task");
      Objects.requireNonNull(status, "status");
      return locked(() -> {
        TaskStatus current = statuses.get(task);
        long actual = current == null ? 0 : current.version();
        if (current != null && current.status().equals(status)) {
          return current;
        }
        if (actual != expectedVersion) {
          throw new VersionConflictException("task status", task, expectedVersion, actual);
        }
        TaskStatus saved = new TaskStatus(task, status, actual + 1);
        statuses.put(task, saved);
        onRollback(() -> {
          if (current == null) {
            statuses.remove(task);
          } else {
            statuses.put(task, current);
          }
        });
        return saved;
      });
    }
  }

  private Versioned saveVersion(Map<String, List<Versioned>> map, String kind, String id,
      long expectedVersion, byte[] content) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    return locked(() -> {
      List<Versioned> versions = map.get(id);
      Versioned latest = versions == null ? null : versions.get(versions.size() - 1);
      if (latest != null && latest.sameContent(content)) {
        return latest;
      }
      long actual = latest == null ? 0 : latest.version();
      if (actual != expectedVersion) {
        throw new VersionConflictException(kind, id, expectedVersion, actual);
      }
      Versioned saved = new Versioned(id, actual + 1, content);
      map.computeIfAbsent(id, k -> new ArrayList<>()).add(saved);
      onRollback(() -> {
        List<Versioned> of = map.get(id);
        of.remove(of.size() - 1);
        if (of.isEmpty()) {
          map.remove(id);
        }
      });
      return saved;
    });
  }

  private Optional<Versioned> version(Map<String, List<Versioned>> map, String id,
      long version) {
    Objects.requireNonNull(id, "id");
    return locked(() -> {
      List<Versioned> versions = map.get(id);
      if (versions == null || version < 1 || version > versions.size()) {
        return Optional.empty();
      }
      return Optional.of(versions.get((int) version - 1));
    });
  }

  private Optional<Versioned> latest(Map<String, List<Versioned>> map, String id) {
    Objects.requireNonNull(id, "id");
    return locked(() -> {
      List<Versioned> versions = map.get(id);
      return versions == null ? Optional.empty()
          : Optional.of(versions.get(versions.size() - 1));
    });
  }

  private final class MemoryChecklists implements ChecklistStore {
    @Override
    public Versioned saveChecklist(String checklistId, long expectedVersion, byte[] content) {
      return saveVersion(checklists, "checklist", checklistId, expectedVersion, content);
    }

    @Override
    public Optional<Versioned> checklist(String checklistId) {
      return latest(checklists, checklistId);
    }

    @Override
    public Optional<Versioned> checklist(String checklistId, long version) {
      return version(checklists, checklistId, version);
    }

    @Override
    public List<Long> checklistVersions(String checklistId) {
      Objects.requireNonNull(checklistId, "checklistId");
      return locked(() -> checklists.getOrDefault(checklistId, List.of()).stream()
          .map(Versioned::version).toList());
    }

    @Override
    public List<String> checklistIds() {
      return locked(() -> List.copyOf(checklists.keySet()));
    }

    @Override
    public Versioned saveClaims(String authority, long expectedVersion, byte[] content) {
      return saveVersion(claims, "claims", authority, expectedVersion, content);
    }

    @Override
    public Optional<Versioned> claims(String authority) {
      return latest(claims, authority);
    }

    @Override
    public Optional<Versioned> claims(String authority, long version) {
      return version(claims, authority, version);
    }
  }

  private final class MemoryDirectories implements DirectoryStore {
    @Override
    public SnapshotImport begin(DirectoryKind kind) {
      return new MemoryImport(Objects.requireNonNull(kind, "kind"));
    }

    @Override
    public Optional<SnapshotInfo> snapshot(String digest) {
      Objects.requireNonNull(digest, "digest");
      return locked(() -> Optional.ofNullable(snapshots.get(digest)).map(Snapshot::info));
    }

    @Override
    public List<SnapshotInfo> snapshots(DirectoryKind kind) {
      Objects.requireNonNull(kind, "kind");
      return locked(() -> snapshots.values().stream().map(Snapshot::info)
          .filter(i -> i.kind() == kind).toList());
    }

    @Override
    public List<DirectoryMember> members(String digest, String afterId, int limit) {
      checkPage(0, limit);
      Objects.requireNonNull(afterId, "afterId");
      return locked(() -> {
        Snapshot s = snapshots.get(digest);
        if (s == null) {
          throw new NoSuchElementException("no snapshot has digest " + digest);
        }
        return page(s.members(), afterId, limit);
      });
    }

    @Override
    public Optional<DirectoryMember> member(String digest, String id) {
      return locked(() -> {
        Snapshot s = snapshots.get(digest);
        if (s == null || !s.members().containsKey(id)) {
          return Optional.empty();
        }
        return Optional.of(new DirectoryMember(id, s.members().get(id)));
      });
    }

    @Override
    public int discardUnfinished() {
      return 0;
    }
  }

  private static List<DirectoryMember> page(NavigableMap<String, byte[]> members,
      String afterId, int limit) {
    List<DirectoryMember> out = new ArrayList<>(Math.min(limit, 1024));
    for (Map.Entry<String, byte[]> e : (afterId.isEmpty() ? members
        : members.tailMap(afterId, false)).entrySet()) {
      if (out.size() == limit) {
        break;
      }
      out.add(new DirectoryMember(e.getKey(), e.getValue()));
    }
    return out;
  }

  private final class MemoryImport implements SnapshotImport {
    private final DirectoryKind kind;
    private NavigableMap<String, byte[]> staged = new TreeMap<>(Codec.UTF8_ORDER);
    private boolean done;

    MemoryImport(DirectoryKind kind) {
      this.kind = kind;
    }

    @Override
    public DirectoryKind kind() {
      return kind;
    }

    @Override
    public void add(List<DirectoryMember> batch) {
      Objects.requireNonNull(batch, "batch");
      checkOpen();
      List<String> repeated = new ArrayList<>();
      for (DirectoryMember m : batch) {
        if (staged.containsKey(m.id())) {
          repeated.add(m.id());
        }
      }
      for (DirectoryMember m : batch) {
        if (staged.putIfAbsent(m.id(), m.content()) != null && !repeated.contains(m.id())) {
          repeated.add(m.id());
        }
      }
      if (!repeated.isEmpty()) {
        abort();
        throw new IllegalArgumentException("snapshot of " + kind.token() + ": id"
            + (repeated.size() == 1 ? " " : "s ") + String.join(", ", repeated)
            + " occur more than once; the import was aborted");
      }
    }

    @Override
    public long count() {
      return staged.size();
    }

    @Override
    public List<DirectoryMember> staged(String afterId, int limit) {
      checkPage(0, limit);
      checkOpen();
      return page(staged, afterId, limit);
    }

    @Override
    public SnapshotInfo commit(String digest) {
      checkOpen();
      SnapshotInfo info = new SnapshotInfo(digest, kind, staged.size());
      done = true;
      NavigableMap<String, byte[]> members = staged;
      staged = new TreeMap<>(Codec.UTF8_ORDER);
      return locked(() -> {
        Snapshot existing = snapshots.get(digest);
        if (existing != null) {
          return existing.info();
        }
        snapshots.put(digest, new Snapshot(info, members));
        return info;
      });
    }

    @Override
    public void abort() {
      done = true;
      staged = new TreeMap<>(Codec.UTF8_ORDER);
    }

    @Override
    public void close() {
      if (!done) {
        abort();
      }
    }

    private void checkOpen() {
      if (done) {
        throw new IllegalStateException("this snapshot import was already committed or aborted");
      }
    }
  }

  static void checkPage(long from, int limit) {
    if (from < 0) {
      throw new IllegalArgumentException("page start must be 0 or more, got " + from);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("page limit must be 1 or more, got " + limit);
    }
  }
}
