package io.doublerandom.model.result;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a result must be published: {@code workingDays} working days after the date it was formed,
 * by the working-day calendar whose version is recorded.
 *
 * @param formedOn the date the result was formed (the inspection's conclusion)
 * @param workingDays the period in working days (20 by default, 企业信息公示暂行条例 第六条)
 * @param due the last day publication is on time
 * @param calendarVersion the version of the calendar that computed {@code due}
 */
public record PublicationDeadline(LocalDate formedOn, int workingDays, LocalDate due,
    String calendarVersion) {

  /** Validates the fields. */
  public PublicationDeadline {
    Objects.requireNonNull(formedOn, "formedOn");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(calendarVersion, "calendarVersion");
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must be 0 or more, got " + workingDays);
    }
    if (due.isBefore(formedOn)) {
      throw new IllegalArgumentException("due " + due + " is before formedOn " + formedOn);
    }
  }

  /** Whether publishing on {@code day} is late. */
  public boolean lateOn(LocalDate day) {
    return day.isAfter(due);
  }
}
