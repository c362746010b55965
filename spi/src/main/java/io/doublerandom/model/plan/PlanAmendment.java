package io.doublerandom.model.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An amendment (动态调整) of a published plan: the plan version it produced, the version it
 * replaced (which stays readable), why, from which date, and every change. It is a publishable
 * value: a publication formatter prints it as the plan's adjustment notice.
 *
 * @param planId the plan's id
 * @param planCode the plan's code
 * @param number the amendment's number in its plan, from 1
 * @param replacedVersion the record version of the plan before the amendment
 * @param effectiveOn the date from which the amended plan applies
 * @param reason why the plan was amended
 * @param recordedAt when the amendment was recorded (from the library's clock)
 * @param changes every difference, in a stable order (plan fields, then items by id)
 */
public record PlanAmendment(String planId, String planCode, int number, long replacedVersion,
    LocalDate effectiveOn, String reason, Instant recordedAt, List<PlanChange> changes) {
  /** Validates the fields and copies the list. */
  public PlanAmendment {
    Fields.text(planId, "plan id of amendment");
    Fields.text(planCode, "plan code of amendment");
    Fields.require(number >= 1, "amendment number", number, "must be at least 1");
    Fields.require(replacedVersion >= 1, "replaced version", replacedVersion,
        "must be at least 1");
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    Fields.text(reason, "reason of amendment " + number + " of plan " + planCode);
    Objects.requireNonNull(recordedAt, "recordedAt");
    changes = List.copyOf(changes);
    Fields.require(!changes.isEmpty(), "changes of amendment " + number + " of plan " + planCode,
        changes, "must not be empty");
  }
}
