package io.doublerandom.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.ledger.Ledger;
import io.doublerandom.spi.DirectoryKind;
import io.doublerandom.spi.SnapshotInfo;
import io.doublerandom.storage.Snapshots;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A child JVM killed with SIGKILL ({@code Process.destroyForcibly}) in the middle of drawing or
 * of a bulk import leaves, in its embedded H2 file, no partial record, no half-imported snapshot
 * and an intact ledger; and every draw the child reported committed is there (which needed H2's
 * {@code WRITE_DELAY=0}: with H2's default delay of 500 ms the first run of this test lost the
 * last four committed draws).
 */
class CrashSafetyTest {
  @Test
  void killedMidDrawLeavesWholeDrawsAndAnIntactLedger() throws Exception {
    Path db = Files.createTempDirectory("doublerandom-crash-").resolve("db");
    killAfter("draw", db, "drawn 10");
    try (JdbcStorage s = JdbcStorage.h2File(db)) {
      Ledger ledger = Ledger.of(s);
      assertEquals(List.of(), ledger.audit());
      List<LedgerEntry> entries = ledger.entries();
      assertTrue(entries.size() > 10, "entries: " + entries.size());
      for (LedgerEntry e : entries) {
        assertEquals(DrawAttempt.Outcome.DRAWN, e.attempt().outcome());
        assertEquals("drawn@" + e.sequence(), s.stores().taskStatuses()
            .get(e.attempt().task()).orElseThrow().status());
      }
      try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(),
          "sa", ""); Statement st = c.createStatement()) {
        assertEquals(entries.size(), count(st, "SELECT COUNT(*) FROM stored_record"),
            "one record per ledger entry, none without one");
        assertEquals(entries.size(), count(st, "SELECT COUNT(*) FROM task_status"));
      }
    }
  }

  @Test
  void killedMidImportLeavesNoHalfImportedSnapshot() throws Exception {
    Path db = Files.createTempDirectory("doublerandom-crash-").resolve("db");
    killAfter("import", db, "batch 3");
    try (JdbcStorage s = JdbcStorage.h2File(db)) {
      List<SnapshotInfo> snapshots = s.stores().directories().snapshots(DirectoryKind.ENTITIES);
      assertEquals(1, snapshots.size(), "only the small snapshot, committed before the kill");
      assertEquals(1_000, snapshots.get(0).count());
      long[] n = {0};
      Snapshots.forEachMember(s, snapshots.get(0).digest(), m -> n[0]++);
      assertEquals(1_000, n[0]);
      assertEquals(List.of(), Ledger.of(s).audit());
      try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(),
          "sa", ""); Statement st = c.createStatement()) {
        assertEquals(1_000, count(st, "SELECT COUNT(*) FROM directory_member"),
            "the staged rows of the killed import were discarded when the file was opened");
        assertEquals(0, count(st, "SELECT COUNT(*) FROM directory_import"));
      }
    }
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void killAfter(String mode, Path db, String line) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), CrashChild.class.getName(), mode, db.toString())
        .redirectErrorStream(true).start();
    StringBuilder seen = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String l;
      while ((l = r.readLine()) != null) {
        seen.append(l).append('\n');
        if (l.equals(line)) {
          p.destroyForcibly();
          break;
        }
      }
    } finally {
      p.destroyForcibly();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child did not die");
    }
    assertTrue(seen.toString().contains(line), "the child stopped early:\n" + seen);
    assertEquals(137, p.exitValue(), "killed by SIGKILL (128 + 9)");
  }
}
