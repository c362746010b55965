package io.doublerandom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the State Council's holiday notices that differs from the Monday-to-Friday week, or
 * that the notice names as part of a holiday: an official day off ({@link Kind#OFF}) or a make-up
 * working day ({@link Kind#WORK}, 调休). A listed day may repeat what the week says anyway: the
 * weekend days inside a holiday are listed {@code off}, and 2020-02-03, a Monday, is listed {@code
 * work} because the amending notice of 2020-01-27 extended 春节 to 2020-02-02 and cancelled the
 * make-up Saturday 2020-02-01.
 *
 * @param date the day
 * @param kind whether the day is off or a working day
 * @param holiday the holiday the notice names for it, for example {@code 春节}
 * @param noticeYear the year of the notice that announced the day; a notice's days can fall in
 *     the neighbouring year (the notice for 2007 made 2006-12-30 a working day)
 */
public record CalendarDay(LocalDate date, Kind kind, String holiday, int noticeYear) {
  /** Whether a listed day is off or worked. */
  public enum Kind {
    /** An official day off (a holiday, or a weekend day inside a holiday). */
    OFF,
    /** A working day: a make-up working day (调休) on a Saturday or a Sunday, or a weekday. */
    WORK;

    /** The TSV spelling: {@code off} or {@code work}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Validates the fields; messages name the value.
   *
   * @throws IllegalArgumentException if the holiday is blank, or the notice year is not the
   *     date's year or a neighbouring one
   */
  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind of " + date);
    if (holiday == null || holiday.isBlank() || !holiday.equals(holiday.strip())) {
      throw new IllegalArgumentException("holiday of " + date
          + " must be a non-blank name without surrounding spaces, got '" + holiday + "'");
    }
    if (Math.abs(noticeYear - date.getYear()) > 1) {
      throw new IllegalArgumentException("notice_year of " + date + " must be " + date.getYear()
          + " or a neighbouring year, got " + noticeYear);
    }
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }
}
