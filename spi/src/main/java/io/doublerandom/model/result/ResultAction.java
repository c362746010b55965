package io.doublerandom.model.result;

/** A step of a result's history. */
public enum ResultAction {
  /** The row was opened from the assignment (the team is known). */
  OPENED,
  /** The team was changed by a replacement before entry. */
  TEAM_CHANGED,
  /** A team member entered the findings. */
  ENTERED,
  /** An auditor approved. */
  APPROVED,
  /** An auditor returned it with an opinion. */
  RETURNED,
  /** An auditor rejected it. */
  REJECTED,
  /** It was published. */
  PUBLISHED,
  /** Its publication was withdrawn (停止公示). */
  WITHDRAWN
}
