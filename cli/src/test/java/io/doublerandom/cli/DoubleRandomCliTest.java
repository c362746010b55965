package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.sample.BundledSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
