package io.doublerandom.model.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the case-handling system reports about a referral, in the order it reports them.
 *
 * @param sequence the gateway's position of the update, ascending from 1
 * @param referral the referral id
 * @param kind what happened
 * @param number the case number ({@link Kind#CASE_OPENED}), the 行政处罚决定书文号 ({@link
 *     Kind#DECIDED}) or the note ({@link Kind#DECLINED})
 * @param date the date of the event
 */
public record CaseUpdate(long sequence, String referral, Kind kind, String number,
    LocalDate date) {

  /** What the case system did. */
  public enum Kind {
    /** A case was opened (立案). */
    CASE_OPENED,
    /** A penalty decision was made. */
    DECIDED,
    /** No case was opened. */
    DECLINED
  }

  /** Validates the fields. */
  public CaseUpdate {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence of a case update must be 1 or more, got "
          + sequence);
    }
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(kind, "kind");
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("number of the " + kind + " update of referral "
          + referral + " must not be blank");
    }
    Objects.requireNonNull(date, "date");
  }
}
