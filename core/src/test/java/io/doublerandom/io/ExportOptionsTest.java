package io.doublerandom.io;

import static io.doublerandom.io.Reads.written;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.doublerandom.model.Authority;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.MarketEntity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV formula escaping is opt-in; the default writes values exactly. */
class ExportOptionsTest {
  private static final ExportOptions SAFE = ExportOptions.builder().escapeFormulas(true).build();
  private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

  private static MarketEntity entity() {
    return MarketEntity.builder().from(TestData.minimalEntity(TestData.KNOWN_CODE))
        .name(FORMULA).registrationAuthority("+A").addTags("-1", "@b", "c=d").build();
  }

  /** The cells of the first data row of CSV bytes, as the reader sees them. */
  private static List<String> firstRow(byte[] csv) {
    List<List<String>> rows = new ArrayList<>();
    CsvInput.read(new String(csv, StandardCharsets.UTF_8), "t.csv", h -> { },
        r -> rows.add(r.cells()));
    return rows.get(0);
  }

  @Test
  void theDefaultWritesFormulaLikeTextExactlyAndReadsItBack() {
    assertFalse(ExportOptions.defaults().escapeFormulas());
    byte[] plain = written(out -> EntityFiles.write(List.of(entity()), out, Format.CSV));
    assertArrayEquals(plain, written(out -> EntityFiles.write(List.of(entity()), out,
        Format.CSV, ExportOptions.defaults())));
    List<String> row = firstRow(plain);
    assertEquals(List.of(FORMULA, "+A", "-1;@b;c=d"),
        List.of(row.get(1), row.get(3), row.get(8)));
    assertEquals(List.of(entity()), EntityFiles.read(new ByteArrayInputStream(plain), "e.csv",
        Format.CSV, ImportOptions.defaults()).values());
  }

  @Test
  void escapingPrefixesCellsThatStartLikeAFormula() {
    byte[] safe = written(out -> EntityFiles.write(List.of(entity()), out, Format.CSV, SAFE));
    List<String> row = firstRow(safe);
    // the tags cell starts with "-1"; '=' later in a cell is harmless and left alone
    assertEquals(List.of(TestData.KNOWN_CODE, "'" + FORMULA, "'+A", "'-1;@b;c=d"),
        List.of(row.get(0), row.get(1), row.get(3), row.get(8)));
    assertEquals("id,name,kind", new String(safe, StandardCharsets.UTF_8).substring(0, 12));
    // reading keeps the quote: an escaped file is for people, not for reading back
    MarketEntity back = EntityFiles.read(new ByteArrayInputStream(safe), "e.csv", Format.CSV,
        ImportOptions.defaults()).values().get(0);
    assertEquals("'" + FORMULA, back.name());
  }

  @Test
  void everyCsvWriterTakesTheOptionAndJsonIsUnchanged(@TempDir Path dir) throws Exception {
    Authority a = TestData.topAuthority("=A");
    assertEquals("'=A", firstRow(written(out -> AuthorityFiles.write(List.of(a), out,
        Format.CSV, SAFE))).get(0));
    assertEquals("'@I", firstRow(written(out -> InspectorFiles.write(List.of(
        TestData.minimalInspector("@I")), out, Format.CSV, SAFE))).get(0));
    Checklist c = Checklist.builder().name("清单").version(1)
        .addItems(TestData.minimalItem("-X")).build();
    assertEquals("'-X", firstRow(written(out -> ChecklistFiles.writeItemsCsv(c, out, SAFE)))
        .get(0));
    ChecklistFiles.writeCsv(c, dir.resolve("items.csv"), dir.resolve("claims.csv"), SAFE);
    assertEquals("'-X", firstRow(Files.readAllBytes(dir.resolve("items.csv"))).get(0));
    Path file = dir.resolve("a.csv");
    AuthorityFiles.write(List.of(a), file, SAFE);
    assertEquals("'=A", firstRow(Files.readAllBytes(file)).get(0));
    Path json = dir.resolve("a.json");
    AuthorityFiles.write(List.of(a), json, SAFE);
    assertEquals(List.of(a), AuthorityFiles.read(json, ImportOptions.defaults()).values());
  }
}
