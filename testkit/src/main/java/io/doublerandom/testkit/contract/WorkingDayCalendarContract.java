package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.doublerandom.spi.WorkingDayCalendar;
import io.doublerandom.spi.WorkingDayCalendar.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link WorkingDayCalendar}: extend it with the calendar under test. It finds the
 * covered years between {@link #FIRST_PROBED_YEAR} and {@link #LAST_PROBED_YEAR} and checks, over
 * every day of up to {@link #MAX_CHECKED_YEARS} of them, that {@code plusWorkingDays} and {@code
 * workingDaysBetween} give exactly the answers and exceptions of the interface's normative
 * day-by-day definitions; that day 1 is the first working day after the date and {@code n = 0} the
 * date itself; and that an uncovered date throws {@link UncoveredDateException} naming the date
 * and the calendar's version.
 *
 * <pre>{@code
 * class MyCalendarContractTest extends WorkingDayCalendarContract {
 *   protected WorkingDayCalendar calendar() { return new MyCalendar(dataSource); }
 * }
 * }</pre>
 */
public abstract class WorkingDayCalendarContract {
  /** The first year probed for coverage. */
  public static final int FIRST_PROBED_YEAR = 1950;
  /** The last year probed for coverage. */
  public static final int LAST_PROBED_YEAR = 2150;
  /** At most this many covered years are checked day by day (the latest ones). */
  public static final int MAX_CHECKED_YEARS = 25;
  private static final int[] TERMS = {1, 2, 5, 20};

  /** The calendar under test; may return the same instance every time. */
  protected abstract WorkingDayCalendar calendar();

  private List<Integer> coveredYears() {
    List<Integer> years = new ArrayList<>();
    for (int y = FIRST_PROBED_YEAR; y <= LAST_PROBED_YEAR; y++) {
      if (calendar().covers(y)) {
        years.add(y);
      }
    }
    return years;
  }

  private List<Integer> checkedYears() {
    List<Integer> years = coveredYears();
    return years.subList(Math.max(0, years.size() - MAX_CHECKED_YEARS), years.size());
  }

  /** The interface's default (normative) definitions over the calendar's own isWorkingDay. */
  private WorkingDayCalendar normative() {
    WorkingDayCalendar c = calendar();
    return new WorkingDayCalendar() {
      @Override
      public String version() {
        return c.version();
      }

      @Override
      public boolean covers(int year) {
        return c.covers(year);
      }

      @Override
      public boolean isWorkingDay(LocalDate date) {
        return c.isWorkingDay(date);
      }
    };
  }

  @Test
  void hasAStableNonBlankVersion() {
    String v = calendar().version();
    assertFalse(v == null || v.isBlank(), "version() must not be blank");
    assertEquals(v, calendar().version());
  }

  @Test
  void coversSomeYearAndAnswersEveryDayOfIt() {
    List<Integer> years = checkedYears();
    assertFalse(years.isEmpty(), "the calendar covers no year in " + FIRST_PROBED_YEAR + ".."
        + LAST_PROBED_YEAR);
    for (int y : years) {
      int working = 0;
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        boolean w = calendar().isWorkingDay(d);
        assertEquals(w, calendar().isWorkingDay(d), "isWorkingDay(" + d + ") must be stable");
        working += w ? 1 : 0;
      }
      assertTrue(working > 200 && working < 262, "year " + y + " has " + working
          + " working days; China's years have about 250");
    }
  }

  @Test
  void anUncoveredDateIsAnErrorNamingTheDateAndTheVersion() {
    List<Integer> years = coveredYears();
    int uncovered = years.isEmpty() ? FIRST_PROBED_YEAR : years.get(years.size() - 1) + 1;
    if (calendar().covers(uncovered)) {
      fail("year " + uncovered + " after the last probed covered year is covered: widen the probe");
    }
    LocalDate date = LocalDate.of(uncovered, 3, 2);
    UncoveredDateException e = assertThrows(UncoveredDateException.class,
        () -> calendar().isWorkingDay(date));
    assertEquals(date, e.date());
    assertEquals(uncovered, e.year());
    assertEquals(calendar().version(), e.calendarVersion());
    assertTrue(e.getMessage().contains(date.toString()), e.getMessage());
    LocalDate lastCovered = LocalDate.of(uncovered - 1, 12, 31);
    if (!years.isEmpty()) {
      UncoveredDateException beyond = assertThrows(UncoveredDateException.class,
          () -> calendar().plusWorkingDays(lastCovered, 1));
      assertEquals(LocalDate.of(uncovered, 1, 1), beyond.date());
    }
  }

  @Test
  void zeroIsTheDateItselfAndNegativeIsAnError() {
    for (int y : checkedYears()) {
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        assertEquals(d, calendar().plusWorkingDays(d, 0));
      }
    }
    LocalDate any = LocalDate.of(checkedYears().isEmpty() ? 2025 : checkedYears().get(0), 6, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calendar().plusWorkingDays(any, -1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void plusWorkingDaysIsTheNormativeNthWorkingDayAfterTheDate() {
    WorkingDayCalendar normative = normative();
    for (int y : checkedYears()) {
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        for (int n : TERMS) {
          LocalDate expected;
          try {
            expected = normative.plusWorkingDays(d, n);
          } catch (UncoveredDateException x) {
            final LocalDate from = d;
            final int days = n;
            UncoveredDateException a = assertThrows(UncoveredDateException.class,
                () -> calendar().plusWorkingDays(from, days), d + " + " + n);
            assertEquals(x.date(), a.date(), d + " + " + n);
            continue;
          }
          LocalDate actual = calendar().plusWorkingDays(d, n);
          assertEquals(expected, actual, d + " + " + n + " working days");
          assertTrue(actual.isAfter(d) && calendar().isWorkingDay(actual), d + " + " + n);
          assertEquals(n, calendar().workingDaysBetween(d, actual),
              "workingDaysBetween(" + d + ", " + actual + ") must be " + n + ", not n+1 or n-1");
        }
      }
    }
  }

  @Test
  void workingDaysBetweenIsTheNormativeCount() {
    WorkingDayCalendar normative = normative();
    for (int y : checkedYears()) {
      LocalDate start = LocalDate.of(y, 1, 1);
      for (LocalDate d = start; d.getYear() == y; d = d.plusDays(1)) {
        assertEquals(normative.workingDaysBetween(start, d),
            calendar().workingDaysBetween(start, d), start + " .. " + d);
        assertEquals(0, calendar().workingDaysBetween(d, start.minusDays(1)),
            "an interval that ends before it starts has no working day");
      }
    }
  }
}
