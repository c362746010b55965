package io.doublerandom.calendar;

import java.util.List;

/**
 * Calendar data that cannot be used: every problem found, each naming its source and line (for
 * example {@code my-2027.tsv:12: date '2027-02-30' is not a valid date (yyyy-MM-dd)}). Nothing is
 * built from data with any problem.
 */
public final class CalendarFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  CalendarFormatException(List<String> problems) {
    super(problems.size() + " problem(s) in calendar data:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one a line, in the order found, each starting {@code source:line:}. */
  public List<String> problems() {
    return problems;
  }
}
