package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Versioned division tables and the bundled Shanxi table. */
class RegionTableTest {
  private static final RegionTable SHANXI = RegionTable.shanxi();

  private static RegionCode code(String value) {
    return RegionCode.of(value);
  }

  private static List<RegionCode> codes(String... values) {
    return Stream.of(values).map(RegionCode::of).collect(Collectors.toList());
  }

  @Test
  void shanxiTableIsVersioned() {
    assertEquals("GB/T 2260 (MCA 2023) — Shanxi", SHANXI.version());
    assertEquals(1 + 11 + 117, SHANXI.size());
    assertEquals(SHANXI.size(), SHANXI.codes().size());
    assertEquals(Optional.of("山西省"), SHANXI.name(code("140000")));
    assertTrue(SHANXI.codes().stream().allMatch(c -> c.isWithin(code("140000"))));
  }

  @Test
  void shanxiHasElevenPrefecturesEachWithAtLeastFiveChildren() {
    List<RegionCode> prefectures = SHANXI.children(code("140000"));
    assertEquals(
        codes(
            "140100", "140200", "140300", "140400", "140500", "140600", "140700", "140800",
            "140900", "141000", "141100"),
        prefectures);
    List<String> names = new ArrayList<>();
    for (RegionCode prefecture : prefectures) {
      assertEquals(RegionLevel.PREFECTURE, prefecture.level());
      assertTrue(SHANXI.children(prefecture).size() >= 5, prefecture.toString());
      names.add(SHANXI.name(prefecture).orElseThrow());
    }
    assertEquals(
        List.of("太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市", "临汾市", "吕梁市"),
        names);
    int counties = prefectures.stream().mapToInt(p -> SHANXI.children(p).size()).sum();
    assertEquals(117, counties);
  }

  @Test
  void everyCountysPrefectureIsPresent() {
    for (RegionCode c : SHANXI.codes()) {
      if (c.level() == RegionLevel.COUNTY) {
        assertTrue(SHANXI.contains(c.parent().orElseThrow()), c.toString());
        assertTrue(SHANXI.children(c).isEmpty(), c.toString());
      }
    }
  }

