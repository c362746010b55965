package io.doublerandom.model.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A due date the law or an order sets for an authority (or, for a correction, for the entity), as
 * a record a store can hold: what it is for, for which subject, from which start, by which term,
 * due when, computed with which calendar version, under which rule, and whether and when it was
 * met. {@code kind} and {@code subjectId} together identify it ({@link #key()}).
 *
 * <p>The term is either a number of working days ({@code workingDays} present; then {@code
 * calendarVersion} names the calendar that computed {@code due}: day 1 is the first working day
 * after {@code start}) or a fixed date ({@code workingDays} empty: the 限期 an order set, no
 * calendar involved). A deadline is met on time when {@code metOn} is on or before {@code due}.
 *
 * @param kind what the deadline is for
 * @param subjectId the id of what must be done, for example a result id or a disposal id
 * @param authority the code of the authority accountable for it
 * @param start the day the term is counted from (a result formed, an order issued)
 * @param workingDays the number of working days of the term; empty for a fixed date
 * @param due the last day on which it is met on time
 * @param calendarVersion the {@code WorkingDayCalendar.version()} that computed {@code due};
 *     present exactly when {@code workingDays} is
 * @param basis the rule it comes from, for example {@code 《企业信息公示暂行条例》第六条}
 * @param metOn the day it was met, if it was
 */
public record Deadline(DeadlineKind kind, String subjectId, String authority, LocalDate start,
    OptionalInt workingDays, LocalDate due, Optional<String> calendarVersion, String basis,
    Optional<LocalDate> metOn) {
  /**
   * Validates the fields; messages name the field and the value.
   *
   * @throws IllegalArgumentException if a text is blank, {@code due} is before {@code start},
   *     {@code workingDays} is negative, {@code calendarVersion} is present without {@code
   *     workingDays} or missing with it, or {@code metOn} is before {@code start}
   */
  public Deadline {
    Objects.requireNonNull(kind, "kind");
    subjectId = text(subjectId, "subjectId");
    authority = text(authority, "authority of deadline " + subjectId);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(workingDays, "workingDays");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(calendarVersion, "calendarVersion");
    basis = text(basis, "basis of deadline " + subjectId);
    Objects.requireNonNull(metOn, "metOn");
    String what = kind.code() + " deadline of " + subjectId;
    if (due.isBefore(start)) {
      throw new IllegalArgumentException("due of " + what + " must not be before its start "
          + start + ", got " + due);
    }
    if (workingDays.isPresent() && workingDays.getAsInt() < 0) {
      throw new IllegalArgumentException("workingDays of " + what + " must be 0 or more, got "
          + workingDays.getAsInt());
    }
    if (workingDays.isPresent() != calendarVersion.isPresent()) {
      throw new IllegalArgumentException("calendarVersion of " + what
          + " must be present exactly when workingDays is, got workingDays " + workingDays
          + " and calendarVersion " + calendarVersion);
    }
    calendarVersion.ifPresent(v -> text(v, "calendarVersion of " + what));
    if (metOn.isPresent() && metOn.get().isBefore(start)) {
      throw new IllegalArgumentException("metOn of " + what + " must not be before its start "
          + start + ", got " + metOn.get());
    }
  }

  private static String text(String value, String field) {
    if (value == null || value.isBlank() || !value.equals(value.strip())) {
      throw new IllegalArgumentException(field
          + " must be non-blank text without surrounding spaces, got '" + value + "'");
    }
    return value;
  }

  /** {@code kind/subjectId}, for example {@code result-publication/R-2025-0001}: the stable id. */
  public String key() {
    return kind.code() + "/" + subjectId;
  }

  /** This deadline met on {@code day}. */
  public Deadline metOn(LocalDate day) {
    return new Deadline(kind, subjectId, authority, start, workingDays, due, calendarVersion,
        basis, Optional.of(Objects.requireNonNull(day, "day")));
  }

  /**
   * Where the deadline stands at the end of {@code day}: a {@code metOn} after {@code day} does
   * not count yet, so the status of a past day can be asked.
   */
  public DeadlineStatus statusOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (metOn.isPresent() && !metOn.get().isAfter(day)) {
      return metOn.get().isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET_ON_TIME;
    }
    return day.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
  }

  /** Whether it is {@link DeadlineStatus#OVERDUE} on {@code day}. */
  public boolean isOverdueOn(LocalDate day) {
    return statusOn(day) == DeadlineStatus.OVERDUE;
  }
}
