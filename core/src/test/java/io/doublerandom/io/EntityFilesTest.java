package io.doublerandom.io;

import static io.doublerandom.io.Reads.at;
import static io.doublerandom.io.Reads.resource;
import static io.doublerandom.io.Reads.where;
import static io.doublerandom.io.Reads.written;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.EntityKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityFilesTest {
  private static final ImportOptions WITH_REGIONS =
      ImportOptions.builder().regions(TestData.regions()).build();

  private static List<MarketEntity> entities() {
    List<MarketEntity> list = new ArrayList<>();
    list.add(TestData.fullEntity(TestData.creditCode("91", "140105", "MA0L1234")));
    list.add(TestData.fullEntity(TestData.KNOWN_CODE));
    list.add(TestData.minimalEntity(TestData.creditCode("92", "140106", "L1234567")));
    list.add(TestData.minimalEntity(TestData.legacyNumber("14010510000123")));
    list.add(MarketEntity.builder().from(TestData.minimalEntity(
            TestData.creditCode("93", "140107", "MA0K0001")))
        .kind(EntityKind.FARMERS_COOPERATIVE).status(RegistrationStatus.REVOKED)
        .region(RegionCode.of("140107")).build());
    return list;
  }

  private static List<MarketEntity> sorted(List<MarketEntity> list) {
    List<MarketEntity> s = new ArrayList<>(list);
    s.sort(Comparator.comparing(e -> e.id().value()));
    return s;
  }

  private static ImportResult<MarketEntity> read(byte[] bytes, String name, Format format,
      ImportOptions options) {
    return EntityFiles.read(new ByteArrayInputStream(bytes), name, format, options);
  }

  @Test
  void csvAndJsonRoundTripsAreTheIdentity() {
    for (Format format : Format.values()) {
      byte[] bytes = written(out -> EntityFiles.write(entities(), out, format));
      ImportResult<MarketEntity> back = read(bytes, "entities." + format.extension(), format,
          WITH_REGIONS);
      assertTrue(back.ok(), back.report().format());
      assertEquals(sorted(entities()), back.values(), format.name());
      assertEquals(5, back.report().recordsRead());
      assertEquals(List.of(), back.report().problems());
    }
  }

  @Test
  void progressIsToldEveryRecordReadInOrderAndDoesNotChangeTheResult() {
    for (Format format : Format.values()) {
      byte[] bytes = written(out -> EntityFiles.write(entities(), out, format));
      List<Long> counts = new ArrayList<>();
      ImportResult<MarketEntity> withProgress = read(bytes, "entities." + format.extension(),
          format, WITH_REGIONS.toBuilder().progress(counts::add).build());
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L), counts, format.name());
      assertEquals(read(bytes, "entities." + format.extension(), format, WITH_REGIONS).values(),
          withProgress.values());
    }
    // a record with errors is counted too
    List<Long> counts = new ArrayList<>();
    byte[] broken = (new String(written(out -> EntityFiles.write(entities(), out, Format.CSV)),
        StandardCharsets.UTF_8) + "not,a,valid,row\n")
        .getBytes(StandardCharsets.UTF_8);
    ImportResult<MarketEntity> bad = read(broken, "entities.csv", Format.CSV,
        WITH_REGIONS.toBuilder().progress(counts::add).build());
    assertFalse(bad.ok());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), counts);
  }

  @Test
  void filesAreWrittenAtomicallyAndReadBackByExtension(@TempDir Path dir) throws Exception {
    for (String name : List.of("entities.csv", "entities.json")) {
      Path file = dir.resolve(name);
      Files.writeString(file, "old content");
      EntityFiles.write(entities(), file);
      assertEquals(sorted(entities()), EntityFiles.read(file, WITH_REGIONS).values());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("entities.csv", "entities.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files");
    }
  }

  @Test
  void writtenBytesDoNotDependOnInputOrder() {
    Random random = new Random(20240630L);
    for (Format format : Format.values()) {
      byte[] expected = written(out -> EntityFiles.write(entities(), out, format));
      for (int i = 0; i < 10; i++) {
        List<MarketEntity> shuffled = entities();
        Collections.shuffle(shuffled, random);
        assertArrayEquals(expected, written(out -> EntityFiles.write(shuffled, out, format)));
      }
    }
  }

  @Test
  void csvHasAFixedHeaderAndEncodesMultiValuedCells() {
    String csv = new String(written(out -> EntityFiles.write(
        List.of(TestData.fullEntity(TestData.KNOWN_CODE)), out, Format.CSV)),
        StandardCharsets.UTF_8);
    String[] lines = csv.split("\n");
    assertEquals("id,name,kind,registration_authority,region,industry,status,abnormal_list,"
        + "tags,risk_classes,size,established_on,related_parties", lines[0]);
    assertTrue(csv.contains("general:B@2024-06-30;food:C@2024-05-01"), csv);
    assertTrue(csv.contains("LEGAL_REPRESENTATIVE:P-0001;SHAREHOLDER:P\\:0002\\;x"), csv);
    assertTrue(csv.contains("冷链\\\\仓储;网络交易:直播;食品销售"), csv);
    assertFalse(csv.startsWith("\uFEFF"));
  }

  @Test
  void writingARepeatedIdentifierIsRejected() {
    MarketEntity e = TestData.fullEntity(TestData.KNOWN_CODE);
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> written(out -> EntityFiles.write(List.of(e, e), out, Format.CSV)));
    assertTrue(ex.getMessage().contains(TestData.KNOWN_CODE), ex.getMessage());
  }

  @Test
  void brokenCsvReportsEveryProblemWithItsLineAndField() {
    ImportResult<MarketEntity> result = read(resource("entities-broken.csv"),
        "entities-broken.csv", Format.CSV, WITH_REGIONS);
    ImportReport report = result.report();
    assertEquals(List.of(
        "1 colour ERROR",
        "3 id ERROR",
        "5 established_on ERROR",
        "5 region ERROR",
        "6 kind ERROR",
        "6 name ERROR",
        "7 id ERROR",
        "7 risk_classes ERROR",
        "8 abnormal_list ERROR",
        "8 related_parties ERROR",
        "11 id WARNING",
        "13 industry ERROR",
        "13 registration_authority ERROR"), where(report), report.format());
    assertEquals(10, report.recordsRead());
    assertEquals(12, report.errorCount());
    assertEquals(1, report.warningCount());

    ImportProblem badCheck = at(report, 3, "id");
    assertEquals("91140105MA0K000640", badCheck.value());
    assertTrue(badCheck.message().contains("91140105MA0K000640"), badCheck.message());
    assertEquals("entities-broken.csv", badCheck.source());
    assertTrue(badCheck.toString().startsWith(
        "entities-broken.csv:3: id '91140105MA0K000640': "), badCheck.toString());

    ImportProblem duplicate = at(report, 7, "id");
    assertEquals("91140105MA0K00021H", duplicate.value());
    assertTrue(duplicate.message().contains("line 4") && duplicate.message().contains("line 7"),
        duplicate.message());
    assertEquals("110101", at(report, 5, "region").value());
    assertTrue(at(report, 5, "region").message().contains("unknown region"));
    assertEquals("2024-02-30", at(report, 5, "established_on").value());
    assertEquals("missing required field", at(report, 6, "name").message());
    assertEquals("公司", at(report, 6, "kind").value());
    assertEquals("Z", at(report, 7, "risk_classes").value());
    assertEquals("maybe", at(report, 8, "abnormal_list").value());
    assertEquals("FRIEND", at(report, 8, "related_parties").value());
    assertEquals("99", at(report, 13, "industry").value());
    assertTrue(at(report, 1, "colour").message().startsWith("unknown column"));
    assertTrue(at(report, 11, "id").toString().contains(": warning: id "), report.format());
  }

  @Test
  void anImportWithErrorsYieldsNoValues() {
    ImportResult<MarketEntity> result = read(resource("entities-broken.csv"),
        "entities-broken.csv", Format.CSV, WITH_REGIONS);
    assertFalse(result.ok());
    IllegalStateException e = assertThrows(IllegalStateException.class, result::values);
    assertTrue(e.getMessage().contains("entities-broken.csv"), e.getMessage());
    ImportException ex = assertThrows(ImportException.class, result::orElseThrow);
    assertEquals(result.report(), ex.report());
    assertTrue(ex.getMessage().contains("entities-broken.csv:3: id"), ex.getMessage());
  }

  @Test
  void strictIdentifiersMakeABadOrganizationCodeAnError() {
    ImportOptions strict = WITH_REGIONS.toBuilder().strictIdentifiers(true).build();
    ImportReport report = read(resource("entities-broken.csv"), "e.csv", Format.CSV, strict)
        .report();
    assertEquals(Severity.ERROR, at(report, 11, "id").severity());
    assertEquals(0, report.warningCount());
  }

  @Test
  void aWarningAloneDoesNotPreventValues() {
    String code = TestData.creditCodeWithBadOrganizationCode("140105", "MA0K0009");
    MarketEntity e = TestData.minimalEntity(code);
    byte[] csv = written(out -> EntityFiles.write(List.of(e), out, Format.CSV));
    ImportResult<MarketEntity> result = read(csv, "w.csv", Format.CSV, ImportOptions.defaults());
    assertTrue(result.ok());
    assertEquals(List.of(e), result.values());
    assertEquals(1, result.report().warningCount());
    assertFalse(read(csv, "w.csv", Format.CSV,
        ImportOptions.builder().strictIdentifiers(true).build()).ok());
  }

  @Test
  void brokenJsonReportsEveryProblemAtTheLineWhereItsRecordStarts() {
    ImportResult<MarketEntity> result = read(resource("entities-broken.json"),
        "entities-broken.json", Format.JSON, WITH_REGIONS);
    ImportReport report = result.report();
    assertEquals(List.of(
        "3 id ERROR",
        "4 colour ERROR",
        "4 id ERROR",
        "5 riskRatings[1].assignedOn ERROR",
        "5 riskRatings[1].riskClass ERROR",
        "6 name ERROR",
        "7  ERROR",
        "8 status ERROR"), where(report), report.format());
    assertEquals(7, report.recordsRead());
    assertTrue(at(report, 4, "id").message().contains("line 2"));
    assertEquals("Q", at(report, 5, "riskRatings[1].riskClass").value());
    assertEquals("CLOSED", at(report, 8, "status").value());
  }

  @Test
  void knownAuthoritiesRestrictRegistrationAuthorities() {
    byte[] csv = written(out -> EntityFiles.write(entities(), out, Format.CSV));
    ImportOptions known = ImportOptions.builder()
        .knownAuthorities(List.of("SX-140105-SCJG")).build();
    ImportReport report = read(csv, "e.csv", Format.CSV, known).report();
    // the three minimal entities are registered by SX-140106-SCJG (lines 2, 3 and 6 sorted)
    assertEquals(3, report.errorCount(), report.format());
    report.errors().forEach(p -> {
      assertEquals("registration_authority", p.field());
      assertEquals("SX-140106-SCJG", p.value());
    });
  }

  @Test
  void chineseHeadersInGb18030AndUtf8WithBomAreRead() {
    String csv = "统一社会信用代码,名称,主体类型,登记机关,行政区划,登记状态,经营异常名录,标签,成立日期\n"
        + TestData.KNOWN_CODE + ",福州示例有限公司,企业,FJ-350100-SCJG,350100,存续,是,"
        + "食品销售；网络交易,2001/2/3\n";
    MarketEntity expected = MarketEntity.builder()
        .id(io.doublerandom.model.EntityId.parse(TestData.KNOWN_CODE))
        .name("福州示例有限公司")
        .kind(EntityKind.ENTERPRISE)
        .registrationAuthority("FJ-350100-SCJG")
        .region(RegionCode.of("350100"))
        .status(RegistrationStatus.OPERATING)
        .abnormalList(true)
        .addTags("食品销售", "网络交易")
        .establishedOn(java.time.LocalDate.of(2001, 2, 3))
        .build();
    byte[] gb = csv.getBytes(Charset.forName("GB18030"));
    byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    for (byte[] bytes : List.of(gb, utf8, bom)) {
      ImportResult<MarketEntity> r = read(bytes, "zh.csv", Format.CSV, ImportOptions.defaults());
      assertTrue(r.ok(), r.report().format());
      assertEquals(List.of(expected), r.values());
    }
    // an explicit charset is used as given
    ImportResult<MarketEntity> r = read(gb, "zh.csv", Format.CSV,
        ImportOptions.builder().charset(Charset.forName("GB18030")).build());
    assertEquals(List.of(expected), r.values());
  }

  @Test
  void missingRequiredColumnsAreReportedOnceEachOnTheHeader() {
    String csv = "id,name,extra\n" + TestData.KNOWN_CODE + ",甲,\n"
        + TestData.creditCode("91", "140105", "MA0L1234") + ",乙,\n";
    ImportReport report = read(csv.getBytes(StandardCharsets.UTF_8), "m.csv", Format.CSV,
        ImportOptions.defaults()).report();
    assertEquals(List.of(
        "1 extra ERROR",
        "1 kind ERROR",
        "1 region ERROR",
        "1 registration_authority ERROR",
        "1 status ERROR"), where(report), report.format());
    assertEquals("missing required column", at(report, 1, "kind").message());
  }

  @Test
  void headerNamesMatchIgnoringCaseUnderscoresAndJsonSpelling() {
    String csv = "ID,Name,KIND,registrationAuthority,Region,STATUS,Established On\n"
        + TestData.KNOWN_CODE + ",甲,enterprise,A,350100,operating,2020-01-02\n";
    ImportResult<MarketEntity> r = read(csv.getBytes(StandardCharsets.UTF_8), "h.csv",
        Format.CSV, ImportOptions.defaults());
    assertTrue(r.ok(), r.report().format());
    assertEquals(java.time.LocalDate.of(2020, 1, 2), r.values().get(0).establishedOn().get());
  }

  @Test
  void extraCellsAndRepeatedColumnsAreReported() {
    String csv = "id,name,kind,registration_authority,region,status,name\n"
        + TestData.KNOWN_CODE + ",甲,ENTERPRISE,A,350100,OPERATING,甲,surplus\n";
    ImportReport report = read(csv.getBytes(StandardCharsets.UTF_8), "x.csv", Format.CSV,
        ImportOptions.defaults()).report();
    assertEquals(List.of("1 name ERROR", "2  ERROR"), where(report), report.format());
  }

  @Test
  void unusableInputIsAnExceptionNotAReport(@TempDir Path dir) throws Exception {
    ImportOptions o = ImportOptions.defaults();
    assertUnusable(() -> EntityFiles.read(dir.resolve("missing.csv"), o), "no such file");
    Path txt = Files.writeString(dir.resolve("entities.txt"), "id\n");
    assertUnusable(() -> EntityFiles.read(txt, o), "neither a .csv nor a .json");
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    assertUnusable(() -> EntityFiles.read(empty, o), "empty");
    assertUnusable(() -> read(" \n\n".getBytes(StandardCharsets.UTF_8), "b.csv", Format.CSV, o),
        "empty");
    assertUnusable(() -> read(",,\n,\n".getBytes(StandardCharsets.UTF_8), "h.csv", Format.CSV,
        o), "no header");
    assertUnusable(() -> read("[{\"id\":".getBytes(StandardCharsets.UTF_8), "m.json",
        Format.JSON, o), "malformed JSON");
    assertUnusable(() -> read("{\"id\":1}".getBytes(StandardCharsets.UTF_8), "o.json",
        Format.JSON, o), "expected a JSON array");
    assertUnusable(() -> read(new byte[] {(byte) 0xFF, (byte) 0xFF, 'a'}, "bin.csv",
        Format.CSV, o), "neither UTF-8 nor GB18030");
    assertUnusable(() -> read(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, "u16.csv",
        Format.CSV, o), "UTF-16");
    assertUnusable(() -> read("id,name\n\"unclosed,x\n".getBytes(StandardCharsets.UTF_8),
        "q.csv", Format.CSV, o), "malformed CSV");
  }

  private static void assertUnusable(Runnable read, String expected) {
    UnusableInputException e = assertThrows(UnusableInputException.class, read::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void aHeaderWithoutRowsIsAnEmptyValidImport() {
    byte[] csv = written(out -> EntityFiles.write(List.of(), out, Format.CSV));
    ImportResult<MarketEntity> r = read(csv, "none.csv", Format.CSV, ImportOptions.defaults());
    assertTrue(r.ok(), r.report().format());
    assertEquals(List.of(), r.values());
    byte[] json = written(out -> EntityFiles.write(List.of(), out, Format.JSON));
    assertEquals(List.of(), read(json, "none.json", Format.JSON, ImportOptions.defaults())
        .values());
  }

  @Test
  void aWrongCheckDigitOfARegistrationNumberIsAWarningOrAStrictError() {
    String good = TestData.legacyNumber("14010510000123");
    String bad = TestData.withWrongCheck(good);
    String csv = "id,name,kind,registration_authority,region,status\n"
        + good + ",甲,INDIVIDUAL_BUSINESS,A,140105,OPERATING\n"
        + bad + ",乙,INDIVIDUAL_BUSINESS,A,140105,OPERATING\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    ImportResult<MarketEntity> lenient = read(bytes, "l.csv", Format.CSV, WITH_REGIONS);
    assertTrue(lenient.ok(), lenient.report().format());
    assertEquals(List.of("3 id WARNING"), where(lenient.report()));
    ImportProblem p = at(lenient.report(), 3, "id");
    assertEquals(bad, p.value());
    assertEquals("the check digit (position 15) of the registration number fails its ISO 7064"
        + " MOD 11,10 check: it should be " + good.charAt(14) + ", got " + bad.charAt(14),
        p.message());
    ImportReport strict = read(bytes, "l.csv", Format.CSV,
        WITH_REGIONS.toBuilder().strictIdentifiers(true).build()).report();
    assertEquals(List.of("3 id ERROR"), where(strict));
  }

  @Test
  void relatedPartyThatUnescapesToSurroundingBlanksIsAProblemNotACrash() {
    String csv = "id,name,kind,registration_authority,region,status,related_parties\n"
        + TestData.KNOWN_CODE + ",甲,ENTERPRISE,A,140105,OPERATING,AGENT:\\ P1\n";
    ImportReport report = read(csv.getBytes(StandardCharsets.UTF_8), "p.csv", Format.CSV,
        WITH_REGIONS).report();
    assertEquals(List.of("2 related_parties ERROR"), where(report), report.format());
    assertEquals("party id must not start or end with whitespace, got ' P1'",
        at(report, 2, "related_parties").message());
  }
}
