package io.doublerandom.spi;

import java.time.LocalDate;

/**
 * China's working-day calendar: Monday to Friday, minus the official holidays, plus the make-up
 * working days (调休) of the State Council's yearly notices. A date in a year the calendar does
 * not cover is an error ({@link UncoveredDateException}), never a guess.
 *
 * <p>The default implementation in {@code doublerandom-core} ({@code
 * io.doublerandom.calendar.OfficialCalendar}) bundles the notices of 2007–2026 and loads newer
 * years from files of the same form; integrators may also implement this interface (the contract
 * suite {@code io.doublerandom.testkit.contract.WorkingDayCalendarContract} in {@code
 * doublerandom-testkit} checks an implementation).
 *
 * <p><b>Convention.</b> Counting is exclusive of the start and inclusive of the end: day 1 of
 * {@code plusWorkingDays(date, n)} is the first working day strictly after {@code date}, whether
 * {@code date} itself is a working day, a weekend, a holiday or a make-up working day. "Publish
 * within 20 working days of 2025-09-30" therefore means by {@code plusWorkingDays(2025-09-30, 20)}
 * = 2025-11-04 (the 国庆节 and 中秋节 days 10-01 to 10-08 are not counted, the make-up Saturday
 * 10-11 is). The known fault of older platforms, returning the (N+1)-th working day, is excluded
 * by the definitions below, which are normative: an implementation may compute faster but must
 * give the same dates and throw for the same dates.
 *
 * <p><b>Coverage.</b> Only the days an answer needs are looked at: the days after {@code date} up
 * to the answer. The first of them in an uncovered year is the date {@link UncoveredDateException}
 * names.
 */
public interface WorkingDayCalendar {
  /** The version of the calendar's data, recorded with every deadline computed from it. */
  String version();

  /**
   * Whether the calendar answers for every day of {@code year}. A calendar never answers for part
   * of a year: a day of an uncovered year that the data happen to know (such as a make-up working
   * day announced by the next year's notice) is still uncovered.
   */
  boolean covers(int year);

  /**
   * Whether {@code date} is a working day.
   *
   * @throws UncoveredDateException if the calendar does not cover the date's year
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * The {@code n}-th working day after {@code date}: day 1 is the first working day strictly after
   * {@code date}, whatever {@code date} itself is; {@code n = 0} gives {@code date} itself.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws UncoveredDateException if a day needed lies in a year the calendar does not cover
   */
  default LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, not " + n);
    }
    LocalDate d = date;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The number of working days in the interval after {@code from} up to and including {@code to}
   * (0 when {@code to} is not after {@code from}); {@code plusWorkingDays(from, k)} for {@code k}
   * from 1 to this number are exactly those days.
   */
  default int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** A date outside the years a calendar covers. */
  final class UncoveredDateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final LocalDate date;
    private final String calendarVersion;

    /**
     * @param date the date that is not covered
     * @param calendarVersion the {@link WorkingDayCalendar#version()} of the calendar asked
     */
    public UncoveredDateException(LocalDate date, String calendarVersion) {
      super("the working-day calendar " + calendarVersion + " does not cover " + date
          + " (year " + date.getYear() + "); supply a calendar that covers it");
      this.date = date;
      this.calendarVersion = calendarVersion;
    }

    /** The date that is not covered. */
    public LocalDate date() {
      return date;
    }

    /** The year that is not covered. */
    public int year() {
      return date.getYear();
    }

    /** The version of the calendar that does not cover the date. */
    public String calendarVersion() {
      return calendarVersion;
    }
  }
}
