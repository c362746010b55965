package io.doublerandom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {
  private static ImportProblem error(String source, long line, String field, String message) {
    return new ImportProblem(source, line, field, "", Severity.ERROR, message);
  }

  @Test
  void problemsReadLikeCompilerMessages() {
    assertEquals("entities.csv:12: id '9135': check character should be 3",
        new ImportProblem("entities.csv", 12, "id", "9135", Severity.ERROR,
            "check character should be 3").toString());
    assertEquals("e.csv:4: name: missing required field",
        error("e.csv", 4, "name", "missing required field").toString());
    assertEquals("e.csv:7: the row has 9 cells but the header only 8",
        error("e.csv", 7, "", "the row has 9 cells but the header only 8").toString());
    assertEquals("e.csv:2: warning: id 'X': odd",
        new ImportProblem("e.csv", 2, "id", "X", Severity.WARNING, "odd").toString());
    String longValue = "x".repeat(100);
    assertEquals("e.csv:2: basis '" + "x".repeat(80) + "...': too long",
        new ImportProblem("e.csv", 2, "basis", longValue, Severity.ERROR, "too long")
            .toString());
    assertThrows(IllegalArgumentException.class,
        () -> new ImportProblem("e.csv", -1, "", "", Severity.ERROR, "m"));
  }

  @Test
  void problemsAreSortedBySourceOrderLineAndFieldAndCounted() {
    ImportReport report = new ImportReport(List.of("items.csv", "claims.csv"),
        List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8), List.of(
        error("claims.csv", 2, "level", "b"),
        error("items.csv", 9, "code", "c"),
        new ImportProblem("items.csv", 3, "kind", "", Severity.WARNING, "w"),
        error("items.csv", 3, "department", "d"),
        error("items.csv", 3, "department", "d")), 12);
    assertEquals(List.of("items.csv:3 department", "items.csv:3 kind", "items.csv:9 code",
            "claims.csv:2 level"),
        report.problems().stream().map(p -> p.source() + ":" + p.line() + " " + p.field())
            .toList());
    assertEquals(3, report.errorCount());
    assertEquals(1, report.warningCount());
    assertEquals(3, report.errors().size());
    assertEquals(1, report.warnings().size());
    assertTrue(report.hasErrors());
    assertEquals(12, report.recordsRead());
    assertEquals("items.csv, claims.csv: 12 records, 3 errors, 1 warning", report.summary());
    assertEquals("items.csv, claims.csv: 12 records, 3 errors, 1 warning\n"
        + "items.csv:3: department: d\n"
        + "items.csv:3: warning: kind: w\n"
        + "items.csv:9: code: c\n"
        + "claims.csv:2: level: b\n", report.format());
  }

  @Test
  void aReportWithoutErrorsLetsValuesThrough() {
    ImportReport clean = new ImportReport(List.of("a.csv"), List.of(StandardCharsets.UTF_8),
        List.of(), 1);
    assertFalse(clean.hasErrors());
    assertEquals("a.csv: 1 record, 0 errors, 0 warnings", clean.summary());
    ImportResult<String> ok = new ImportResult<>(List.of("v"), clean);
    assertTrue(ok.ok());
    assertEquals(List.of("v"), ok.values());
    assertEquals("v", ok.value());
    assertEquals(List.of("v"), ok.orElseThrow());

    ImportReport bad = new ImportReport(List.of("a.csv"), List.of(StandardCharsets.UTF_8),
        List.of(error("a.csv", 2, "id", "x")), 1);
    ImportResult<String> failed = new ImportResult<>(List.of("v"), bad);
    assertFalse(failed.ok());
    assertThrows(IllegalStateException.class, failed::values);
    assertEquals(bad, assertThrows(ImportException.class, failed::orElseThrow).report());
  }

  @Test
  void optionsDefaultToDetectionAndTheNationalScheme() {
    ImportOptions d = ImportOptions.defaults();
    assertTrue(d.charset().isEmpty());
    assertTrue(d.regions().isEmpty());
    assertTrue(d.knownAuthorities().isEmpty());
    assertFalse(d.strictIdentifiers());
    assertEquals(io.doublerandom.model.RiskScheme.NATIONAL_FOUR, d.riskScheme());
    ImportOptions five = d.toBuilder()
        .riskScheme(io.doublerandom.model.RiskScheme.FIVE_CLASSES)
        .knownAuthorities(List.of("B", "A"))
        .build();
    assertEquals(List.of("A", "B"), List.copyOf(five.knownAuthorities().orElseThrow()));
    assertEquals("five-class", five.riskScheme().name());
    assertThrows(IllegalArgumentException.class,
        () -> ImportOptions.builder().knownAuthorities(List.of(" ")));
    assertEquals(Format.CSV, Format.ofFileName("X.CSV").orElseThrow());
    assertTrue(Format.ofFileName("x.txt").isEmpty());
  }
}
