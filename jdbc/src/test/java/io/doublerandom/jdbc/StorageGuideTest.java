package io.doublerandom.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.ledger.Ledger;
import io.doublerandom.ledger.LedgerFile;
import io.doublerandom.ledger.LedgerProblem;
import io.doublerandom.ledger.Recorded;
import io.doublerandom.ledger.Recorder;
import io.doublerandom.ledger.RedrawReason;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.Storage;
import io.doublerandom.storage.StorageBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the snippets of docs/storage.md ("Using it") and checks their claims. */
class StorageGuideTest {
  private final Clock clock = Clock.fixed(Instant.parse("2024-08-13T09:30:00Z"), ZoneOffset.UTC);

  @Test
  void theUsingItSnippetRunsOnAnH2File(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("data"));
    try (Storage storage = JdbcStorage.h2File(dir.resolve("data/doublerandom"))) {
      Recorder recorder = Recorder.of(storage);

      long version = recorder.taskVersion("SX-2024-0001");
      DrawRecord record = MutationDetectionTest.StorageContractFixtures.fixture("SX-2024-0001", 1);
      Recorded r = recorder.draw(record, version, clock.instant());
      assertInstanceOf(Recorded.Committed.class, r);

      DrawRecord newRecord = MutationDetectionTest.StorageContractFixtures
          .fixture("SX-2024-0001", 2);
      Recorded redone = recorder.redraw(newRecord, RedrawReason.POPULATION_ERROR,
          "12 entities of 140106 were missing", recorder.taskVersion("SX-2024-0001"),
          clock.instant());
      assertInstanceOf(Recorded.Committed.class, redone);
      String announcementSha256 = "ab".repeat(32);
      Recorded published = recorder.publication("SX-2024-0001", announcementSha256,
          "task-announcement", clock.instant());
      LedgerHead head = ((Recorded.Committed) published).head();
      assertEquals(2, head.sequence());

      List<LedgerProblem> problems = Ledger.of(storage).audit();
      assertEquals(List.of(), problems);
      Path ledgerFile = dir.resolve("ledger.txt");
      LedgerFile.export(storage, ledgerFile);
      assertEquals(head, LedgerFile.read(ledgerFile).head());
    }
  }

  @Test
  void theBuilderDefaultsToMemoryAndDiscoversJdbcOnlyWhenAsked(@TempDir Path dir) {
    try (Storage memory = StorageBuilder.create().build()) {
      assertEquals("in-memory", memory.description());
    }
    try (Storage h2 = StorageBuilder.create()
        .discover("jdbc", Map.of("url", "jdbc:h2:file:" + dir.resolve("d").toAbsolutePath()))
        .build()) {
      assertTrue(h2.description().startsWith("jdbc:h2:file:"), h2.description());
    }
    assertTrue(StorageBuilder.discoverable().containsKey("jdbc"));
  }
}
