package io.doublerandom.model.task;

import java.util.Objects;

/**
 * The lead a temporary task (依线索) follows.
 *
 * @param source where it came from
 * @param reference the lead's reference in its source system (complaint number, referral letter)
 * @param summary what the lead says, in words
 */
public record Lead(LeadSource source, String reference, String summary) {
  /** Validates the fields. */
  public Lead {
    Objects.requireNonNull(source, "lead source");
    Fields.text(reference, "lead reference");
    Fields.text(summary, "summary of lead " + reference);
  }
}
