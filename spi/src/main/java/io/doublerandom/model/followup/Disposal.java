package io.doublerandom.model.followup;

import io.doublerandom.model.EntityId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One follow-up measure on a result, open until closed with a date and an outcome.
 *
 * @param id the stable id ({@code result + "#" + n})
 * @param version 1 when first saved, +1 per saved change
 * @param result the id of the result
 * @param task the task number
 * @param entity the entity
 * @param kind the measure
 * @param resultCode the result code that called for it, or empty when decided freely
 * @param deadline the correction deadline (责令限期改正)
 * @param listingDate the date of listing (列入经营异常名录)
 * @param department the department notified (抄告相关部门)
 * @param note a note (required for {@link DisposalKind#OTHER})
 * @param referral the id of the case referral (移送案源线索) once sent
 * @param state open or closed
 * @param openedOn the date opened
 * @param openedBy who opened it
 * @param closedOn the date closed
 * @param outcome the outcome in words
 * @param closedBy who closed it
 */
public record Disposal(String id, long version, String result, String task, EntityId entity,
    DisposalKind kind, Optional<String> resultCode, Optional<LocalDate> deadline,
    Optional<LocalDate> listingDate, Optional<String> department, Optional<String> note,
    Optional<String> referral, DisposalState state, LocalDate openedOn, String openedBy,
    Optional<LocalDate> closedOn, Optional<String> outcome, Optional<String> closedBy) {

  /** Validates the fields and the requirements of the kind. */
  public Disposal {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id of a disposal must not be blank, got '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version of disposal " + id + " must be 1 or more, got "
          + version);
    }
    Objects.requireNonNull(result, "result of disposal " + id);
    Objects.requireNonNull(task, "task of disposal " + id);
    Objects.requireNonNull(entity, "entity of disposal " + id);
    Objects.requireNonNull(kind, "kind of disposal " + id);
    resultCode = orEmpty(resultCode);
    deadline = orEmpty(deadline);
    listingDate = orEmpty(listingDate);
    department = orEmpty(department).map(String::strip).filter(s -> !s.isEmpty());
    note = orEmpty(note).map(String::strip).filter(s -> !s.isEmpty());
    referral = orEmpty(referral);
    Objects.requireNonNull(state, "state of disposal " + id);
    Objects.requireNonNull(openedOn, "openedOn of disposal " + id);
    Objects.requireNonNull(openedBy, "openedBy of disposal " + id);
    closedOn = orEmpty(closedOn);
    outcome = orEmpty(outcome).map(String::strip).filter(s -> !s.isEmpty());
    closedBy = orEmpty(closedBy);
    if (state == DisposalState.CLOSED && (closedOn.isEmpty() || outcome.isEmpty()
        || closedBy.isEmpty())) {
      throw new IllegalArgumentException("closed disposal " + id + " needs closedOn, outcome and "
          + "closedBy");
    }
    if (state == DisposalState.OPEN && (closedOn.isPresent() || outcome.isPresent())) {
      throw new IllegalArgumentException("open disposal " + id + " must have no closedOn or "
          + "outcome");
    }
  }

  private static <T> Optional<T> orEmpty(Optional<T> o) {
    return o == null ? Optional.empty() : o;
  }

  /** Whether the disposal is a correction with a deadline, still open after {@code day}. */
  public boolean overdueOn(LocalDate day) {
    return state == DisposalState.OPEN && deadline.isPresent() && day.isAfter(deadline.get());
  }
}
