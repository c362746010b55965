package io.doublerandom.io;

import static io.doublerandom.io.Reads.at;
import static io.doublerandom.io.Reads.resource;
import static io.doublerandom.io.Reads.where;
import static io.doublerandom.io.Reads.written;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.Inspector;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorFilesTest {
  private static final ImportOptions OPTIONS = ImportOptions.builder()
      .regions(TestData.regions())
      .knownAuthorities(List.of("SX-140100-SCJG", "SX-140105-SCJG"))
      .build();

  private static List<Inspector> inspectors() {
    List<Inspector> list = new ArrayList<>();
    list.add(TestData.fullInspector("I-003", TestData.KNOWN_CODE));
    list.add(TestData.minimalInspector("I-001"));
    list.add(TestData.fullInspector("I-002", TestData.legacyNumber("14010510000123")));
    list.add(TestData.minimalInspector("I-010"));
    return list;
  }

  private static ImportResult<Inspector> read(byte[] bytes, String name, Format format) {
    return InspectorFiles.read(new ByteArrayInputStream(bytes), name, format, OPTIONS);
  }

  @Test
  void csvAndJsonRoundTripsAreTheIdentity(@TempDir Path dir) throws Exception {
    List<Inspector> expected = new ArrayList<>(inspectors());
    expected.sort(java.util.Comparator.comparing(Inspector::id));
    for (Format format : Format.values()) {
      byte[] bytes = written(out -> InspectorFiles.write(inspectors(), out, format));
      ImportResult<Inspector> back = read(bytes, "inspectors." + format.extension(), format);
      assertTrue(back.ok(), back.report().format());
      assertEquals(expected, back.values(), format.name());
      Path file = dir.resolve("inspectors." + format.extension());
      InspectorFiles.write(inspectors(), file);
      assertEquals(expected, InspectorFiles.read(file, OPTIONS).values());
    }
  }

  @Test
  void conflictsLeaveAndCertificateHaveDocumentedCsvEncodings() {
    String csv = new String(written(out -> InspectorFiles.write(
        List.of(TestData.fullInspector("I-1", TestData.KNOWN_CODE)), out, Format.CSV)),
        StandardCharsets.UTF_8);
    assertEquals("id,name,authority,department,level,region,kind,certificate_number,"
        + "certificate_valid_from,certificate_valid_to,specialties,conflicts,unavailable,active",
        csv.lines().findFirst().orElseThrow());
    assertTrue(csv.contains("NEAR_RELATIVE:entity:" + TestData.KNOWN_CODE
        + ":配偶任职\\; 申报\\:2024;SHAREHOLDER:party:P123"), csv);
    assertTrue(csv.contains("2024-07-01..2024-07-14;2024-09-02..2024-09-02"), csv);
    assertTrue(csv.contains("14010520230001,2023-01-01,2027-12-31"), csv);
    assertTrue(csv.strip().endsWith(",false"), csv);
  }

  @Test
  void writtenBytesDoNotDependOnInputOrder() {
    Random random = new Random(7L);
    for (Format format : Format.values()) {
      byte[] expected = written(out -> InspectorFiles.write(inspectors(), out, format));
      for (int i = 0; i < 10; i++) {
        List<Inspector> shuffled = inspectors();
        Collections.shuffle(shuffled, random);
        assertArrayEquals(expected, written(out -> InspectorFiles.write(shuffled, out, format)));
      }
    }
  }

  @Test
  void brokenCsvReportsEveryProblemWithItsLineAndField() {
    ImportResult<Inspector> result = read(resource("inspectors-broken.csv"),
        "inspectors-broken.csv", Format.CSV);
    ImportReport report = result.report();
    assertEquals(List.of(
        "3 certificate_valid_to ERROR",
        "4 conflicts ERROR",
        "4 level ERROR",
        "5 id ERROR",
        "6 authority ERROR",
        "6 conflicts ERROR",
        "6 unavailable ERROR",
        "7 certificate_valid_to ERROR",
        "7 conflicts ERROR",
        "7 kind ERROR"), where(report), report.format());
    assertFalse(result.ok());
    assertEquals(6, report.recordsRead());
    assertEquals("91140105MA0K000640", at(report, 4, "conflicts").value());
    assertEquals("乡", at(report, 4, "level").value());
    assertTrue(at(report, 5, "id").message().contains("line 2"));
    assertEquals("SX-999999-XXXX", at(report, 6, "authority").value());
    assertEquals("COUSIN", at(report, 6, "conflicts").value());
    assertEquals("2024-07-14..2024-07-01", at(report, 6, "unavailable").value());
    assertEquals("SELF:friend:P1", at(report, 7, "conflicts").value());
  }

  @Test
  void jsonProblemsNameTheNestedProperty() {
    String json = "[\n"
        + "{\"id\":\"I-1\",\"name\":\"张三\",\"authorityCode\":\"SX-140105-SCJG\",\"level\":\"COUNTY\","
        + "\"region\":\"140105\",\"kind\":\"EXPERT\",\"certificate\":{\"number\":\"N\","
        + "\"validFrom\":\"2024-01-01\"},\"conflicts\":[{\"relation\":\"SELF\"},"
        + "{\"relation\":\"SELF\",\"partyId\":\"P\",\"entity\":\"" + TestData.KNOWN_CODE + "\"}],"
        + "\"unavailable\":[{\"from\":\"2024-01-02\",\"to\":\"2024-01-01\"}],\"active\":\"perhaps\"}\n"
        + "]\n";
    ImportReport report = read(json.getBytes(StandardCharsets.UTF_8), "i.json", Format.JSON)
        .report();
    assertEquals(List.of(
        "2 active ERROR",
        "2 certificate.validTo ERROR",
        "2 conflicts[0] ERROR",
        "2 conflicts[1] ERROR",
        "2 unavailable[0].to ERROR"), where(report), report.format());
  }

  @Test
  void conflictEntitiesGetTheEmbeddedIdentifierChecks() {
    String badOrg = TestData.creditCodeWithBadOrganizationCode("140105", "MA0K0009");
    String badDigit = TestData.withWrongCheck(TestData.legacyNumber("14010510000123"));
    String csv = "id,name,authority,level,region,kind,conflicts\n"
        + "I-1,张三,SX-140105-SCJG,COUNTY,140105,EXPERT,SELF:entity:" + badOrg + "\n"
        + "I-2,李四,SX-140105-SCJG,COUNTY,140105,EXPERT,OTHER:entity:" + badDigit + ":note\n";
    String json = "[\n"
        + "{\"id\":\"I-1\",\"name\":\"张三\",\"authorityCode\":\"SX-140105-SCJG\","
        + "\"level\":\"COUNTY\",\"region\":\"140105\",\"kind\":\"EXPERT\","
        + "\"conflicts\":[{\"relation\":\"SELF\",\"entity\":\"" + badOrg + "\"},"
        + "{\"relation\":\"SELF\",\"entity\":\"" + badDigit + "\"}]}\n]\n";
    ImportReport lenient = read(csv.getBytes(StandardCharsets.UTF_8), "i.csv", Format.CSV)
        .report();
    assertEquals(List.of("2 conflicts WARNING", "3 conflicts WARNING"), where(lenient),
        lenient.format());
    assertEquals(badOrg, at(lenient, 2, "conflicts").value());
    assertTrue(at(lenient, 2, "conflicts").message().contains("GB 11714"));
    assertEquals("the check digit (position 15) of the registration number fails its ISO 7064"
        + " MOD 11,10 check: it should be " + TestData.legacyNumber("14010510000123").charAt(14)
        + ", got " + badDigit.charAt(14), at(lenient, 3, "conflicts").message());
    ImportOptions strict = OPTIONS.toBuilder().strictIdentifiers(true).build();
    ImportReport strictCsv = InspectorFiles.read(new ByteArrayInputStream(
        csv.getBytes(StandardCharsets.UTF_8)), "i.csv", Format.CSV, strict).report();
    assertEquals(List.of("2 conflicts ERROR", "3 conflicts ERROR"), where(strictCsv));
    ImportReport jsonLenient = read(json.getBytes(StandardCharsets.UTF_8), "i.json",
        Format.JSON).report();
    assertEquals(List.of("2 conflicts[0].entity WARNING", "2 conflicts[1].entity WARNING"),
        where(jsonLenient), jsonLenient.format());
    ImportReport jsonStrict = InspectorFiles.read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)), "i.json", Format.JSON, strict).report();
    assertEquals(List.of("2 conflicts[0].entity ERROR", "2 conflicts[1].entity ERROR"),
        where(jsonStrict));
  }

  @Test
  void textThatUnescapesToSurroundingBlanksIsAProblemNotACrash() {
    String csv = "id,name,authority,level,region,kind,conflicts\n"
        + "I-1,张三,SX-140105-SCJG,COUNTY,140105,EXPERT,SELF:party:P1:\\ note\n"
        + "I-2,李四,SX-140105-SCJG,COUNTY,140105,EXPERT,SELF:party:\\ P1\n";
    ImportReport report = read(csv.getBytes(StandardCharsets.UTF_8), "i.csv", Format.CSV)
        .report();
    assertEquals(List.of("2 conflicts ERROR", "3 conflicts ERROR"), where(report),
        report.format());
    assertEquals("conflict note must not start or end with whitespace, got ' note'",
        at(report, 2, "conflicts").message());
    assertEquals("conflict party id must not start or end with whitespace, got ' P1'",
        at(report, 3, "conflicts").message());
  }
}
