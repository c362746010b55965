package io.doublerandom.ledger;

/**
 * Why a task already drawn may be drawn again (docs/storage.md, "Redraws"). A redraw needs one of
 * these, free text saying what happened, and a seed never used for the task; the ledger keeps
 * both attempts. A task whose draw was published cannot be redrawn.
 */
public enum RedrawReason {
  /**
   * The population was wrong (entities missing, or included that the plan excludes), found
   * before publication.
   */
  POPULATION_ERROR("population-error"),
  /** The design or parameters differ from those the approved plan sets, found before publication. */
  DESIGN_ERROR("design-error"),
  /** The seed procedure announced in advance was not followed (wrong beacon round, party left out). */
  SEED_PROCEDURE_ERROR("seed-procedure-error"),
  /** A supervising body (纪检监察, the plan's approver) annulled the draw, before publication. */
  ANNULLED_BY_REVIEW("annulled-by-review");

  private final String token;

  RedrawReason(String token) {
    this.token = token;
  }

  /** The token written at the start of the ledger entry's reason, for example {@code population-error}. */
  public String token() {
    return token;
  }

  /** The reason of a token, if it is one. */
  public static java.util.Optional<RedrawReason> ofToken(String token) {
    for (RedrawReason r : values()) {
      if (r.token.equals(token)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }

  /** The ledger reason text: {@code <token>: <free text>}. */
  String reasonText(String freeText) {
    if (freeText == null || freeText.isBlank()) {
      throw new IllegalArgumentException("a redraw for " + token
          + " needs free text saying what happened");
    }
    return token + ": " + freeText.strip();
  }
}
