package io.doublerandom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.MarketEntity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Encoding detection, mixed encodings and byte order marks with and without a charset. */
class TextInputTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String HEADER = "id,name,kind,registration_authority,region,status\n";
  private static final String ROW_A = TestData.KNOWN_CODE
      + ",晋华食品,ENTERPRISE,A,140105,OPERATING\n";
  private static final String ROW_B = TestData.legacyNumber("14010500000001")
      + ",张三小吃,INDIVIDUAL_BUSINESS,A,140105,OPERATING\n";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static ImportResult<MarketEntity> read(byte[] bytes, ImportOptions options) {
    return EntityFiles.read(new ByteArrayInputStream(bytes), "e.csv", Format.CSV, options);
  }

  private static String unusable(byte[] bytes, ImportOptions options) {
    return assertThrows(UnusableInputException.class, () -> read(bytes, options)).getMessage();
  }

  private static ImportOptions charset(Charset charset) {
    return ImportOptions.builder().charset(charset).build();
  }

  @Test
  void aUtf8FileWithOneGb18030RowIsUnusableNamingBothLines() {
    byte[] mixed = concat((HEADER + ROW_A).getBytes(StandardCharsets.UTF_8),
        ROW_B.getBytes(GB18030));
    assertEquals("e.csv: mixed encodings: line 2 is UTF-8 text but line 3 (byte offset 128) is"
        + " not; save the whole file in one encoding (UTF-8 or GB18030)",
        unusable(mixed, ImportOptions.defaults()));
    // lines end at \r\n and \r too, as in CSV
    byte[] crlf = concat((HEADER + ROW_A).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
        "\r".getBytes(StandardCharsets.UTF_8), ROW_B.getBytes(GB18030));
    assertTrue(unusable(crlf, ImportOptions.defaults()).contains("but line 4 (byte offset"));
    // an explicit charset decides: the UTF-8 row is then the garbled one, as asked
    assertTrue(read(mixed, charset(GB18030)).ok());
  }

  @Test
  void gb18030AfterAsciiLinesIsDetectedAndReported() {
    byte[] gb = (HEADER + ROW_A + ROW_B).getBytes(GB18030);
    ImportResult<MarketEntity> r = read(gb, ImportOptions.defaults());
    assertTrue(r.ok(), r.report().format());
    assertEquals("晋华食品", r.values().get(0).name());
    assertEquals(Map.of("e.csv", GB18030), r.report().charsets());
    assertEquals("e.csv: 2 records, 0 errors, 0 warnings (decoded as GB18030)",
        r.report().summary());
    ImportResult<MarketEntity> utf8 = read((HEADER + ROW_A).getBytes(StandardCharsets.UTF_8),
        ImportOptions.defaults());
    assertEquals(Map.of("e.csv", StandardCharsets.UTF_8), utf8.report().charsets());
    assertEquals("e.csv: 1 record, 0 errors, 0 warnings", utf8.report().summary());
  }

  @Test
  void checklistReportsNameTheSourceOfAnotherCharset() {
    byte[] items = ("code,category,name,kind,department\n"
        + "SC-01-01,登记事项检查,营业执照检查,一般,县级市场监管部门\n").getBytes(StandardCharsets.UTF_8);
    byte[] claims = ("item_code,authority,level\nSC-01-01,甲局,COUNTY\n").getBytes(GB18030);
    ImportResult<io.doublerandom.model.Checklist> r = ChecklistFiles.readCsv(
        new ByteArrayInputStream(items), "items.csv", new ByteArrayInputStream(claims),
        "claims.csv", ChecklistInfo.of("清单", 1), ImportOptions.defaults());
    assertTrue(r.ok(), r.report().format());
    assertEquals("甲局", r.value().claims().get(0).authorityCode());
    assertEquals(List.of(StandardCharsets.UTF_8, GB18030),
        List.copyOf(r.report().charsets().values()));
    assertEquals("items.csv, claims.csv: 2 records, 0 errors, 0 warnings"
        + " (claims.csv decoded as GB18030)", r.report().summary());
  }

  @Test
  void aUtf8ByteOrderMarkMustAgreeWithAnExplicitCharset() {
    byte[] bom = concat(bytes(0xEF, 0xBB, 0xBF), (HEADER + ROW_A).getBytes(StandardCharsets.UTF_8));
    ImportResult<MarketEntity> utf8 = read(bom, charset(StandardCharsets.UTF_8));
    assertTrue(utf8.ok(), utf8.report().format());
    assertEquals("晋华食品", utf8.values().get(0).name());
    assertEquals("e.csv: starts with a UTF-8 byte order mark but the charset GB18030 was given;"
        + " give UTF-8 or let the encoding be detected", unusable(bom, charset(GB18030)));
    // GB18030's own mark (U+FEFF encoded) is dropped
    byte[] gbBom = ("\uFEFF" + HEADER + ROW_A).getBytes(GB18030);
    assertEquals("晋华食品", read(gbBom, ImportOptions.defaults()).values().get(0).name());
    assertEquals("晋华食品", read(gbBom, charset(GB18030)).values().get(0).name());
  }

  @Test
  void utf16IsReadOnlyWhenGivenExplicitly() {
    String text = HEADER + ROW_A;
    byte[] le = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
    for (byte[] b : List.of(le, be)) {
      assertTrue(unusable(b, ImportOptions.defaults()).contains("is UTF-16 text"));
      ImportResult<MarketEntity> r = read(b, charset(StandardCharsets.UTF_16));
      assertTrue(r.ok(), r.report().format());
      assertEquals("晋华食品", r.values().get(0).name());
      assertTrue(r.report().summary().endsWith("(decoded as UTF-16)"), r.report().summary());
    }
    assertEquals("晋华食品", read(le, charset(StandardCharsets.UTF_16LE)).values().get(0).name());
    assertEquals("晋华食品", read(be, charset(StandardCharsets.UTF_16BE)).values().get(0).name());
    assertEquals("e.csv: starts with a UTF-16 (little-endian) byte order mark but the charset"
        + " UTF-16BE was given; give UTF-16LE or let the encoding be detected",
        unusable(le, charset(StandardCharsets.UTF_16BE)));
    assertTrue(unusable(le, charset(StandardCharsets.UTF_8)).contains("UTF-16 (little-endian)"));
    assertTrue(unusable(be, charset(GB18030)).contains("UTF-16 (big-endian)"));
  }
}