  @Test
  void countiesPerPrefecture() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("140100", 10);
    expected.put("140200", 10);
    expected.put("140300", 5);
    expected.put("140400", 12);
    expected.put("140500", 6);
    expected.put("140600", 6);
    expected.put("140700", 11);
    expected.put("140800", 13);
    expected.put("140900", 14);
    expected.put("141000", 17);
    expected.put("141100", 13);
    expected.forEach(
        (prefecture, count) ->
            assertEquals(count, SHANXI.children(code(prefecture)).size(), prefecture));
  }

  @Test
  void namesAfterThe2018To2019Changes() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("140105", "小店区");
    expected.put("140181", "古交市");
    expected.put("140212", "新荣区");
    expected.put("140213", "平城区");
    expected.put("140214", "云冈区");
    expected.put("140215", "云州区");
    expected.put("140302", "城区");
    expected.put("140303", "矿区");
    expected.put("140311", "郊区");
    expected.put("140321", "平定县");
    expected.put("140322", "盂县");
    expected.put("140403", "潞州区");
    expected.put("140404", "上党区");
    expected.put("140405", "屯留区");
    expected.put("140406", "潞城区");
    expected.put("140502", "城区");
    expected.put("140581", "高平市");
    expected.put("140681", "怀仁市");
    expected.put("140703", "太谷区");
    expected.put("140781", "介休市");
    expected.put("140881", "永济市");
    expected.put("140882", "河津市");
    expected.put("140981", "原平市");
    expected.put("141031", "隰县");
    expected.put("141081", "侯马市");
    expected.put("141082", "霍州市");
    expected.put("141181", "孝义市");
    expected.put("141182", "汾阳市");
    expected.forEach(
        (value, name) -> assertEquals(Optional.of(name), SHANXI.name(code(value)), value));
  }

  @Test
  void retiredCodesAreAbsent() {
    // 大同 城区/矿区/南郊区 and 大同县, 长治 城区/郊区/长治县/屯留县/潞城市, 太谷县, 怀仁县
    for (RegionCode retired :
        codes(
            "140202", "140203", "140211", "140227", "140402", "140411", "140421", "140424",
            "140481", "140726", "140624")) {
      assertFalse(SHANXI.contains(retired), retired.toString());
      assertEquals(Optional.empty(), SHANXI.name(retired));
    }
  }

  @Test
  void qualifiedNames() {
    assertEquals("山西省 太原市 小店区", SHANXI.qualifiedName(code("140105")));
    assertEquals("山西省 阳泉市 郊区", SHANXI.qualifiedName(code("140311")));
    assertEquals("山西省 吕梁市", SHANXI.qualifiedName(code("141100")));
    assertEquals("山西省", SHANXI.qualifiedName(code("140000")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SHANXI.qualifiedName(code("140202")));
    assertEquals(
        "region code '140202' is not in table 'GB/T 2260 (MCA 2023) — Shanxi'", e.getMessage());
  }

  @Test
  void withinAndChildren() {
    assertEquals(
        codes("140300", "140302", "140303", "140311", "140321", "140322"),
        SHANXI.within(code("140300")));
    assertEquals(
        codes("140302", "140303", "140311", "140321", "140322"), SHANXI.children(code("140300")));
    assertEquals(codes("140105"), SHANXI.within(code("140105")));
    assertEquals(List.of(), SHANXI.within(code("140202")));
    assertEquals(List.of(), SHANXI.children(code("150000")));
    assertEquals(SHANXI.codes(), SHANXI.within(code("140000")));
  }

  @Test
  void listsAreSortedAndUnmodifiable() {
    List<RegionCode> sorted = new ArrayList<>(SHANXI.codes());
    sorted.sort(null);
    assertEquals(sorted, SHANXI.codes());
    assertThrows(UnsupportedOperationException.class, () -> SHANXI.codes().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> SHANXI.children(code("140000")).clear());
  }

  @Test
  void readAcceptsCommentsBlankLinesAndByteOrderMark() throws IOException {
    String text =
        "\uFEFF# test table\n"
            + "\n"
            + "110000\t北京市\n"
            + "110101\t东城区\n"
            + "  # indented comment\n"
            + "110102 西城区\n"
            + "140000\t山西省 \n";
    RegionTable table = RegionTable.read("test 2023", new StringReader(text));
    assertEquals("test 2023", table.version());
    assertEquals(codes("110000", "110101", "110102", "140000"), table.codes());
    assertEquals(Optional.of("西城区"), table.name(code("110102")));
    assertEquals(Optional.of("山西省"), table.name(code("140000")));
    Map<RegionCode, String> names = new LinkedHashMap<>();
    names.put(code("140000"), "山西省");
    names.put(code("110102"), "西城区");
    names.put(code("110101"), "东城区");
    names.put(code("110000"), "北京市");
    assertEquals(RegionTable.of("test 2023", names), table);
    assertEquals(RegionTable.of("test 2023", names).hashCode(), table.hashCode());
  }

  @Test
  void childrenSkipUnlistedIntermediateCodes() {
    // national tables list no 110100 for Beijing's districts
    RegionTable table =
        RegionTable.of(
            "test", Map.of(code("110000"), "北京市", code("110101"), "东城区", code("110102"), "西城区"));
    assertEquals(codes("110101", "110102"), table.children(code("110000")));
    assertEquals("北京市 东城区", table.qualifiedName(code("110101")));
    assertEquals(List.of(), table.children(code("110100")));
  }

  @Test
  void readReportsEveryBadLine() {
    String text =
        "# bad table\n"
            + "140000\t山西省\n"
            + "14010\t太原市\n"
            + "140105\n"
            + "140105\t小店区\n"
            + "140000\t山西\n"
            + "0010x1\t\n"
            + "140106\t迎泽区\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RegionTable.read("bad", new StringReader(text)));
    assertEquals(
        "region table 'bad' has 5 problems:\n"
            + "line 3: division code must have 6 digits, got 5 in '14010'\n"
            + "line 4: missing name after code '140105'\n"
            + "line 6: duplicate code 140000 (first on line 2)\n"
            + "line 7: division code has character 'x' at position 5, allowed are the digits 0-9,"
            + " got '0010x1'\n"
            + "line 7: missing name after code '0010x1'",
        e.getMessage());
  }

  @Test
  void readPassesOnReaderFailures() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThrows(IOException.class, () -> RegionTable.read("x", failing));
    assertThrows(IllegalArgumentException.class, () -> RegionTable.read(" ", new StringReader("")));
  }

  @Test
  void ofRejectsBlankNamesNamingTheCode() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RegionTable.of("test", Map.of(code("140105"), " ")));
    assertEquals("name of 140105 must not be blank, got ' '", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RegionTable.of("", Map.of(code("140105"), "小店区")));
    assertEquals(0, RegionTable.of("empty", Map.of()).size());
    assertEquals("RegionTable[GB/T 2260 (MCA 2023) — Shanxi, 129 codes]", SHANXI.toString());
  }
}
