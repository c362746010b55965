package io.doublerandom.jdbc;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.postgresql.PGConnection;

/**
 * The storage SPI on a database through JDBC: embedded H2 in file mode by default ({@link
 * #h2File}), PostgreSQL in production ({@link #open} with a {@code jdbc:postgresql:} URL). The
 * schema is created and upgraded by Flyway migrations (classpath {@code db/migration/common}, plus
 * {@code db/migration/h2} or {@code db/migration/postgresql} for dialect-specific files).
 *
 * <p>Units of work are database transactions (READ COMMITTED). Compare-and-append moves the one
 * {@code ledger_head} row with {@code UPDATE … WHERE seq = ? AND hash = ?} in the same transaction
 * as the insert, so of two writers against one head the second blocks on the row and then updates
 * nothing: a {@link VersionConflictException}. Unique-key violations, H2's concurrent-update error
 * and serialization failures are conflicts too. Bulk imports write 10,000-row batches per
 * transaction (PostgreSQL: {@code COPY}); a snapshot becomes visible only when its row is inserted
 * at commit. See docs/storage.md.
 */
public final class JdbcStorage implements Storage {
  private final Jdbi jdbi;
  private final String url;
  private final boolean postgres;
  private final Pool pool;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();
  private final Stores stores = new DbStores();

  private JdbcStorage(String url, String user, String password) {
    this.url = Objects.requireNonNull(url, "url");
    if (url.startsWith("jdbc:postgresql:")) {
      postgres = true;
    } else if (url.startsWith("jdbc:h2:")) {
      postgres = false;
    } else {
      throw new IllegalArgumentException("url must be a jdbc:h2: or jdbc:postgresql: URL, got '"
          + url + "'");
    }
    this.pool = new Pool(url, user, password);
    migrate(url, user, password);
    this.jdbi = Jdbi.create(pool);
  }

  /**
   * An embedded H2 database in file mode at {@code path} (H2 adds {@code .mv.db}), created and
   * migrated if needed; unfinished imports left by a process that died are discarded (an
   * embedded H2 file is held by one process).
   */
  public static JdbcStorage h2File(Path path) {
    JdbcStorage s = new JdbcStorage("jdbc:h2:file:" + path.toAbsolutePath()
        + ";LOCK_TIMEOUT=30000;WRITE_DELAY=0", "sa", "");
    s.stores.directories().discardUnfinished();
    return s;
  }

  /** A database at a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}), migrated. */
  public static JdbcStorage open(String url, String user, String password) {
    return new JdbcStorage(url, user == null ? "" : user, password == null ? "" : password);
  }

  private void migrate(String url, String user, String password) {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
    String dialect = postgres ? "postgresql" : "h2";
    if (JdbcStorage.class.getClassLoader().getResource("db/migration/" + dialect) != null) {
      locations.add("classpath:db/migration/" + dialect);
    }
    Flyway.configure(JdbcStorage.class.getClassLoader()).dataSource(url, user, password)
        .locations(locations.toArray(String[]::new)).load().migrate();
  }

