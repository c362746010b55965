package io.doublerandom.model.followup;

import io.doublerandom.model.EntityId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral of a case lead (移送案源线索) to the case-handling system and what came back: the
 * link task number ↔ entity ↔ case ↔ decision.
 *
 * @param id the stable id (the disposal's id, one referral per disposal)
 * @param version 1 when first saved, +1 per saved change
 * @param task the task number
 * @param entity the entity
 * @param result the id of the result
 * @param disposal the id of the disposal that made the referral
 * @param finding the finding referred, in words (item, codes and text)
 * @param referredOn the date sent
 * @param state where it stands
 * @param caseNumber the case system's case number
 * @param caseOpenedOn the date the case was opened
 * @param decisionNumber the 行政处罚决定书文号
 * @param decisionDate the decision's date
 * @param note the case system's note (for example why it declined)
 */
public record CaseReferral(String id, long version, String task, EntityId entity, String result,
    String disposal, String finding, LocalDate referredOn, ReferralState state,
    Optional<String> caseNumber, Optional<LocalDate> caseOpenedOn,
    Optional<String> decisionNumber, Optional<LocalDate> decisionDate, Optional<String> note) {

  /** Validates the fields. */
  public CaseReferral {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id of a referral must not be blank, got '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version of referral " + id + " must be 1 or more, got "
          + version);
    }
    Objects.requireNonNull(task, "task of referral " + id);
    Objects.requireNonNull(entity, "entity of referral " + id);
    Objects.requireNonNull(result, "result of referral " + id);
    Objects.requireNonNull(disposal, "disposal of referral " + id);
    Objects.requireNonNull(finding, "finding of referral " + id);
    Objects.requireNonNull(referredOn, "referredOn of referral " + id);
    Objects.requireNonNull(state, "state of referral " + id);
    caseNumber = caseNumber == null ? Optional.empty() : caseNumber;
    caseOpenedOn = caseOpenedOn == null ? Optional.empty() : caseOpenedOn;
    decisionNumber = decisionNumber == null ? Optional.empty() : decisionNumber;
    decisionDate = decisionDate == null ? Optional.empty() : decisionDate;
    note = note == null ? Optional.empty() : note;
    if (state == ReferralState.DECIDED && (decisionNumber.isEmpty() || decisionDate.isEmpty())) {
      throw new IllegalArgumentException("decided referral " + id + " needs decisionNumber and "
          + "decisionDate");
    }
  }
}
