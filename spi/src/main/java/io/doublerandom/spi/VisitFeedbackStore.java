package io.doublerandom.spi;

import io.doublerandom.model.feedback.VisitFeedback;
import io.doublerandom.model.feedback.VisitRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where post-inspection feedback (回访) is kept: at most one feedback per visit.
 *
 * <p>Contract (checked by {@code io.doublerandom.testkit.contract.VisitFeedbackStoreContract}):
 *
 * <ul>
 *   <li>{@link #record} stores the feedback of a visit that has none and returns {@code true};
 *       recording the identical feedback again is a no-op that returns {@code false}; recording a
 *       different feedback for a visit that has one throws {@link IllegalStateException} naming
 *       the visit, and leaves the stored one unchanged;
 *   <li>{@link #byAuthority} returns the feedback of one authority received in a date range
 *       (both ends included), ordered by visit ({@link VisitRef#compareTo}).
 * </ul>
 */
public interface VisitFeedbackStore {
  /**
   * Records {@code feedback}.
   *
   * @return {@code true} if stored, {@code false} if the identical feedback was already there
   * @throws IllegalStateException if the visit already has a different feedback
   */
  boolean record(VisitFeedback feedback);

  /** The feedback of {@code visit}, if any was recorded. */
  Optional<VisitFeedback> find(VisitRef visit);

  /**
   * The feedback of {@code authority} received from {@code from} to {@code to}, both included,
   * ordered by visit.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  List<VisitFeedback> byAuthority(String authority, LocalDate from, LocalDate to);
}
