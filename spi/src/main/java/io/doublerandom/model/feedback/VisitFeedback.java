package io.doublerandom.model.feedback;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity's feedback on a visit (回访, the notice 三(十)): how the inspectors conducted
 * themselves and how heavy the inspection was on the business, recorded against the visit and
 * counted per authority.
 *
 * @param visit the visit the feedback is about
 * @param authority the code of the authority that made the visit
 * @param receivedOn the day the feedback was received
 * @param conduct the entity's rating of the inspectors' conduct
 * @param burden the entity's rating of the burden
 * @param misconductReported whether the entity reported misconduct (for example 吃拿卡要), which
 *     calls for referral to discipline inspection
 * @param comment the entity's words, if any
 */
public record VisitFeedback(VisitRef visit, String authority, LocalDate receivedOn,
    Conduct conduct, Burden burden, boolean misconductReported, Optional<String> comment) {
  /** The entity's rating of the inspectors' conduct. */
  public enum Conduct {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意. */
    DISSATISFIED
  }

  /** The entity's rating of the burden of the inspection on its business. */
  public enum Burden {
    /** No noticeable burden. */
    NONE,
    /** A burden the entity found acceptable. */
    ACCEPTABLE,
    /** An excessive burden (repeated visits, long disruption, heavy document requests). */
    EXCESSIVE
  }

  /**
   * Validates the fields; messages name the visit.
   *
   * @throws IllegalArgumentException if the authority or a present comment is blank
   */
  public VisitFeedback {
    Objects.requireNonNull(visit, "visit");
    if (authority == null || authority.isBlank() || !authority.equals(authority.strip())) {
      throw new IllegalArgumentException("authority of the feedback on visit " + visit
          + " must be non-blank text without surrounding spaces, got '" + authority + "'");
    }
    Objects.requireNonNull(receivedOn, "receivedOn of the feedback on visit " + visit);
    Objects.requireNonNull(conduct, "conduct of the feedback on visit " + visit);
    Objects.requireNonNull(burden, "burden of the feedback on visit " + visit);
    Objects.requireNonNull(comment, "comment of the feedback on visit " + visit);
    comment.ifPresent(c -> {
      if (c.isBlank() || !c.equals(c.strip())) {
        throw new IllegalArgumentException("comment of the feedback on visit " + visit
            + " must be non-blank text without surrounding spaces when present, got '" + c + "'");
      }
    });
  }
}
