package io.doublerandom.model.followup;

/** Whether a disposal is still open. */
public enum DisposalState {
  /** Open: the measure is not yet concluded. */
  OPEN,
  /** Closed with a date and an outcome. */
  CLOSED
}
