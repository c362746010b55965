package io.doublerandom.model.followup;

/** Where a referral to the case-handling system stands. */
public enum ReferralState {
  /** Sent, no answer yet. */
  SENT,
  /** The case system opened a case (立案) and returned its case number. */
  CASE_OPENED,
  /** A penalty decision (行政处罚决定书) was made: its number and date are known. */
  DECIDED,
  /** The case system declined to open a case (不予立案), with a note. */
  DECLINED
}
