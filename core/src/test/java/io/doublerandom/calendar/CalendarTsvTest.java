package io.doublerandom.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarTsvTest {
  @TempDir
  Path dir;

  private static CalendarData parse(String text) throws IOException {
    return CalendarTsv.parse("t.tsv", new StringReader(text));
  }

  @Test
  void theBundledFileKeepsItsCitationsAndComments() {
    CalendarData data = CalendarTsv.bundled();
    assertEquals(20, data.notices().size());
    assertEquals(List.of("http://www.gov.cn/zhengce/zhengceku/2014-12/16/content_9302.htm",
        "http://www.gov.cn/zhengce/zhengceku/2015-05/13/content_9742.htm"),
        data.notices().get(2015), "2015 had an amending notice");
    assertTrue(data.comments().stream().anyMatch(c -> c.contains("国务院办公厅")),
        data.comments().toString());
    assertEquals(CalendarDay.Kind.WORK, data.day(LocalDate.of(2006, 12, 30)).orElseThrow().kind());
    assertEquals(2007, data.day(LocalDate.of(2006, 12, 30)).orElseThrow().noticeYear());
  }

  @Test
  void everyProblemIsReportedWithItsLine() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> parse(
        "# a comment\n"
            + "date\tkind\tholiday\tnotice_year\n"
            + "2027-02-30\toff\t春节\t2027\n"
            + "2027-02-06\tholiday\t春节\t2027\n"
            + "2027-02-07\twork\t \t27\n"
            + "2027-02-08\twork\t春节\n"
            + "2027-02-09\toff\t春节\t2029\n"
            + "2027-02-10\toff\t春节\t2027\n"
            + "2027-02-10\toff\t春节\t2027\n"
            + "2027-02-11\toff\t春节\t2028\n"
            + "# notice 2027 https://example.org/2027\n"));
    assertEquals(List.of(
        "t.tsv:3: date '2027-02-30' is not a valid date (yyyy-MM-dd)",
        "t.tsv:4: kind 'holiday' must be 'off' or 'work'",
        "t.tsv:5: holiday ' ' must be a non-blank name without surrounding spaces",
        "t.tsv:5: notice_year '27' must be a four-digit year",
        "t.tsv:6: expected 4 tab-separated fields (date, kind, holiday, notice_year), got 3 in "
            + "'2027-02-08<TAB>work<TAB>春节'",
        "t.tsv:7: notice_year of 2027-02-09 must be 2027 or a neighbouring year, got 2029",
        "t.tsv:9: date 2027-02-10 is already listed at t.tsv:8",
        "t.tsv:11: a notice citation must read '# notice YEAR: ADDRESS', got "
            + "'# notice 2027 https://example.org/2027'",
        "t.tsv:8: notice_year 2027 is not cited: add a line '# notice 2027: <address of the "
            + "notice>'",
        "t.tsv:10: notice_year 2028 is not cited: add a line '# notice 2028: <address of the "
            + "notice>'"), e.problems());
    assertTrue(e.getMessage().startsWith("10 problem(s) in calendar data:"), e.getMessage());
  }

  @Test
  void aMissingHeaderIsReported() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> parse("\uFEFF2027-01-01\toff\t元旦\t2027\n"));
    assertEquals(List.of("t.tsv:1: expected the header line "
        + "'date<TAB>kind<TAB>holiday<TAB>notice_year', got '2027-01-01<TAB>off<TAB>元旦<TAB>2027'"),
        e.problems());
    e = assertThrows(CalendarFormatException.class, () -> parse("# only a comment\n"));
    assertEquals(List.of("t.tsv:1: no header line 'date<TAB>kind<TAB>holiday<TAB>notice_year' "
        + "found"), e.problems());
  }

  @Test
  void aNewerNoticeExtendsTheBundledCalendarAndMovesDaysAtTheEndOfTheYearBefore()
      throws IOException {
    // an invented notice for 2027 that, like the 2019 notice, moves days of late December
    Path file = dir.resolve("cn-2027.tsv");
    Files.writeString(file, "# invented for the test\n" + CalendarTsv.HEADER + "\n"
        + "2026-12-26\twork\t元旦\t2027\n"
        + "2026-12-31\toff\t元旦\t2027\n"
        + "2027-01-01\toff\t元旦\t2027\n"
        + "# notice 2027: https://example.org/notice-2027\n", StandardCharsets.UTF_8);
    OfficialCalendar bundled = OfficialCalendar.bundled();
    OfficialCalendar newer = bundled.with(CalendarTsv.read(file));
    assertTrue(newer.covers(2027));
    assertFalse(bundled.covers(2027));
    assertTrue(newer.version().startsWith("cn-official-days:2007-2027:sha256:"), newer.version());
    assertNotEquals(bundled.version(), newer.version());
    LocalDate dec31 = LocalDate.of(2026, 12, 31);
    assertTrue(bundled.isWorkingDay(dec31));
    assertFalse(newer.isWorkingDay(dec31));
    assertTrue(newer.isWorkingDay(LocalDate.of(2026, 12, 26)));
    assertEquals(LocalDate.of(2027, 1, 4), newer.plusWorkingDays(LocalDate.of(2026, 12, 30), 1));
    assertEquals("cn-official-days.tsv+cn-2027.tsv", newer.data().source());
  }

  @Test
  void dataFromAnotherSourceAreCheckedTheSameWay() {
    CalendarDay newYear = new CalendarDay(LocalDate.of(2027, 1, 1), CalendarDay.Kind.OFF, "元旦",
        2027);
    CalendarData ok = CalendarData.of("db", List.of(newYear),
        java.util.Map.of(2027, List.of("https://example.org/2027")));
    assertTrue(OfficialCalendar.bundled().with(ok).covers(2027));
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> CalendarData.of("db", List.of(newYear, newYear,
            new CalendarDay(LocalDate.of(2027, 12, 31), CalendarDay.Kind.OFF, "元旦", 2028)),
            java.util.Map.of(2027, List.of())));
    assertEquals(List.of("db: date 2027-01-01 is listed twice",
        "db: notice 2027 must have non-blank addresses, got []",
        "db: notice_year 2028 is used but its notice is not cited"), e.problems());
  }

  @Test
  void conflictingDaysAreAnErrorNamingBothPlaces() throws IOException {
    CalendarData other = CalendarTsv.parse("other.tsv", new StringReader(CalendarTsv.HEADER
        + "\n2025-10-11\toff\t国庆节\t2025\n2025-10-12\toff\t国庆节\t2025\n"
        + "2025-01-01\toff\t元旦\t2025\n# notice 2025: https://example.org/2025\n"));
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> OfficialCalendar.bundled().with(other));
    assertEquals(List.of("other.tsv:2: 2025-10-11 is off but cn-official-days.tsv:645 lists it "
        + "as work"), e.problems());
  }
}
