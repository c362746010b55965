package io.doublerandom.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultCategory;
import io.doublerandom.model.result.ResultCode;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResultCataloguesTest {
  @Test
  void theStandardCatalogueHasTheNoticesNineCategoriesAndTheEntityStatuses() {
    ResultCatalogue c = ResultCatalogues.standard();
    assertEquals("doublerandom@1", c.reference());
    assertEquals(15, c.codes().size());
    Set<ResultCategory> categories = c.codes().stream().map(ResultCode::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResultCategory.class)));
    assertEquals(EnumSet.complementOf(EnumSet.of(ResultCategory.FALSE_INFORMATION)), categories);
    assertEquals("未发现问题", c.find("R01").orElseThrow().text());
    assertTrue(c.find("R01").get().exclusive());
    assertTrue(c.find("R07").get().requiresDeadline());
    assertTrue(c.find("R11").get().requiresText());
    assertTrue(c.find("R08").get().detailsInternal());
    assertEquals("qualification", c.find("R10").get().group());
    assertEquals("entity-status", c.find("S03").get().group());
    assertEquals(List.of("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10",
        "R11", "S01", "S02", "S03", "S04"), c.codes().stream().map(ResultCode::code).toList());
    assertFalse(c.find("R99").isPresent());
  }

  @Test
  void aProvinceReadsItsOwnTable() {
    ResultCatalogue zj = ResultCatalogues.read("zhejiang", 2, new StringReader(
        "\uFEFF# Zhejiang 2017\n1\tNO_PROBLEM\texclusive\t-\t未发现问题\n"
            + "C\tFALSE_INFORMATION\t-\t-\t公示信息隐瞒真实情况弄虚作假\n"
            + "A\tPENDING_INVESTIGATION\tinternal,text\t-\t发现问题待后续处理\n"));
    assertEquals("zhejiang@2", zj.reference());
    assertEquals(3, zj.codes().size());
    assertTrue(zj.find("A").get().requiresText());
  }

  @Test
  void everyProblemOfATableIsReportedWithItsLineAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        ResultCatalogues.read("bad", 1, new StringReader(
            "R01\tNO_PROBLEM\texclusive\t-\t未发现问题\n"
                + "R01\tNOPE\tloud\t-\t \n"
                + "R 2\tOTHER\t-\t-\tx\n"
                + "only\ttwo\n")));
    assertEquals("catalogue bad@1 has 6 problem(s):\n"
        + "line 2, column code: 'R01' appears twice\n"
        + "line 2, column category: unknown category 'NOPE'\n"
        + "line 2, column flags: unknown flag 'loud' (exclusive, text, deadline, internal)\n"
        + "line 2, column text: the published text is empty\n"
        + "line 3, column code: 'R 2' is not 1 to 32 letters, digits, '-' or '_'\n"
        + "line 4: expected 5 tab-separated columns, found 2", e.getMessage());
  }

  @Test
  void aCatalogueValueRejectsRepeatedCodesAndBadVersions() {
    ResultCode r = new ResultCode("X1", "x", ResultCategory.OTHER, false, "", true, false,
        false);
    assertEquals("catalogue p lists result code X1 twice", assertThrows(
        IllegalArgumentException.class, () -> new ResultCatalogue("p", 1, List.of(r, r)))
        .getMessage());
    assertEquals("version of catalogue p must be 1 or more, got 0", assertThrows(
        IllegalArgumentException.class, () -> new ResultCatalogue("p", 0, List.of(r)))
        .getMessage());
  }
}
