package io.doublerandom.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.DrawLedger;
import io.doublerandom.draw.LedgerAppend;
import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.VersionConflictException;
import io.doublerandom.storage.StorageBuilder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compare-and-append on both {@link DrawLedger}s (the in-memory one and the one kept in a
 * storage), the canonical bytes of an entry, and the rules for the added entry kinds.
 */
class DrawLedgerCompareAndAppendTest {
  private static final Instant AT = Instant.parse("2024-08-13T09:30:00Z");

  private static DrawAttempt failed(String task) {
    return DrawAttempt.failed(task, "", "reveal rejected", AT);
  }

  @Test
  void aStaleHeadConflictsOnBothLedgers() {
    for (DrawLedger ledger : List.of(DrawLedger.inMemory(),
        Ledger.of(StorageBuilder.inMemory()).drawLedger())) {
      assertEquals(LedgerHead.EMPTY, ledger.head());
      LedgerAppend first = ledger.append(failed("T"), LedgerHead.EMPTY);
      LedgerEntry e = assertInstanceOf(LedgerAppend.Appended.class, first).entry();
      assertEquals(new LedgerHead(0, e.hash()), ledger.head());
      VersionConflictException c = assertThrows(VersionConflictException.class,
          () -> ledger.append(failed("U"), LedgerHead.EMPTY));
      assertEquals("ledger", c.recordKind());
      assertEquals(0, c.expectedVersion());
      assertEquals(1, c.actualVersion());
      assertEquals(1, ledger.entries().size());
      assertTrue(ledger.verifyChain().isEmpty());
      assertInstanceOf(LedgerAppend.Appended.class, ledger.append(failed("U"), ledger.head()));
    }
  }

  @Test
  void theHashIsSha256OfTheCanonicalBytesWhichDecodeBack() {
    LedgerEntry e = LedgerEntry.of(3, "ab".repeat(32), failed("T"));
    assertEquals(e.hash(), io.doublerandom.internal.Codec.hex(
        io.doublerandom.internal.Codec.sha256(e.canonicalBytes())));
    assertEquals(e, LedgerCodec.decode(e.canonicalBytes()));
    byte[] longer = Arrays.copyOf(e.canonicalBytes(), e.canonicalBytes().length + 1);
    assertThrows(IllegalArgumentException.class, () -> LedgerCodec.decode(longer));
  }

  @Test
  void anAssignmentNeedsADrawAndAPublicationNeedsADocumentHashAndAReason() {
    DrawLedger ledger = DrawLedger.inMemory();
    DrawAttempt assigned = new DrawAttempt("T", DrawAttempt.Outcome.ASSIGNED, "11".repeat(32),
        "22".repeat(32), "33".repeat(32), "", AT);
    assertInstanceOf(LedgerAppend.Refused.class, ledger.append(assigned));
    assertThrows(IllegalArgumentException.class, () -> new DrawAttempt("T",
        DrawAttempt.Outcome.PUBLISHED, "", "", "", "task-announcement", AT));
    assertThrows(IllegalArgumentException.class, () -> new DrawAttempt("T",
        DrawAttempt.Outcome.PUBLISHED, "", "", "55".repeat(32), "", AT));
    assertInstanceOf(LedgerAppend.Appended.class, ledger.append(new DrawAttempt("T",
        DrawAttempt.Outcome.PUBLISHED, "", "", "55".repeat(32), "task-announcement", AT)));
  }
}
