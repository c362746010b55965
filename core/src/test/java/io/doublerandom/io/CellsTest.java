package io.doublerandom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RelatedParty;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CellsTest {
  /** Characters that matter to the cell encodings, plus ordinary ones. */
  private static final String ALPHABET = "ab;；:@\\、,，.中 \"\n";

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(1, 8)
        .map(indexes -> {
          StringBuilder s = new StringBuilder();
          indexes.forEach(i -> s.append(ALPHABET.charAt(i)));
          return s.toString();
        });
  }

  /** Trimmed, non-blank texts (what the model allows for tags and party ids, minus ';'). */
  private static Gen<String> values() {
    return texts().map(t -> {
      String s = t.replace(';', '.').strip();
      return s.isEmpty() ? "x" : s;
    });
  }

  @Test
  void escapedListElementsSplitBackToTheElements() {
    qt().withFixedSeed(20240630L).withExamples(500)
        .forAll(lists().of(values()).ofSizeBetween(0, 5))
        .check(items -> {
          List<String> escaped = new ArrayList<>();
          items.forEach(i -> escaped.add(Cells.escapeItem(i)));
          return Cells.list(Cells.join(escaped), Cells.TEXT_SEPARATORS).equals(items);
        });
  }

  @Test
  void tagsAndPartyIdsWithSpecialCharactersRoundTripThroughEntityCsv() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(lists().of(values()).ofSizeBetween(0, 4), values())
        .check((tags, party) -> {
          MarketEntity e = MarketEntity.builder()
              .from(TestData.minimalEntity(TestData.KNOWN_CODE))
              .tags(new TreeSet<>(tags))
              .addRelatedParties(new RelatedParty(PartyRole.AGENT, party))
              .build();
          byte[] csv = Reads.written(out -> EntityFiles.write(List.of(e), out, Format.CSV));
          ImportResult<MarketEntity> back = EntityFiles.read(new ByteArrayInputStream(csv),
              "p.csv", Format.CSV, ImportOptions.defaults());
          return back.ok() && back.values().equals(List.of(e));
        });
  }

  @Test
  void structuredPartsSplitOnlyAtUnescapedSeparators() {
    assertEquals(List.of("SELF", "party", "P\\:1", "note\\;x:y"),
        Cells.split("SELF:party:P\\:1:note\\;x:y", ":", false, 4));
    assertEquals(List.of("a", "", "b"), Cells.split("a::b", ":", false, 0));
    assertEquals(List.of("a", "b"), Cells.list(" a ;; b ;", Cells.TEXT_SEPARATORS));
    assertEquals(List.of("现场检查", "网络检查"), Cells.list("现场检查、网络检查", Cells.ENUM_SEPARATORS));
    assertEquals(3, Cells.lastUnescaped("B\\@@x", '@'));
    assertEquals(-1, Cells.lastUnescaped("B\\@x", '@'));
  }

  @Test
  void datesAcceptIsoAndSpreadsheetSlashes() {
    assertEquals(LocalDate.of(2024, 6, 30), Cells.date("2024-06-30"));
    assertEquals(LocalDate.of(2024, 6, 30), Cells.date("2024/6/30"));
    assertEquals(LocalDate.of(2024, 6, 3), Cells.date("2024/06/03"));
    assertEquals(LocalDate.of(2024, 6, 3), Cells.date("2024-6-3"));
    for (String bad : List.of("2024-02-30", "20240630", "2024/13/1", "30/06/2024", "2024年6月30日",
        "2024-06-30T00:00")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Cells.date(bad), bad);
      assertTrue(e.getMessage().startsWith("bad date"), e.getMessage());
    }
  }

  @Test
  void booleansAcceptEnglishChineseAndDigits() {
    for (String yes : List.of("true", "TRUE", "yes", "Y", "1", "是")) {
      assertTrue(Cells.bool(yes), yes);
    }
    for (String no : List.of("false", "No", "n", "0", "否")) {
      assertFalse(Cells.bool(no), no);
    }
    assertThrows(IllegalArgumentException.class, () -> Cells.bool("maybe"));
  }

  @Test
  void headerNamesNormalise() {
    assertEquals("registrationauthority", Column.normalize(" Registration_Authority "));
    assertEquals("registrationauthority", Column.normalize("registrationAuthority"));
    assertEquals("establishedon", Column.normalize("Established-On"));
    assertEquals("统一社会信用代码", Column.normalize("统一社会信用代码\u3000"));
  }
}
