package io.doublerandom.feedback;

import io.doublerandom.model.feedback.VisitFeedback;
import io.doublerandom.model.feedback.VisitFeedback.Burden;
import io.doublerandom.model.feedback.VisitFeedback.Conduct;
import io.doublerandom.spi.VisitFeedbackStore;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The post-inspection feedback (回访) of one authority over a period, counted: how many visits
 * had feedback, by conduct rating and by burden rating, and how many reported misconduct.
 *
 * @param authority the authority's code
 * @param from the first day of the period
 * @param to the last day of the period
 * @param total the number of feedbacks received in the period
 * @param byConduct the count per conduct rating, every rating present (0 when none), in the
 *     enum's order
 * @param byBurden the count per burden rating, every rating present, in the enum's order
 * @param misconductReported the number of feedbacks that reported misconduct
 */
public record FeedbackCounts(String authority, LocalDate from, LocalDate to, int total,
    Map<Conduct, Integer> byConduct, Map<Burden, Integer> byBurden, int misconductReported) {
  /** Copies the maps. */
  public FeedbackCounts {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    byConduct = Collections.unmodifiableMap(new EnumMap<>(byConduct));
    byBurden = Collections.unmodifiableMap(new EnumMap<>(byBurden));
  }

  /**
   * Counts the feedback of {@code authority} received from {@code from} to {@code to}, both
   * included.
   */
  public static FeedbackCounts of(VisitFeedbackStore store, String authority, LocalDate from,
      LocalDate to) {
    return of(authority, from, to, store.byAuthority(authority, from, to));
  }

  /**
   * Counts {@code feedback} of {@code authority} received from {@code from} to {@code to}, both
   * included; other feedback is ignored.
   */
  public static FeedbackCounts of(String authority, LocalDate from, LocalDate to,
      List<VisitFeedback> feedback) {
    EnumMap<Conduct, Integer> conduct = new EnumMap<>(Conduct.class);
    for (Conduct c : Conduct.values()) {
      conduct.put(c, 0);
    }
    EnumMap<Burden, Integer> burden = new EnumMap<>(Burden.class);
    for (Burden b : Burden.values()) {
      burden.put(b, 0);
    }
    int total = 0;
    int misconduct = 0;
    for (VisitFeedback f : feedback) {
      if (!f.authority().equals(authority) || f.receivedOn().isBefore(from)
          || f.receivedOn().isAfter(to)) {
        continue;
      }
      total++;
      conduct.merge(f.conduct(), 1, Integer::sum);
      burden.merge(f.burden(), 1, Integer::sum);
      if (f.misconductReported()) {
        misconduct++;
      }
    }
    return new FeedbackCounts(authority, from, to, total, conduct, burden, misconduct);
  }
}
