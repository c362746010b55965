package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.sample.BundledSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoubleRandomCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return DoubleRandomCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void demoLoadsValidatesAndSummarisesTheBundledSample() {
    assertEquals(0, run("demo"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("entities.csv"), text);
    assertTrue(text.contains("entities.csv: 20000 records, 0 errors"), text);
    assertTrue(text.contains("太原市"), text);
    assertTrue(text.contains("吕梁市"), text);
    assertTrue(text.contains("个体工商户"), text);
    assertTrue(text.contains("信用风险低"), text);
    assertTrue(text.contains("特种设备"), text);
    assertTrue(text.contains("登记事项检查"), text);
  }

  @Test
  void demoReadsADirectoryAndReportsAMissingFileAsUnusable(@TempDir Path dir) {
    assertEquals(2, run("demo", "--data", dir.toString()));
    assertTrue(err.toString().contains("authorities.csv"), err.toString());
  }

  @Test
  void validateAcceptsTheSampleFilesWithTheirTypeGuessedFromTheName(@TempDir Path dir)
      throws IOException {
    for (String file : BundledSample.FILES) {
      Path copy = dir.resolve(file);
      try (InputStream in = BundledSample.open(file)) {
        Files.copy(in, copy);
      }
      assertEquals(0, run("validate", copy.toString()), file + ": " + out + err);
    }
  }

  @Test
  void validateListsEveryProblemWithLineAndFieldAndExitsOne(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("entities.csv");
    Files.writeString(file, String.join("\n",
        "id,name,kind,registration_authority,region,industry,status",
        "91350100M000100Y43,甲公司,ENTERPRISE,SX-SCJG-140105,140105,C13,OPERATING",
        "91350100M000100Y44,乙公司,ENTERPRISE,SX-SCJG-140105,140105,C13,OPERATING",
        "91350100M000100Y43,丙公司,ENTERPRISE,SX-SCJG-140105,140105,C13,OPERATING",
        "92140105MA0000000X,,SHOP,SX-SCJG-140105,999999,C13,OPERATING",
        ""), StandardCharsets.UTF_8);
    assertEquals(1, run("validate", file.toString()));
    String text = out.toString();
    assertTrue(text.contains("entities.csv:3: id '91350100M000100Y44'"), text);
    assertTrue(text.contains("entities.csv:4: id"), text);
    assertTrue(text.contains("entities.csv:5: kind 'SHOP'"), text);
    assertTrue(text.contains("entities.csv:5: name"), text);
    assertTrue(text.contains("entities.csv:5: region '999999'"), text);
  }

  @Test
  void validateReadsGb18030(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("authorities.csv");
    Files.write(file, ("code,name,level,region,parent\n"
        + "SX-SCJG-140000,山西省市场监督管理局,PROVINCE,140000,\n")
        .getBytes(Charset.forName("GB18030")));
    assertEquals(0, run("validate", file.toString()), out.toString() + err);
    assertTrue(out.toString().contains("authorities.csv: 1 record, 0 errors, 0 warnings"
        + " (decoded as GB18030)"), out.toString());
  }

  @Test
  void aFileMixingUtf8AndGb18030LinesIsUnusable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("authorities.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("code,name,level,region,parent\n"
        + "SX-SCJG-140000,山西省市场监督管理局,PROVINCE,140000,\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("SX-SCJG-140100,太原市市场监督管理局,CITY,140100,SX-SCJG-140000\n"
        .getBytes(Charset.forName("GB18030")));
    Files.write(file, bytes.toByteArray());
    assertEquals(2, run("validate", file.toString()), out.toString());
    assertTrue(err.toString().contains("mixed encodings: line 2 is UTF-8 text but line 3 (byte"
        + " offset 112) is not"), err.toString());
  }

  @Test
  void strictIdentifiersTurnAWrongRegistrationNumberCheckDigitIntoAnError(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("entities.csv");
    // 140105000000016: the right check digit of 14010500000001 is 6, so ...17 is wrong
    Files.writeString(file, "id,name,kind,registration_authority,region,status\n"
        + "140105000000017,张三小吃,INDIVIDUAL_BUSINESS,A,140105,OPERATING\n");
    assertEquals(0, run("validate", file.toString()), out.toString() + err);
    assertTrue(out.toString().contains("entities.csv:2: warning: id '140105000000017': the check"
        + " digit (position 15) of the registration number fails its ISO 7064 MOD 11,10 check:"
        + " it should be 6, got 7"), out.toString());
    assertEquals(1, run("validate", "--strict-identifiers", file.toString()));
    assertEquals(1, run("validate", "--strict-credit-codes", file.toString()));
  }

  @Test
  void maxProblemsLimitsThePrintedProblemsAndMustNotBeNegative(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("entities.csv");
    Files.writeString(file, "id,name,kind,registration_authority,region,status\n"
        + "X1,甲,ENTERPRISE,A,140105,OPERATING\n"
        + "X2,乙,ENTERPRISE,A,140105,OPERATING\n"
        + "X3,丙,ENTERPRISE,A,140105,OPERATING\n");
    assertEquals(1, run("validate", "--max-problems", "1", file.toString()));
    assertEquals(List.of(file + ":2: id 'X1': entity identifier must be an 18-character"
            + " unified social credit code or a 15-digit registration number, got 2 characters"
            + " in 'X1'",
        "… 2 more problems not shown",
        file + ": 3 records, 3 errors, 0 warnings"), out.toString().lines().toList());
    StringWriter before = new StringWriter();
    before.write(out.toString());
    assertEquals(2, run("validate", "--max-problems", "-1", file.toString()));
    assertTrue(err.toString().startsWith("--max-problems must be 0 or more, got -1"),
        err.toString());
    assertEquals(before.toString(), out.toString(), "nothing is validated");
  }

  @Test
  void unusableInputExitsTwo(@TempDir Path dir) throws IOException {
    assertEquals(2, run("validate", dir.resolve("entities.csv").toString()));
    Path unknown = Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n");
    assertEquals(2, run("validate", unknown.toString()));
    assertTrue(err.toString().contains("--type"), err.toString());
    Path empty = Files.writeString(dir.resolve("inspectors.csv"), "");
    assertEquals(2, run("validate", empty.toString()));
    assertEquals(2, run("validate", "--no-such-option", empty.toString()));
  }
}
