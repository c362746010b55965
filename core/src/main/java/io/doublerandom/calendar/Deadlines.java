package io.doublerandom.calendar;

import io.doublerandom.model.calendar.Deadline;
import io.doublerandom.model.calendar.DeadlineKind;
import io.doublerandom.spi.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Computes {@link Deadline}s from a {@link WorkingDayCalendar} and {@link DeadlineRules}, and
 * lists the overdue ones.
 *
 * <pre>{@code
 * Deadlines deadlines = Deadlines.of(OfficialCalendar.bundled());
 * Deadline d = deadlines.resultPublication("R-1", "140105", LocalDate.of(2025, 9, 30));
 * d.due();          // 2025-11-04: the 20th working day after 2025-09-30
 * }</pre>
 *
 * <p>A working-day deadline records the calendar's version; a date the calendar does not cover
 * throws {@link WorkingDayCalendar.UncoveredDateException} naming the date, its year and the
 * version. Immutable and thread-safe.
 */
public final class Deadlines {
  /** The basis recorded for a correction due by the 限期 of its order. */
  public static final String BASIS_ORDER = "the time limit (限期) set by the order";

  private static final Comparator<Deadline> OVERDUE_ORDER = Comparator
      .comparing(Deadline::due).thenComparing(Deadline::kind).thenComparing(Deadline::subjectId);

  private final WorkingDayCalendar calendar;
  private final DeadlineRules rules;

  private Deadlines(WorkingDayCalendar calendar, DeadlineRules rules) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** Deadlines by {@link DeadlineRules#defaults()} on {@code calendar}. */
  public static Deadlines of(WorkingDayCalendar calendar) {
    return new Deadlines(calendar, DeadlineRules.defaults());
  }

  /** Deadlines by {@code rules} on {@code calendar}. */
  public static Deadlines of(WorkingDayCalendar calendar, DeadlineRules rules) {
    return new Deadlines(calendar, rules);
  }

  /** The calendar working days are counted on. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** The rules in force. */
  public DeadlineRules rules() {
    return rules;
  }

  /**
   * The deadline of {@code kind} for {@code subjectId} by its configured rule: due the rule's
   * number of working days after {@code start}.
   *
   * @throws IllegalArgumentException if no rule is configured for {@code kind} (the message names
   *     it)
   * @throws WorkingDayCalendar.UncoveredDateException if a day needed is not covered
   */
  public Deadline compute(DeadlineKind kind, String subjectId, String authority,
      LocalDate start) {
    Objects.requireNonNull(kind, "kind");
    DeadlineRule rule = rules.rule(kind).orElseThrow(() -> new IllegalArgumentException(
        "no deadline rule is configured for kind " + kind.code() + " (subject " + subjectId
            + "); configure one with DeadlineRules.with"
            + (kind == DeadlineKind.CORRECTION ? ", or give the order's 限期 to correction()"
                : "")));
    return workingDays(kind, subjectId, authority, start, rule.workingDays(), rule.basis());
  }

  /**
   * A deadline {@code workingDays} working days after {@code start}, whatever the rules say.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws WorkingDayCalendar.UncoveredDateException if a day needed is not covered
   */
  public Deadline workingDays(DeadlineKind kind, String subjectId, String authority,
      LocalDate start, int workingDays, String basis) {
    Objects.requireNonNull(start, "start");
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays of the " + kind.code() + " deadline of "
          + subjectId + " must be 0 or more, got " + workingDays);
    }
    LocalDate due = calendar.plusWorkingDays(start, workingDays);
    return new Deadline(kind, subjectId, authority, start, OptionalInt.of(workingDays), due,
        Optional.of(calendar.version()), basis, Optional.empty());
  }

  /** A deadline on a fixed date, such as the 限期 of an order: no calendar is involved. */
  public static Deadline fixed(DeadlineKind kind, String subjectId, String authority,
      LocalDate start, LocalDate due, String basis) {
    return new Deadline(kind, subjectId, authority, start, OptionalInt.empty(), due,
        Optional.empty(), basis, Optional.empty());
  }

  /** The publication deadline of a result formed on {@code formedOn}. */
  public Deadline resultPublication(String resultId, String authority, LocalDate formedOn) {
    return compute(DeadlineKind.RESULT_PUBLICATION, resultId, authority, formedOn);
  }

  /** A correction ordered on {@code orderedOn}, due by the order's 限期 {@code dueBy}. */
  public Deadline correction(String disposalId, String authority, LocalDate orderedOn,
      LocalDate dueBy) {
    return fixed(DeadlineKind.CORRECTION, disposalId, authority, orderedOn, dueBy, BASIS_ORDER);
  }

  /** The abnormal-list listing of an entity found unreachable on {@code establishedOn} (查实). */
  public Deadline abnormalListing(String subjectId, String authority, LocalDate establishedOn) {
    return compute(DeadlineKind.ABNORMAL_LIST_LISTING, subjectId, authority, establishedOn);
  }

  /** An abnormal-list listing due by a date fixed elsewhere (for example by a local rule). */
  public Deadline abnormalListing(String subjectId, String authority, LocalDate establishedOn,
      LocalDate dueBy, String basis) {
    return fixed(DeadlineKind.ABNORMAL_LIST_LISTING, subjectId, authority, establishedOn, dueBy,
        basis);
  }

  /** The decision on a stop-publication application received on {@code receivedOn}. */
  public Deadline stopPublicationDecision(String applicationId, String authority,
      LocalDate receivedOn) {
    return compute(DeadlineKind.STOP_PUBLICATION_DECISION, applicationId, authority,
        receivedOn);
  }

  /**
   * Whether {@code deadline} is computed with this calendar's version (always for a fixed-date
   * deadline).
   */
  public boolean isCurrent(Deadline deadline) {
    return deadline.calendarVersion().map(calendar.version()::equals).orElse(true);
  }

  /**
   * {@code deadline} counted again on this calendar, for example after a newer notice was loaded:
   * the same start, term, basis and met date, the due date and version of this calendar. A
   * fixed-date deadline is returned unchanged.
   */
  public Deadline recompute(Deadline deadline) {
    if (deadline.workingDays().isEmpty()) {
      return deadline;
    }
    LocalDate due = calendar.plusWorkingDays(deadline.start(),
        deadline.workingDays().getAsInt());
    return new Deadline(deadline.kind(), deadline.subjectId(), deadline.authority(),
        deadline.start(), deadline.workingDays(), due, Optional.of(calendar.version()),
        deadline.basis(), deadline.metOn());
  }

  /**
   * How many working days {@code deadline} is late on {@code day}: the working days after its due
   * date up to {@code day} (or up to the day it was met, when met by then); 0 when it is not late.
   *
   * @throws WorkingDayCalendar.UncoveredDateException if a day counted is not covered
   */
  public int workingDaysLate(Deadline deadline, LocalDate day) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(day, "day");
    LocalDate end = deadline.metOn().filter(m -> !m.isAfter(day)).orElse(day);
    return calendar.workingDaysBetween(deadline.due(), end);
  }

  /**
   * The deadlines of {@code authority} that are overdue on {@code day} (not met by the end of
   * {@code day}, due before it), by due date, then kind, then subject id.
   */
  public static List<Deadline> overdue(Collection<Deadline> deadlines, String authority,
      LocalDate day) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(day, "day");
    return deadlines.stream()
        .filter(d -> d.authority().equals(authority) && d.isOverdueOn(day))
        .sorted(OVERDUE_ORDER)
        .toList();
  }
}
