package io.doublerandom.calendar;

import io.doublerandom.model.calendar.DeadlineKind;
import java.util.Objects;

/**
 * A rule that a deadline of one kind falls a number of working days after its start, with the
 * source of the rule.
 *
 * @param kind the kind of deadline it sets
 * @param workingDays the term in working days, 0 or more (day 1 is the first working day after
 *     the start)
 * @param basis where the rule comes from, recorded in every deadline it sets
 */
public record DeadlineRule(DeadlineKind kind, int workingDays, String basis) {
  /** Validates the fields; messages name the value. */
  public DeadlineRule {
    Objects.requireNonNull(kind, "kind");
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays of the " + kind.code()
          + " rule must be 0 or more, got " + workingDays);
    }
    if (basis == null || basis.isBlank() || !basis.equals(basis.strip())) {
      throw new IllegalArgumentException("basis of the " + kind.code()
          + " rule must be non-blank text without surrounding spaces, got '" + basis + "'");
    }
  }
}
