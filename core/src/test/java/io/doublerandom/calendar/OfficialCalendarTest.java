package io.doublerandom.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.doublerandom.spi.WorkingDayCalendar;
import io.doublerandom.spi.WorkingDayCalendar.UncoveredDateException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficialCalendarTest {
  private static final OfficialCalendar CAL = OfficialCalendar.bundled();
  private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  /**
   * An oracle independent of the calendar's code: the raw TSV lines, Monday to Friday otherwise,
   * covered years 2007–2026 as the file's header says.
   */
  private static final class Oracle {
    final Map<LocalDate, Boolean> listed = new HashMap<>();

    Oracle() throws IOException {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          OfficialCalendar.class.getResourceAsStream("cn-official-days.tsv"),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("#") || line.startsWith("date\t")) {
            continue;
          }
          String[] f = line.split("\t");
          listed.put(LocalDate.parse(f[0]), f[1].equals("work"));
        }
      }
    }

    boolean working(LocalDate d) {
      if (d.getYear() < 2007 || d.getYear() > 2026) {
        throw new UncoveredDateException(d, "oracle");
      }
      Boolean w = listed.get(d);
      return w != null ? w
          : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
  }

  /** The interface's normative day-by-day definitions over the calendar's isWorkingDay. */
  private static final WorkingDayCalendar NORMATIVE = new WorkingDayCalendar() {
    @Override
    public String version() {
      return CAL.version();
    }

    @Override
    public boolean covers(int year) {
      return CAL.covers(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return CAL.isWorkingDay(date);
    }
  };

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void coversExactlyTheYearsOfItsNotices() {
    for (int y = 2007; y <= 2026; y++) {
      assertTrue(CAL.covers(y), "year " + y);
    }
    assertFalse(CAL.covers(2006));
    assertFalse(CAL.covers(2027));
    assertEquals(20, CAL.coveredYears().size());
    assertTrue(CAL.version().matches("cn-official-days:2007-2026:sha256:[0-9a-f]{16}"),
        CAL.version());
    assertEquals(CAL.version(), OfficialCalendar.of(CalendarTsv.bundled()).version());
  }

  @Test
  void aMakeUpDayListedInAnUncoveredYearIsStillUncovered() {
    // The notice for 2007 made 2006-12-30 (Saturday) a working day; the rest of 2006 is unknown.
    assertTrue(CAL.data().day(d("2006-12-30")).isPresent());
    UncoveredDateException e = assertThrows(UncoveredDateException.class,
        () -> CAL.isWorkingDay(d("2006-12-30")));
    assertEquals(d("2006-12-30"), e.date());
    assertEquals(2006, e.year());
    assertEquals(CAL.version(), e.calendarVersion());
    assertTrue(e.getMessage().contains("2006-12-30") && e.getMessage().contains("year 2006")
        && e.getMessage().contains(CAL.version()), e.getMessage());
    // but a period that starts there only looks at the days after it
    assertEquals(d("2007-01-04"), CAL.plusWorkingDays(d("2006-12-31"), 1));
  }

  @Test
  void daysOfTheNotices() {
    assertTrue(CAL.isWorkingDay(d("2025-01-26")), "Sunday made a working day (春节)");
    assertFalse(CAL.isWorkingDay(d("2025-01-28")), "春节 eve off");
    assertTrue(CAL.isWorkingDay(d("2025-10-11")), "make-up Saturday after 国庆节");
    assertFalse(CAL.isWorkingDay(d("2025-10-08")), "Wednesday inside 国庆节");
    assertFalse(CAL.isWorkingDay(d("2025-03-01")), "ordinary Saturday");
    assertTrue(CAL.isWorkingDay(d("2025-03-03")), "ordinary Monday");
    assertTrue(CAL.isWorkingDay(d("2007-12-29")), "Saturday made a working day by the 2008 notice");
    assertFalse(CAL.isWorkingDay(d("2007-12-31")), "Monday off by the 2008 notice");
  }

  @Test
  void dayOneIsTheFirstWorkingDayAfterTheDate() {
    // date itself a holiday: 国庆节 2025-10-01..08, the 9th is a Thursday
    assertEquals(d("2025-10-09"), CAL.plusWorkingDays(d("2025-10-01"), 1));
    // date a make-up Saturday: day 1 is the next Monday, not the Saturday itself
    assertEquals(d("2025-10-13"), CAL.plusWorkingDays(d("2025-10-11"), 1));
    // a make-up Saturday counts as a working day after a Friday
    assertEquals(d("2025-10-11"), CAL.plusWorkingDays(d("2025-10-10"), 1));
    // across New Year: 2026-01-01..03 off, Sunday 2026-01-04 a make-up working day
    assertEquals(d("2026-01-04"), CAL.plusWorkingDays(d("2025-12-31"), 1));
    assertEquals(d("2026-01-05"), CAL.plusWorkingDays(d("2025-12-31"), 2));
    // n = 0 is the date itself, whatever it is
    assertEquals(d("2025-10-01"), CAL.plusWorkingDays(d("2025-10-01"), 0));
    assertEquals(d("2025-03-03"), CAL.plusWorkingDays(d("2025-03-03"), 0));
  }

  @Test
  void nWorkingDaysLaterIsTheNthNotTheNPlusFirst() {
    // Monday 2025-03-03: five working days later is Monday 2025-03-10 (Tue..Fri, Mon)
    assertEquals(d("2025-03-10"), CAL.plusWorkingDays(d("2025-03-03"), 5));
    assertEquals(5, CAL.workingDaysBetween(d("2025-03-03"), d("2025-03-10")));
    assertEquals(4, CAL.workingDaysBetween(d("2025-03-03"), d("2025-03-09")));
    // the deadline example of the interface's Javadoc and docs/calendar.md
    assertEquals(d("2025-11-04"), CAL.plusWorkingDays(d("2025-09-30"), 20));
  }

  @Test
  void badArgumentsAndTheEndOfCoverage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CAL.plusWorkingDays(d("2025-03-03"), -1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
    assertEquals(d("2026-12-31"), CAL.plusWorkingDays(d("2026-12-30"), 1));
    UncoveredDateException u = assertThrows(UncoveredDateException.class,
        () -> CAL.plusWorkingDays(d("2026-12-31"), 1));
    assertEquals(d("2027-01-01"), u.date());
    u = assertThrows(UncoveredDateException.class,
        () -> CAL.plusWorkingDays(d("2026-12-01"), 30));
    assertEquals(d("2027-01-01"), u.date());
    u = assertThrows(UncoveredDateException.class,
        () -> CAL.plusWorkingDays(d("2025-01-01"), Integer.MAX_VALUE));
    assertEquals(d("2027-01-01"), u.date());
    u = assertThrows(UncoveredDateException.class,
        () -> CAL.workingDaysBetween(d("2026-12-01"), d("2027-01-05")));
    assertEquals(d("2027-01-01"), u.date());
    assertEquals(0, CAL.workingDaysBetween(d("2030-01-05"), d("2030-01-01")));
    assertEquals(0, CAL.workingDaysBetween(d("2030-01-05"), d("2030-01-05")));
  }

  @Test
  void aGapBetweenCoveredYearsIsAnError() throws IOException {
    CalendarData data = CalendarTsv.parse("gap.tsv", new StringReader(
        CalendarTsv.HEADER + "\n2009-01-01\toff\t元旦\t2009\n"
            + "# notice 2007: https://example.org/2007\n# notice 2009: https://example.org/2009\n"));
    OfficialCalendar gap = OfficialCalendar.of(data);
    assertTrue(gap.version().startsWith("cn-official-days:2007,2009:sha256:"), gap.version());
    UncoveredDateException u = assertThrows(UncoveredDateException.class,
        () -> gap.plusWorkingDays(d("2007-12-28"), 10));
    assertEquals(d("2008-01-01"), u.date());
    u = assertThrows(UncoveredDateException.class,
        () -> gap.workingDaysBetween(d("2007-12-28"), d("2009-01-05")));
    assertEquals(d("2008-01-01"), u.date());
    assertEquals(d("2009-01-02"), gap.plusWorkingDays(d("2008-12-31"), 1));
  }

  @Test
  void agreesWithABruteForceDayByDayCountOverEveryDayOf2007To2026() throws IOException {
    Oracle oracle = new Oracle();
    int running = 0;
    LocalDate start = FIRST.minusDays(1);
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      boolean w = oracle.working(day);
      assertEquals(w, CAL.isWorkingDay(day), day.toString());
      if (w) {
        running++;
        assertEquals(day, CAL.plusWorkingDays(start, running), "day " + running);
      }
      assertEquals(running, CAL.workingDaysBetween(start, day), day.toString());
    }
    // 2025: 261 weekdays, 18 of them off (元旦 1, 春节 6, 清明 1, 劳动节 3, 端午 1, 国庆中秋 6),
    // 5 make-up weekend days: 248 working days (365 - 104 weekend days - 13 statutory days)
    assertEquals(248, CAL.workingDaysBetween(d("2024-12-31"), d("2025-12-31")),
        "working days of 2025");
  }

  @Test
  void agreesWithTheNormativeDefinitionEverywhere() throws IOException {
    int firstDay = (int) FIRST.minusDays(40).toEpochDay();
    int lastDay = (int) LAST.plusDays(5).toEpochDay();
    qt().withFixedSeed(20070101L).withExamples(3000)
        .forAll(integers().between(firstDay, lastDay), integers().between(0, 600))
        .checkAssert((epochDay, n) -> {
          LocalDate date = LocalDate.ofEpochDay(epochDay);
          assertSameOutcome(() -> NORMATIVE.plusWorkingDays(date, n),
              () -> CAL.plusWorkingDays(date, n), date + " + " + n);
          LocalDate to = date.plusDays(n);
          assertSameOutcome(() -> NORMATIVE.workingDaysBetween(date, to),
              () -> CAL.workingDaysBetween(date, to), date + " .. " + to);
        });
  }

  private static void assertSameOutcome(java.util.function.Supplier<Object> expected,
      java.util.function.Supplier<Object> actual, String what) {
    Object e;
    try {
      e = expected.get();
    } catch (UncoveredDateException x) {
      UncoveredDateException a = assertThrows(UncoveredDateException.class, actual::get, what);
      assertEquals(x.date(), a.date(), what);
      return;
    }
    assertEquals(e, actual.get(), what);
  }
}
