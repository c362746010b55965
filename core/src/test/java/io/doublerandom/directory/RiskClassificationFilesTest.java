package io.doublerandom.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.risk.RiskClassificationPush;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskClassificationFilesTest {
  @TempDir
  Path dir;

  @Test
  void aPushRoundTripsThroughItsFile() throws IOException {
    RiskClassificationPush push = new RiskClassificationPush(RiskRating.GENERAL,
        LocalDate.of(2025, 2, 28), Map.of(EntityId.parse("91350100M000100Y43"), "B",
            EntityId.parse("000000000000002"), "A"), "general@2025-02-28.csv");
    Path file = RiskClassificationFiles.write(dir, push);
    assertEquals("general@2025-02-28.csv", file.getFileName().toString());
    assertEquals("entity_id,risk_class\n000000000000002,A\n91350100M000100Y43,B\n",
        Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(push, RiskClassificationFiles.read(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void everyProblemIsReportedWithItsLine() throws IOException {
    Path file = dir.resolve("food@2025-02-28.csv");
    Files.writeString(file, "# pushed by the credit system\nentity_id,risk_class\n"
        + "000000000000001,A\n"
        + "12345,B\n"
        + "000000000000002,\n"
        + "000000000000001,C\n"
        + "000000000000003,A,extra\n", StandardCharsets.UTF_8);
    RiskClassificationFormatException e = assertThrows(RiskClassificationFormatException.class,
        () -> RiskClassificationFiles.read(file));
    List<String> p = e.problems();
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("food@2025-02-28.csv:4: entity_id '12345': "), p.get(0));
    assertEquals("food@2025-02-28.csv:5: risk_class of entity '000000000000002' is blank",
        p.get(1));
    assertEquals("food@2025-02-28.csv:6: entity_id 000000000000001 is already classified at "
        + "line 3", p.get(2));
    assertEquals("food@2025-02-28.csv:7: expected 2 fields (entity_id, risk_class), got 3 in "
        + "'000000000000003,A,extra'", p.get(3));
    Path badName = dir.resolve("food-2025-02-28.csv");
    Files.writeString(badName, "entity_id,risk_class\n", StandardCharsets.UTF_8);
    e = assertThrows(RiskClassificationFormatException.class,
        () -> RiskClassificationFiles.read(badName));
    assertEquals(List.of("food-2025-02-28.csv: the file name must be DOMAIN@YYYY-MM-DD.csv, for "
        + "example general@2025-02-28.csv"), e.problems());
  }

  @Test
  void theDirectoryFeedReportsTheProblemsOfEveryBadFile() throws IOException {
    Files.writeString(dir.resolve("general@2025-02-30.csv"), "entity_id,risk_class\n");
    Files.writeString(dir.resolve("food@2025-02-28.csv"), "id,class\n");
    RiskClassificationFormatException e = assertThrows(RiskClassificationFormatException.class,
        () -> new DirectoryRiskClassificationFeed(dir).pushesAfter(LocalDate.MIN));
    assertEquals(List.of(
        "food@2025-02-28.csv:1: expected the header 'entity_id,risk_class', got 'id,class'",
        "general@2025-02-30.csv: the as-of date '2025-02-30' of the file name is not a valid date"),
        e.problems());
  }
}
