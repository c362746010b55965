package io.doublerandom.model.calendar;

/** Where a {@link Deadline} stands on a given date ({@link Deadline#statusOn}). */
public enum DeadlineStatus {
  /** Not met yet, and the due date has not passed. */
  OPEN,
  /** Met on or before the due date. */
  MET_ON_TIME,
  /** Met, but after the due date. */
  MET_LATE,
  /** Not met, and the due date has passed: the day after the due date is the first overdue day. */
  OVERDUE
}