  @Override
  public Stores stores() {
    return stores;
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      throw new IllegalStateException("a unit of work is already running on this thread; "
          + "units of work do not nest");
    }
    try {
      return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
        current.set(h);
        try {
          return work.run(stores);
        } finally {
          current.remove();
        }
      });
    } catch (JdbiException e) {
      throw translate(e, "unit of work", "transaction", 0, 0);
    }
  }

  @Override
  public String description() {
    return url.replaceAll("password=[^&;]*", "password=…");
  }

  @Override
  public void close() {
    pool.close();
  }

  /** Runs {@code f} on the unit of work's handle, or on a handle of its own (auto-commit). */
  private <T> T with(Function<Handle, T> f) {
    Handle h = current.get();
    if (h != null) {
      return f.apply(h);
    }
    return jdbi.withHandle(f::apply);
  }

  private <T> T withTx(Function<Handle, T> f) {
    Handle h = current.get();
    if (h != null) {
      return f.apply(h);
    }
    return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, f::apply);
  }

  /** Whether a failure is a write-write conflict (unique key, concurrent update, serialization). */
  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
            || s.getErrorCode() == 90131 || s.getErrorCode() == 50200) {
          return true;
        }
      }
    }
    return false;
  }

  private RuntimeException translate(RuntimeException e, String kind, String id, long expected,
      long actual) {
    if (e instanceof VersionConflictException) {
      return e;
    }
    if (isConflict(e)) {
      return new VersionConflictException(kind, id, expected, actual);
    }
    return e;
  }

  private static byte[] key(String id) {
    return id.getBytes(StandardCharsets.UTF_8);
  }

  private static void checkPage(long from, int limit) {
    if (from < 0) {
      throw new IllegalArgumentException("page start must be 0 or more, got " + from);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("page limit must be 1 or more, got " + limit);
    }
  }

  private final class DbStores implements Stores {
    private final LedgerStore ledger = new DbLedger();
    private final RecordStore records = new DbRecords();
    private final TaskStatusStore statuses = new DbStatuses();
    private final ChecklistStore checklists = new DbChecklists();
    private final DirectoryStore directories = new DbDirectories();

    @Override
    public LedgerStore ledger() {
      return ledger;
    }

    @Override
    public RecordStore records() {
      return records;
    }

    @Override
    public TaskStatusStore taskStatuses() {
      return statuses;
    }

    @Override
    public ChecklistStore checklists() {
      return checklists;
    }

    @Override
    public DirectoryStore directories() {
      return directories;
    }
  }

  private static LedgerHead readHead(Handle h) {
    return h.createQuery("SELECT seq, hash FROM ledger_head WHERE id = 1")
        .map((rs, ctx) -> new LedgerHead(rs.getLong(1), rs.getString(2))).one();
  }

  private static final String ENTRY_COLUMNS = "seq, previous_hash, hash, kind, task, content";

  private static StoredLedgerEntry entry(java.sql.ResultSet rs) throws SQLException {
    return new StoredLedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getBytes(6));
  }

  private final class DbLedger implements LedgerStore {
    @Override
    public LedgerHead head() {
      return with(JdbcStorage::readHead);
    }

    @Override
    public LedgerHead append(LedgerHead expected, StoredLedgerEntry entry) {
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(entry, "entry");
      LedgerStore.checkFollows(expected, entry);
      try {
        return withTx(h -> {
          Optional<StoredLedgerEntry> stored = h.createQuery("SELECT " + ENTRY_COLUMNS
              + " FROM ledger_entry WHERE seq = :seq").bind("seq", entry.sequence())
              .map((rs, ctx) -> entry(rs)).findOne();
          if (stored.isPresent() && stored.get().equals(entry)) {
            return readHead(h);
          }
          int moved = h.createUpdate("UPDATE ledger_head SET seq = :seq, hash = :hash "
                  + "WHERE id = 1 AND seq = :expectedSeq AND hash = :expectedHash")
              .bind("seq", entry.sequence()).bind("hash", entry.hash())
              .bind("expectedSeq", expected.sequence()).bind("expectedHash", expected.hash())
              .execute();
          if (moved != 1) {
            throw conflict(expected);
          }
          h.createUpdate("INSERT INTO ledger_entry (" + ENTRY_COLUMNS + ") VALUES (:seq, "
                  + ":previous, :hash, :kind, :task, :content)")
              .bind("seq", entry.sequence()).bind("previous", entry.previousHash())
              .bind("hash", entry.hash()).bind("kind", entry.kind()).bind("task", entry.task())
              .bind("content", entry.content()).execute();
          return entry.head();
        });
      } catch (VersionConflictException e) {
        throw e;
      } catch (RuntimeException e) {
        if (isConflict(e)) {
          throw conflict(expected);
        }
        throw e;
      }
    }

    private VersionConflictException conflict(LedgerHead expected) {
      LedgerHead actual = jdbi.withHandle(JdbcStorage::readHead);
      return new VersionConflictException("ledger", "head " + actual,
          expected.size(), Math.max(actual.size(), expected.size() + 1));
    }

    @Override
    public List<StoredLedgerEntry> page(long fromSequence, int limit) {
      checkPage(fromSequence, limit);
      return with(h -> h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry "
              + "WHERE seq >= :from ORDER BY seq LIMIT :limit")
          .bind("from", fromSequence).bind("limit", limit).map((rs, ctx) -> entry(rs)).list());
    }

    @Override
    public List<StoredLedgerEntry> entriesOfTask(String task) {
      Objects.requireNonNull(task, "task");
      return with(h -> h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry "
              + "WHERE task = :task ORDER BY task, seq")
          .bind("task", task).map((rs, ctx) -> entry(rs)).list());
    }
  }

  private final class DbRecords implements RecordStore {
    @Override
    public boolean put(StoredRecord record) {
      Objects.requireNonNull(record, "record");
      try {
        return withTx(h -> {
          Optional<StoredRecord> existing = find(h, record.hash());
          if (existing.isPresent()) {
            if (!existing.get().equals(record)) {
              throw new IllegalStateException("record " + record.hash()
                  + " is already stored with different content or columns");
            }
            return false;
          }
          h.createUpdate("INSERT INTO stored_record (hash, kind, task, position, content) "
                  + "SELECT :hash, :kind, :task, COALESCE(MAX(position), 0) + 1, :content "
                  + "FROM stored_record")
              .bind("hash", record.hash()).bind("kind", record.kind())
              .bind("task", record.task()).bind("content", record.content()).execute();
          return true;
        });
      } catch (RuntimeException e) {
        throw translate(e, "record", record.hash(), 0, 1);
      }
    }

    private Optional<StoredRecord> find(Handle h, String hash) {
      return h.createQuery("SELECT kind, hash, task, content FROM stored_record "
              + "WHERE hash = :hash").bind("hash", hash)
          .map((rs, ctx) -> new StoredRecord(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getBytes(4))).findOne();
    }

    @Override
    public Optional<StoredRecord> get(String hash) {
      Objects.requireNonNull(hash, "hash");
      return with(h -> find(h, hash));
    }

    @Override
    public List<StoredRecord> byTask(String task) {
      Objects.requireNonNull(task, "task");
      return with(h -> h.createQuery("SELECT kind, hash, task, content FROM stored_record "
              + "WHERE task = :task ORDER BY position, hash").bind("task", task)
          .map((rs, ctx) -> new StoredRecord(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getBytes(4))).list());
    }
  }

  private final class DbStatuses implements TaskStatusStore {
    @Override
    public Optional<TaskStatus> get(String task) {
      Objects.requireNonNull(task, "task");
      return with(h -> find(h, task));
    }

    private Optional<TaskStatus> find(Handle h, String task) {
      return h.createQuery("SELECT status, version FROM task_status WHERE task = :task")
          .bind("task", task)
          .map((rs, ctx) -> new TaskStatus(task, rs.getString(1), rs.getLong(2))).findOne();
    }

    @Override
    public TaskStatus save(String task, String status, long expectedVersion) {
      Objects.requireNonNull(task, "task");
      Objects.requireNonNull(status, "status");
      try {
        return withTx(h -> {
          Optional<TaskStatus> stored = find(h, task);
          if (stored.isPresent() && stored.get().status().equals(status)) {
            return stored.get();
          }
          long actual = stored.map(TaskStatus::version).orElse(0L);
          if (actual != expectedVersion) {
            throw new VersionConflictException("task status", task, expectedVersion, actual);
          }
          if (expectedVersion == 0) {
            h.createUpdate("INSERT INTO task_status (task, status, version) VALUES (:task, "
                + ":status, 1)").bind("task", task).bind("status", status).execute();
          } else {
            int n = h.createUpdate("UPDATE task_status SET status = :status, version = "
                    + "version + 1 WHERE task = :task AND version = :version")
                .bind("task", task).bind("status", status).bind("version", expectedVersion)
                .execute();
            if (n != 1) {
              throw new VersionConflictException("task status", task, expectedVersion,
                  expectedVersion + 1);
            }
          }
          return new TaskStatus(task, status, expectedVersion + 1);
        });
      } catch (RuntimeException e) {
        throw translate(e, "task status", task, expectedVersion, expectedVersion + 1);
      }
    }
  }

  private final class DbChecklists implements ChecklistStore {
    private Versioned save(String namespace, String kind, String id, long expected,
        byte[] content) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(content, "content");
      try {
        return withTx(h -> {
          Optional<Versioned> latest = latest(h, namespace, id);
          if (latest.isPresent() && latest.get().sameContent(content)) {
            return latest.get();
          }
          long actual = latest.map(Versioned::version).orElse(0L);
          if (actual != expected) {
            throw new VersionConflictException(kind, id, expected, actual);
          }
          h.createUpdate("INSERT INTO document_version (namespace, doc_id, doc_key, version, "
                  + "content) VALUES (:ns, :id, :key, :version, :content)")
              .bind("ns", namespace).bind("id", id).bind("key", key(id))
              .bind("version", expected + 1).bind("content", content).execute();
          return new Versioned(id, expected + 1, content);
        });
      } catch (RuntimeException e) {
        throw translate(e, kind, id, expected, expected + 1);
      }
    }

    private Optional<Versioned> latest(Handle h, String namespace, String id) {
      return h.createQuery("SELECT version, content FROM document_version WHERE namespace = :ns "
              + "AND doc_id = :id ORDER BY version DESC LIMIT 1").bind("ns", namespace)
          .bind("id", id).map((rs, ctx) -> new Versioned(id, rs.getLong(1), rs.getBytes(2)))
          .findOne();
    }

    private Optional<Versioned> version(String namespace, String id, long version) {
      Objects.requireNonNull(id, "id");
      return with(h -> h.createQuery("SELECT version, content FROM document_version "
              + "WHERE namespace = :ns AND doc_id = :id AND version = :v").bind("ns", namespace)
          .bind("id", id).bind("v", version)
          .map((rs, ctx) -> new Versioned(id, rs.getLong(1), rs.getBytes(2))).findOne());
    }

    @Override
    public Versioned saveChecklist(String checklistId, long expectedVersion, byte[] content) {
      return save("checklist", "checklist", checklistId, expectedVersion, content);
    }

    @Override
    public Optional<Versioned> checklist(String checklistId) {
      Objects.requireNonNull(checklistId, "checklistId");
      return with(h -> latest(h, "checklist", checklistId));
    }

    @Override
    public Optional<Versioned> checklist(String checklistId, long version) {
      return version("checklist", checklistId, version);
    }

    @Override
    public List<Long> checklistVersions(String checklistId) {
      Objects.requireNonNull(checklistId, "checklistId");
      return with(h -> h.createQuery("SELECT version FROM document_version WHERE namespace = "
              + "'checklist' AND doc_id = :id ORDER BY version").bind("id", checklistId)
          .mapTo(Long.class).list());
    }

    @Override
    public List<String> checklistIds() {
      return with(h -> h.createQuery("SELECT doc_id FROM document_version WHERE namespace = "
              + "'checklist' AND version = 1 ORDER BY doc_key").mapTo(String.class).list());
    }

    @Override
    public Versioned saveClaims(String authority, long expectedVersion, byte[] content) {
      return save("claims", "claims", authority, expectedVersion, content);
    }

    @Override
    public Optional<Versioned> claims(String authority) {
      Objects.requireNonNull(authority, "authority");
      return with(h -> latest(h, "claims", authority));
    }

    @Override
    public Optional<Versioned> claims(String authority, long version) {
      return version("claims", authority, version);
    }
  }

  private final class DbDirectories implements DirectoryStore {
    @Override
    public SnapshotImport begin(DirectoryKind kind) {
      Objects.requireNonNull(kind, "kind");
      for (int attempt = 0; ; attempt++) {
        try {
          long id = jdbi.inTransaction(h -> {
            long next = h.createQuery("SELECT COALESCE(MAX(m), 0) + 1 FROM (SELECT MAX(import_id)"
                + " AS m FROM directory_import UNION ALL SELECT MAX(import_id) AS m FROM "
                + "directory_snapshot) ids").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO directory_import (import_id, kind) VALUES (:id, :kind)")
                .bind("id", next).bind("kind", kind.token()).execute();
            return next;
          });
          return new DbImport(kind, id);
        } catch (RuntimeException e) {
          if (!isConflict(e) || attempt > 20) {
            throw e;
          }
        }
      }
    }

    @Override
    public Optional<SnapshotInfo> snapshot(String digest) {
      Objects.requireNonNull(digest, "digest");
      return with(h -> h.createQuery("SELECT digest, kind, member_count FROM directory_snapshot "
              + "WHERE digest = :d").bind("d", digest)
          .map((rs, ctx) -> new SnapshotInfo(rs.getString(1),
              DirectoryKind.ofToken(rs.getString(2)), rs.getLong(3))).findOne());
    }

    @Override
    public List<SnapshotInfo> snapshots(DirectoryKind kind) {
      Objects.requireNonNull(kind, "kind");
      return with(h -> h.createQuery("SELECT digest, kind, member_count FROM directory_snapshot "
              + "WHERE kind = :k ORDER BY position").bind("k", kind.token())
          .map((rs, ctx) -> new SnapshotInfo(rs.getString(1),
              DirectoryKind.ofToken(rs.getString(2)), rs.getLong(3))).list());
    }

    private long importId(Handle h, String digest) {
      return h.createQuery("SELECT import_id FROM directory_snapshot WHERE digest = :d")
          .bind("d", digest).mapTo(Long.class).findOne()
          .orElseThrow(() -> new NoSuchElementException("no snapshot has digest " + digest));
    }

    @Override
    public List<DirectoryMember> members(String digest, String afterId, int limit) {
      checkPage(0, limit);
      Objects.requireNonNull(afterId, "afterId");
      return with(h -> page(h, importId(h, digest), afterId, limit));
    }

    @Override
    public Optional<DirectoryMember> member(String digest, String id) {
      return with(h -> {
        Optional<Long> imp = h.createQuery("SELECT import_id FROM directory_snapshot WHERE "
            + "digest = :d").bind("d", digest).mapTo(Long.class).findOne();
        if (imp.isEmpty()) {
          return Optional.empty();
        }
        return h.createQuery("SELECT id, content FROM directory_member WHERE import_id = :i "
                + "AND id_key = :k").bind("i", imp.get()).bind("k", key(id))
            .map((rs, ctx) -> new DirectoryMember(rs.getString(1), rs.getBytes(2))).findOne();
      });
    }

    @Override
    public int discardUnfinished() {
      return jdbi.inTransaction(h -> {
        List<Long> ids = h.createQuery("SELECT import_id FROM directory_import ORDER BY "
            + "import_id").mapTo(Long.class).list();
        for (long id : ids) {
          discard(h, id);
        }
        return ids.size();
      });
    }
  }

  private static List<DirectoryMember> page(Handle h, long importId, String afterId, int limit) {
    return h.createQuery("SELECT id, content FROM directory_member WHERE import_id = :i "
            + "AND id_key > :after ORDER BY import_id, id_key LIMIT :limit")
        .bind("i", importId).bind("after", key(afterId)).bind("limit", limit)
        .map((rs, ctx) -> new DirectoryMember(rs.getString(1), rs.getBytes(2))).list();
  }

  private static void discard(Handle h, long importId) {
    h.createUpdate("DELETE FROM directory_member WHERE import_id = :i").bind("i", importId)
        .execute();
    h.createUpdate("DELETE FROM directory_import WHERE import_id = :i").bind("i", importId)
        .execute();
  }

  private final class DbImport implements SnapshotImport {
    private final DirectoryKind kind;
    private final long importId;
    private long count;
    private boolean done;

    DbImport(DirectoryKind kind, long importId) {
      this.kind = kind;
      this.importId = importId;
    }

    @Override
    public DirectoryKind kind() {
      return kind;
    }

    @Override
    public void add(List<DirectoryMember> batch) {
      Objects.requireNonNull(batch, "batch");
      checkOpen();
      Set<String> seen = new HashSet<>();
      List<String> repeated = new ArrayList<>();
      for (DirectoryMember m : batch) {
        if (!seen.add(m.id()) && !repeated.contains(m.id())) {
          repeated.add(m.id());
        }
      }
      if (!repeated.isEmpty()) {
        abort();
        throw new IllegalArgumentException("snapshot of " + kind.token() + ": id"
            + (repeated.size() == 1 ? " " : "s ") + String.join(", ", repeated)
            + " occur more than once in one batch; the import was aborted");
      }
      try {
        jdbi.useTransaction(h -> {
          if (postgres) {
            copy(h, batch);
          } else {
            PreparedBatch b = h.prepareBatch("INSERT INTO directory_member (import_id, id_key, "
                + "id, content) VALUES (:i, :k, :id, :c)");
            for (DirectoryMember m : batch) {
              b.bind("i", importId).bind("k", key(m.id())).bind("id", m.id())
                  .bind("c", m.content()).add();
            }
            b.execute();
          }
        });
      } catch (RuntimeException e) {
        abort();
        if (isConflict(e)) {
          throw new IllegalArgumentException("snapshot of " + kind.token() + ": an id of this "
              + "batch was already added by an earlier batch; the import was aborted", e);
        }
        throw e;
      }
      count += batch.size();
    }

    private void copy(Handle h, List<DirectoryMember> batch) {
      StringBuilder sb = new StringBuilder(batch.size() * 300);
      for (DirectoryMember m : batch) {
        sb.append(importId).append('\t');
        hex(sb, key(m.id()));
        sb.append('\t');
        escape(sb, m.id());
        sb.append('\t');
        hex(sb, m.content());
        sb.append('\n');
      }
      try {
        Connection c = h.getConnection();
        PGConnection pg = c.unwrap(PGConnection.class);
        pg.getCopyAPI().copyIn("COPY directory_member (import_id, id_key, id, content) "
            + "FROM STDIN", new java.io.StringReader(sb.toString()));
      } catch (SQLException e) {
        throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public long count() {
      return count;
    }

    @Override
    public List<DirectoryMember> staged(String afterId, int limit) {
      checkPage(0, limit);
      checkOpen();
      return jdbi.withHandle(h -> page(h, importId, afterId, limit));
    }

    @Override
    public SnapshotInfo commit(String digest) {
      checkOpen();
      SnapshotInfo info = new SnapshotInfo(digest, kind, count);
      done = true;
      for (int attempt = 0; ; attempt++) {
        try {
          return jdbi.inTransaction(h -> {
            Optional<SnapshotInfo> existing = stores.directories().snapshot(digest);
            if (existing.isPresent()) {
              discard(h, importId);
              return existing.get();
            }
            h.createUpdate("INSERT INTO directory_snapshot (digest, kind, member_count, "
                    + "import_id, position) SELECT :d, :k, :n, :i, COALESCE(MAX(position), 0) "
                    + "+ 1 FROM directory_snapshot")
                .bind("d", digest).bind("k", kind.token()).bind("n", count)
                .bind("i", importId).execute();
            h.createUpdate("DELETE FROM directory_import WHERE import_id = :i")
                .bind("i", importId).execute();
            return info;
          });
        } catch (RuntimeException e) {
          if (!isConflict(e) || attempt > 20) {
            throw e;
          }
        }
      }
    }

    @Override
    public void abort() {
      if (done) {
        return;
      }
      done = true;
      jdbi.useTransaction(h -> discard(h, importId));
    }

    @Override
    public void close() {
      abort();
    }

    private void checkOpen() {
      if (done) {
        throw new IllegalStateException("this snapshot import was already committed or aborted");
      }
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static void hex(StringBuilder sb, byte[] b) {
    sb.append("\\\\x");
    for (byte x : b) {
      sb.append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
    }
  }

  private static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
  }

  /** A few idle connections kept for reuse; new ones from {@link DriverManager}. */
  private static final class Pool implements ConnectionFactory {
    private final String url;
    private final String user;
    private final String password;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    Pool(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection openConnection() throws SQLException {
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("this storage was closed");
        }
        Connection c = idle.poll();
        if (c != null) {
          return c;
        }
      }
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void closeConnection(Connection c) throws SQLException {
      synchronized (this) {
        if (!closed && idle.size() < 16 && !c.isClosed() && c.getAutoCommit()) {
          idle.push(c);
          return;
        }
      }
      c.close();
    }

    synchronized void close() {
      closed = true;
      for (Connection c : idle) {
        try {
          c.close();
        } catch (SQLException e) {
          // closing: nothing left to do with a connection that will not close
        }
      }
      idle.clear();
    }
  }
}
