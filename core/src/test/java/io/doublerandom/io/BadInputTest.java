package io.doublerandom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.model.MarketEntity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bad-input cases of the audit (issue 12), each with its expected message: the file, the
 * line, the field and the value, never the parser's own wording.
 */
class BadInputTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String HEADER = "id,name,kind,registration_authority,region,status\n";
  private static final String ROW = TestData.KNOWN_CODE
      + ",晋华食品,ENTERPRISE,A,140105,OPERATING\n";
  private static final String ROW2 = TestData.legacyNumber("14010500000001")
      + ",张三小吃,INDIVIDUAL_BUSINESS,A,140105,OPERATING\n";

  private static ImportResult<MarketEntity> csv(byte[] bytes) {
    return EntityFiles.read(new ByteArrayInputStream(bytes), "e.csv", Format.CSV,
        ImportOptions.defaults());
  }

  private static ImportResult<MarketEntity> json(String text) {
    return EntityFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "e.json", Format.JSON, ImportOptions.defaults());
  }

  private static String unusable(Runnable read) {
    return assertThrows(UnusableInputException.class, read::run).getMessage();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Arrays.stream(parts).forEach(out::writeBytes);
    return out.toByteArray();
  }

  @Test
  void aRowWithFewerCellsThanTheHeaderIsAnError() {
    String cut = HEADER + ROW + TestData.legacyNumber("14010500000001") + ",张三小吃,INDIVIDUAL_BUSINESS\n";
    ImportReport report = csv(cut.getBytes(StandardCharsets.UTF_8)).report();
    assertEquals(List.of("e.csv:3: registration_authority: the row has 3 cells but the header"
        + " has 6: registration_authority, region, status are missing (is the file cut short?)"),
        report.problems().stream().map(ImportProblem::toString).toList());
    // a file cut in the middle of its last line, without a line end
    String end = HEADER + ROW + TestData.KNOWN_CODE.substring(0, 7);
    assertEquals(List.of("3 id ERROR", "3 name ERROR"), Reads.where(csv(end.getBytes(StandardCharsets.UTF_8))
        .report()));
  }

  @Test
  void aControlCharacterInsideAValueIsAnErrorShownEscaped() {
    String nul = HEADER + TestData.KNOWN_CODE + ",晋华\u0000食品,ENTERPRISE,A,140105,OPERATING\n";
    ImportReport report = csv(nul.getBytes(StandardCharsets.UTF_8)).report();
    assertEquals(List.of("e.csv:2: name '晋华\\u0000食品': control character U+0000 at position 3;"
        + " remove it (a NUL usually means a binary or UTF-16 file)"),
        report.problems().stream().map(ImportProblem::toString).toList());
    String js = "[\n{\"id\": \"" + TestData.KNOWN_CODE + "\", \"name\": \"晋华\\u0007\","
        + " \"kind\": \"ENTERPRISE\", \"registrationAuthority\": \"A\", \"region\": \"140105\","
        + " \"status\": \"OPERATING\", \"tags\": [\"a\\u0000\"]}\n]";
    assertEquals(List.of("e.json:2: name '晋华\\u0007': control character U+0007 at position 3;"
        + " remove it", "e.json:2: tags[0] 'a\\u0000': control character U+0000 at position 2;"
        + " remove it (a NUL usually means a binary or UTF-16 file)"),
        json(js).report().problems().stream().map(ImportProblem::toString).toList());
  }

  @Test
  void aControlCharacterInAChecklistNameIsAnError() throws Exception {
    byte[] valid = Reads.written(out -> ChecklistFiles.write(TestData.checklist(), out));
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) io.doublerandom.json.Json.reader()
            .readTree(valid);
    tree.put("name", "清单\u001b[31m");
    ImportResult<?> r = ChecklistFiles.read(new ByteArrayInputStream(tree.toString()
        .getBytes(StandardCharsets.UTF_8)), "c.json", ImportOptions.defaults());
    assertEquals(List.of("c.json:1: name '清单\\u001B[31m': control character U+001B at position"
        + " 3; remove it"), r.report().problems().stream().map(ImportProblem::toString).toList());
  }

  @Test
  void aUtf8FileCutInTheMiddleOfACharacterSaysSo() {
    byte[] whole = (HEADER + ROW + ROW2).getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, (HEADER + ROW + ROW2.substring(0, 16))
        .getBytes(StandardCharsets.UTF_8).length + 2);
    assertEquals("e.csv: the file ends in the middle of a UTF-8 character (byte offset "
        + (cut.length - 2) + ", line 3): is it cut short? Copy or export it again",
        unusable(() -> csv(cut)));
  }

  @Test
  void gb18030FollowedByUtf8IsMixedEncodingsNamingTheLines() {
    byte[] mixed = concat((HEADER + ROW).getBytes(GB18030), ROW2.getBytes(StandardCharsets.UTF_8));
    int offset = (HEADER + ROW).getBytes(GB18030).length + 16;
    assertEquals("e.csv: mixed encodings: line 2 is GB18030 text but line 3 (byte offset "
        + offset + ") is UTF-8; save the whole file in one encoding (UTF-8 or GB18030)",
        unusable(() -> csv(mixed)));
    // and UTF-8 followed by GB18030, with the byte offset
    byte[] other = concat((HEADER + ROW).getBytes(StandardCharsets.UTF_8), ROW2.getBytes(GB18030));
    int at = (HEADER + ROW).getBytes(StandardCharsets.UTF_8).length + 16;
    assertEquals("e.csv: mixed encodings: line 2 is UTF-8 text but line 3 (byte offset " + at
        + ") is not; save the whole file in one encoding (UTF-8 or GB18030)",
        unusable(() -> csv(other)));
  }

  @Test
  void bytesThatAreNeitherEncodingAreShownWithTheirOffset() {
    byte[] bin = concat(HEADER.getBytes(StandardCharsets.UTF_8), new byte[] {'a', (byte) 0xFF,
        (byte) 0xFF, 'b', '\n'});
    assertEquals("e.csv: is neither UTF-8 nor GB18030 text: the bytes FF FF at byte offset "
        + (HEADER.length() + 1) + " (line 2) are valid in neither; save the file as UTF-8",
        unusable(() -> csv(bin)));
  }

  @Test
  void parserLimitsAndSyntaxAreReportedInTheProjectsWords() {
    String deep = "[" + "[".repeat(10_000) + "]".repeat(10_000) + "]";
    assertEquals("e.json: line 1: malformed JSON: arrays and objects are nested"
        + " deeper than the limit of 1,000 levels", unusable(() -> json(deep)));
    String huge = "[\n{\"name\": \"" + "x".repeat(20_000_001) + "\"}]";
    assertEquals("e.json: line 2: malformed JSON: a text value is longer than the limit of"
        + " 20,000,000 characters", unusable(() -> json(huge)));
    String bad = "[\n{\"id\": 1,}]";
    assertEquals("e.json: line 2, column 10: malformed JSON: unexpected character '}'; expected a"
        + " property name in double quotes", unusable(() -> json(bad)));
  }

  @Test
  void aHugeCsvFieldIsAProblemNotAParserMessage() {
    String huge = HEADER + TestData.KNOWN_CODE + "," + "x".repeat(20_000_001)
        + ",ENTERPRISE,A,140105,OPERATING\n";
    String message;
    try {
      ImportReport r = csv(huge.getBytes(StandardCharsets.UTF_8)).report();
      message = r.format();
    } catch (UnusableInputException e) {
      message = e.getMessage();
    }
    assertFalse(message.contains("StreamReadConstraints"), message);
  }

  @Test
  void aByteOrderMarkIsAcceptedOnJson() {
    String js = "\uFEFF[{\"id\": \"" + TestData.KNOWN_CODE + "\", \"name\": \"甲\", \"kind\":"
        + " \"ENTERPRISE\", \"registrationAuthority\": \"A\", \"region\": \"140105\","
        + " \"status\": \"OPERATING\"}]";
    assertEquals(1, json(js).orElseThrow().size());
  }
}
