package io.doublerandom.io;

import static io.doublerandom.io.Reads.resource;
import static io.doublerandom.io.Reads.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.ItemKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistFilesTest {
  private static final ImportOptions OPTIONS = ImportOptions.defaults();

  private static List<String> where(ImportReport report) {
    return report.problems().stream()
        .map(p -> p.source() + ":" + p.line() + " " + p.field() + " " + p.severity())
        .toList();
  }

  private static ImportResult<Checklist> readCsv(byte[] items, byte[] claims, ChecklistInfo info) {
    return ChecklistFiles.readCsv(new ByteArrayInputStream(items), "items.csv",
        claims == null ? null : new ByteArrayInputStream(claims), "claims.csv", info, OPTIONS);
  }

  @Test
  void jsonRoundTripIsTheIdentity(@TempDir Path dir) throws Exception {
    Checklist checklist = TestData.checklist();
    byte[] json = written(out -> ChecklistFiles.write(checklist, out));
    ImportResult<Checklist> back = ChecklistFiles.read(new ByteArrayInputStream(json),
        "checklist.json", OPTIONS);
    assertTrue(back.ok(), back.report().format());
    assertEquals(checklist, back.value());
    assertEquals(4, back.report().recordsRead());
    Path file = dir.resolve("checklist.json");
    ChecklistFiles.write(checklist, file);
    assertEquals(checklist, ChecklistFiles.read(file, OPTIONS).value());
  }

  @Test
  void csvRoundTripOfItemsAndClaimsIsTheIdentity(@TempDir Path dir) throws Exception {
    Checklist checklist = TestData.checklist();
    byte[] items = written(out -> ChecklistFiles.writeItemsCsv(checklist, out));
    byte[] claims = written(out -> ChecklistFiles.writeClaimsCsv(checklist, out));
    ImportResult<Checklist> back = readCsv(items, claims, ChecklistInfo.of(checklist));
    assertTrue(back.ok(), back.report().format());
    assertEquals(checklist, back.value());
    String itemsText = new String(items, StandardCharsets.UTF_8);
    assertTrue(itemsText.startsWith("code,category,name,target_description,kind,methods,"
        + "department,levels,basis,required_specialties,applies_kinds,applies_industries,"
        + "applies_all_tags,applies_any_tags\n"), itemsText);
    assertTrue(itemsText.contains(",KEY,ON_SITE;SAMPLING_TEST,"), itemsText);
    // published order is kept: SC-16-02 before SC-01-02
    assertTrue(itemsText.indexOf("SC-16-02") < itemsText.indexOf("SC-01-02"));

    Path itemsFile = dir.resolve("items.csv");
    Path claimsFile = dir.resolve("claims.csv");
    ChecklistFiles.writeCsv(checklist, itemsFile, claimsFile);
    assertEquals(checklist, ChecklistFiles.readCsv(itemsFile, Optional.of(claimsFile),
        ChecklistInfo.of(checklist), OPTIONS).value());
  }

  @Test
  void theReferenceListShapeIsReadWithSynonymsAndIgnoredColumns() {
    byte[] bytes = resource("reference-items.csv");
    ImportResult<Checklist> result = readCsv(bytes, null, ChecklistInfo.of("参考清单", 1));
    ImportReport report = result.report();
    assertEquals(60, report.recordsRead());
    // the only errors are items whose source gave no department (检查主体)
    assertTrue(report.errorCount() > 0);
    for (ImportProblem p : report.errors()) {
      assertEquals("department", p.field(), p.toString());
      assertEquals("missing required field", p.message());
    }
    for (ImportProblem p : report.warnings()) {
      assertEquals("kind", p.field(), p.toString());
    }
    // without those rows the list reads, with the source's method names mapped
    Set<Long> bad = report.errors().stream().map(ImportProblem::line).collect(
        Collectors.toCollection(HashSet::new));
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n");
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (!bad.contains((long) i + 1)) {
        kept.append(lines[i]).append("\r\n");
      }
    }
    ImportResult<Checklist> good = readCsv(kept.toString().getBytes(StandardCharsets.UTF_8),
        null, ChecklistInfo.of("参考清单", 1));
    assertTrue(good.ok(), good.report().format());
    Checklist list = good.value();
    assertEquals(60 - bad.size(), list.items().size());
    InspectionItem first = list.item("SC-01-01").orElseThrow();
    assertEquals(Set.of(InspectionMethod.ON_SITE, InspectionMethod.ONLINE_MONITORING),
        first.methods());
    assertEquals(ItemKind.GENERAL, first.kind());
    assertEquals("营业执照(登记证)规范使用情况的检查", first.name());
    assertEquals("企业、个体工商户、农民专业合作社、外国企业常驻代表机构",
        first.targetDescription().orElseThrow());
    assertTrue(first.legalBasis().orElseThrow().startsWith("《企业法人登记管理条例》"));
    assertTrue(list.items().stream().anyMatch(i -> i.kind() == ItemKind.KEY));
    assertTrue(list.items().stream()
        .anyMatch(i -> i.methods().contains(InspectionMethod.SAMPLING_TEST)));
  }

  @Test
  void brokenItemsAndClaimsReportEveryProblemInBothFiles() {
    ImportResult<Checklist> result = readCsv(resource("items-broken.csv"),
        resource("claims-broken.csv"), ChecklistInfo.of("清单", 2));
    ImportReport report = result.report();
    assertEquals(List.of(
        "items.csv:3 kind ERROR",
        "items.csv:4 code ERROR",
        "items.csv:5 methods ERROR",
        "items.csv:6 department ERROR",
        "items.csv:6 kind WARNING",
        "claims.csv:3 item_code ERROR",
        "claims.csv:4 item_code ERROR",
        "claims.csv:5 authority ERROR"), where(report), report.format());
    assertFalse(result.ok());
    assertThrows(IllegalStateException.class, result::value);
    assertEquals(9, report.recordsRead());
    assertEquals(List.of("items.csv", "claims.csv"), report.sources());
    ImportProblem method = report.problems().get(2);
    assertEquals("飞行检查", method.value());
    ImportProblem unknown = report.problems().get(5);
    assertEquals("SC-09-09", unknown.value());
    assertTrue(unknown.message().startsWith("unknown item"), unknown.message());
  }

  @Test
  void brokenJsonChecklistReportsEveryProblem() {
    String json = "{\n"
        + "  \"name\": \"清单\",\n"
        + "  \"version\": \"three\",\n"
        + "  \"owner\": \"x\",\n"
        + "  \"items\": [\n"
        + "    {\"code\":\"A\",\"category\":\"c\",\"name\":\"n\",\"kind\":\"GENERAL\","
        + "\"responsibleDepartment\":\"d\",\"methods\":[\"现场检查\"]},\n"
        + "    {\"code\":\"A\",\"category\":\"c\",\"name\":\"n\",\"kind\":\"KEY\","
        + "\"responsibleDepartment\":\"d\",\"appliesTo\":{\"kinds\":[\"PERSON\"]}}\n"
        + "  ],\n"
        + "  \"claims\": [\n"
        + "    {\"itemCode\":\"B\",\"authorityCode\":\"X\",\"level\":\"CITY\"}\n"
        + "  ]\n"
        + "}\n";
    ImportReport report = ChecklistFiles.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.json", OPTIONS)
        .report();
    assertEquals(List.of(
        "c.json:1 owner ERROR",
        "c.json:1 version ERROR",
        "c.json:7 appliesTo.kinds ERROR",
        "c.json:7 code ERROR",
        "c.json:10 itemCode ERROR"), where(report), report.format());
  }

  @Test
  void checklistFilesMustBeJsonForReadAndWrite(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class,
        () -> ChecklistFiles.read(dir.resolve("items.csv"), OPTIONS));
    assertThrows(IllegalArgumentException.class,
        () -> ChecklistFiles.write(TestData.checklist(), dir.resolve("c.csv")));
    assertThrows(IllegalArgumentException.class, () -> ChecklistInfo.of("x", 0));
  }

  @Test
  void itemKindShortFormsAndMethodSynonymsAreAccepted() {
    String csv = "编码,抽查类别,抽查事项,检查对象,事项类别,检查方式,检查主体,层级,序号\n"
        + "K-1,食品安全检查,食品生产检查,企业,重点,网络检查、书面检查;抽样检测,市局,市、县,1\n"
        + "K-2,食品安全检查,食品销售检查,,一般检查事项,实地核查,县局,COUNTY,2\n";
    ImportResult<Checklist> r = readCsv(csv.getBytes(StandardCharsets.UTF_8), null,
        ChecklistInfo.of("清单", 1));
    assertTrue(r.ok(), r.report().format());
    InspectionItem k1 = r.value().items().get(0);
    assertEquals(ItemKind.KEY, k1.kind());
    assertEquals(Set.of(InspectionMethod.ONLINE_MONITORING, InspectionMethod.DOCUMENT_REVIEW,
        InspectionMethod.SAMPLING_TEST), k1.methods());
    assertEquals(Set.of(AuthorityLevel.CITY, AuthorityLevel.COUNTY), k1.levels());
    InspectionItem k2 = r.value().items().get(1);
    assertEquals(ItemKind.GENERAL, k2.kind());
    assertEquals(Set.of(InspectionMethod.ON_SITE), k2.methods());
    assertEquals(Optional.empty(), k2.targetDescription());
  }
}
