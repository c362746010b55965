package io.doublerandom.spi;

import java.time.LocalDate;

/**
 * China's working-day calendar: Monday to Friday, minus the official holidays, plus the make-up
 * working days (调休) of the State Council's yearly notices. A date in a year the calendar does
 * not cover is an error ({@link UncoveredDateException}), never a guess.
 *
 * <p>The default implementation in {@code doublerandom-core} bundles 2007–2026; integrators supply
 * newer years by implementing this interface (the contract suite in {@code doublerandom-testkit}
 * checks an implementation).
 */
public interface WorkingDayCalendar {
  /** The version of the calendar's data, recorded with every deadline computed from it. */
  String version();

  /** Whether the calendar knows every day of {@code year}. */
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

    public UncoveredDateException(LocalDate date, String calendarVersion) {
      super("the working-day calendar " + calendarVersion + " does not cover " + date
          + " (year " + date.getYear() + "); supply a calendar that covers it");
      this.date = date;
    }

    /** The date that is not covered. */
    public LocalDate date() {
      return date;
    }
  }
}
