package io.doublerandom.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.SpecDocument;
import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.DrawLedger;
import io.doublerandom.draw.LedgerAppend;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.Storage;
import io.doublerandom.storage.StorageBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported ledger file (docs/draw-spec.md section 16) and its test vector. */
class LedgerFileTest {
  private static final Path SPEC = Path.of("..", "docs", "draw-spec.md");

  /** The three entries of the vector: a draw, a replacement and a publication. */
  static Storage vectorLedger() {
    Storage storage = StorageBuilder.inMemory();
    DrawLedger ledger = Ledger.of(storage).drawLedger();
    String task = "SX-2024-0001";
    List<DrawAttempt> attempts = List.of(
        new DrawAttempt(task, DrawAttempt.Outcome.DRAWN, "11".repeat(32), "22".repeat(32),
            "33".repeat(32), "", Instant.parse("2024-08-13T09:30:00Z")),
        new DrawAttempt(task, DrawAttempt.Outcome.REPLACED, "11".repeat(32), "22".repeat(32),
            "44".repeat(32), "E003 -> E017: deregistered on 2024-08-20",
            Instant.parse("2024-08-21T08:00:00Z")),
        new DrawAttempt(task, DrawAttempt.Outcome.PUBLISHED, "", "", "55".repeat(32),
            "task-announcement", Instant.parse("2024-08-22T10:00:00Z")));
    for (DrawAttempt a : attempts) {
      assertTrue(ledger.append(a) instanceof LedgerAppend.Appended, a.toString());
    }
    return storage;
  }

  private static String specVector() throws IOException {
    List<List<String>> blocks = SpecDocument.blocks(SPEC, "ledger-file");
    assertEquals(1, blocks.size(), "one ledger-file block in draw-spec.md");
    List<String> lines = blocks.get(0);
    return String.join("\n", lines.subList(1, lines.size())) + "\n";
  }

  @Test
  void theExportIsTheSpecVectorAndReadsBack(@TempDir Path dir) throws IOException {
    Storage storage = vectorLedger();
    Path file = dir.resolve("ledger.txt");
    LedgerHead head = LedgerFile.export(storage, file);
    String text = Files.readString(file);
    assertEquals(specVector(), text);
    LedgerFile.Contents c = LedgerFile.read(file);
    assertEquals(Ledger.of(storage).entries(), c.entries());
    assertEquals(head, c.head());
    assertEquals(Ledger.of(storage).head(), head);
  }

  @Test
  void importAppendsToAPrefixAndRefusesADifferentLedger(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ledger.txt");
    Files.writeString(file, specVector());
    Storage empty = StorageBuilder.inMemory();
    LedgerHead head = LedgerFile.importInto(empty, file);
    assertEquals(LedgerFile.read(file).head(), head);
    assertEquals(List.of(), Ledger.of(empty).audit().stream()
        .filter(p -> !p.message().contains("not stored")).toList());
    assertEquals(head, LedgerFile.importInto(empty, file), "importing again is a no-op");
    Storage other = StorageBuilder.inMemory();
    Ledger.of(other).drawLedger().append(new DrawAttempt("X", DrawAttempt.Outcome.FAILED,
        "", "", "", "reveal did not match", Instant.parse("2024-01-01T00:00:00Z")));
    assertThrows(IllegalStateException.class, () -> LedgerFile.importInto(other, file));
  }

  @Test
  void everyProblemOfAFileIsReportedWithItsLine() throws IOException {
    String[] lines = specVector().split("\n");
    // entry 1 changed (one hex digit of its bytes), entry 2 removed, the head kept
    String changed = lines[2].substring(0, lines[2].length() - 1)
        + (lines[2].endsWith("0") ? "1" : "0");
    String text = lines[0] + "\n" + lines[1] + "\n" + changed + "\n" + lines[4] + "\n";
    LedgerIntegrityException e = assertThrows(LedgerIntegrityException.class,
        () -> LedgerFile.read(new BufferedReader(new StringReader(text))));
    String all = e.getMessage();
    assertTrue(all.contains("line 3: entry 1 was changed"), all);
    assertTrue(all.contains("line 4: the head"), all);
    LedgerIntegrityException cut = assertThrows(LedgerIntegrityException.class,
        () -> LedgerFile.read(new BufferedReader(new StringReader(lines[0] + "\n" + lines[1]
            + "\n"))));
    assertTrue(cut.getMessage().contains("line 3: the head line is missing"), cut.getMessage());
    LedgerIntegrityException header = assertThrows(LedgerIntegrityException.class,
        () -> LedgerFile.read(new BufferedReader(new StringReader("ledger\nhead -1 "
            + LedgerHead.GENESIS + "\n"))));
    assertTrue(header.getMessage().contains("line 1: expected 'doublerandom-ledger/v1'"),
        header.getMessage());
  }
}
