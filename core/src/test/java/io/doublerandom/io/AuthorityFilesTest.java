package io.doublerandom.io;

import static io.doublerandom.io.Reads.at;
import static io.doublerandom.io.Reads.resource;
import static io.doublerandom.io.Reads.where;
import static io.doublerandom.io.Reads.written;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.Authority;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuthorityFilesTest {
  private static List<Authority> authorities() {
    List<Authority> list = new ArrayList<>();
    list.add(TestData.authority("SX-140105-SCJG", "SX-140100-SCJG"));
    list.add(TestData.topAuthority("SX-140100-SCJG"));
    list.add(TestData.authority("SX-140106-SCJG", "SX-140100-SCJG"));
    return list;
  }

  private static ImportResult<Authority> read(byte[] bytes, String name, Format format,
      ImportOptions options) {
    return AuthorityFiles.read(new ByteArrayInputStream(bytes), name, format, options);
  }

  @Test
  void csvAndJsonRoundTripsAreTheIdentityAndOrderIndependent() {
    List<Authority> expected = new ArrayList<>(authorities());
    expected.sort(java.util.Comparator.comparing(Authority::code));
    Random random = new Random(11L);
    for (Format format : Format.values()) {
      byte[] bytes = written(out -> AuthorityFiles.write(authorities(), out, format));
      ImportResult<Authority> back = read(bytes, "a." + format.extension(), format,
          ImportOptions.builder().regions(TestData.regions()).build());
      assertTrue(back.ok(), back.report().format());
      assertEquals(expected, back.values());
      for (int i = 0; i < 5; i++) {
        List<Authority> shuffled = authorities();
        Collections.shuffle(shuffled, random);
        assertArrayEquals(bytes, written(out -> AuthorityFiles.write(shuffled, out, format)));
      }
    }
    assertEquals("code,name,level,region,parent\n"
        + "SX-140100-SCJG,太原市市场监督管理局,CITY,140100,\n",
        new String(written(out -> AuthorityFiles.write(
            List.of(TestData.topAuthority("SX-140100-SCJG")), out, Format.CSV)),
            StandardCharsets.UTF_8));
  }

  @Test
  void brokenCsvReportsEveryProblemWithItsLineAndField() {
    ImportOptions options = ImportOptions.builder()
        .regions(TestData.regions())
        .knownAuthorities(List.of("SX-140000-SCJG"))
        .build();
    ImportReport report = read(resource("authorities-broken.csv"), "authorities-broken.csv",
        Format.CSV, options).report();
    assertEquals(List.of(
        "4 code ERROR",
        "5 level ERROR",
        "5 parent ERROR",
        "6 name ERROR",
        "6 parent ERROR",
        "6 region ERROR"), where(report), report.format());
    assertEquals("SX-149999-SCJG", at(report, 5, "parent").value());
    assertTrue(at(report, 6, "parent").message().contains("own parent"));
    assertTrue(at(report, 4, "code").message().contains("line 3"));
  }

  @Test
  void withoutKnownAuthoritiesAParentOutsideTheFileIsAccepted() {
    String csv = "代码,名称,层级,区划代码,上级机关\nSX-140105-SCJG,小店区局,县,140105,SX-140100-SCJG\n";
    ImportResult<Authority> r = read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", Format.CSV,
        ImportOptions.defaults());
    assertTrue(r.ok(), r.report().format());
    assertEquals(List.of(Authority.builder()
        .from(TestData.authority("SX-140105-SCJG", "SX-140100-SCJG")).name("小店区局").build()),
        r.values());
  }

  @Test
  void parentCyclesAreReportedOnEveryAuthorityOnTheCycle() {
    String csv = "code,name,level,region,parent\n"
        + "A,甲局,CITY,140100,B\n"        // line 2: A -> B -> A
        + "B,乙局,CITY,140100,A\n"        // line 3
        + "F,丙局,COUNTY,140105,A\n"      // line 4: leads into the cycle, is not on it
        + "C,丁局,COUNTY,140105,D\n"      // line 5: C -> D -> E -> C
        + "D,戊局,COUNTY,140105,E\n"      // line 6
        + "E,己局,COUNTY,140105,C\n"      // line 7
        + "G,庚局,COUNTY,140105,G\n";     // line 8: its own parent, reported as such
    ImportReport report = read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", Format.CSV,
        ImportOptions.defaults()).report();
    assertEquals(List.of("2 parent ERROR", "3 parent ERROR", "5 parent ERROR",
        "6 parent ERROR", "7 parent ERROR", "8 parent ERROR"), where(report), report.format());
    assertEquals("the parents form a cycle: A (line 2) -> B (line 3) -> A",
        at(report, 2, "parent").message());
    assertEquals("B", at(report, 2, "parent").value());
    assertEquals("the parents form a cycle: B (line 3) -> A (line 2) -> B",
        at(report, 3, "parent").message());
    assertEquals("the parents form a cycle: D (line 6) -> E (line 7) -> C (line 5) -> D",
        at(report, 6, "parent").message());
    assertEquals("an authority cannot be its own parent", at(report, 8, "parent").message());
  }
}
