package io.doublerandom.feedback;

import io.doublerandom.model.feedback.VisitFeedback;
import io.doublerandom.model.feedback.VisitRef;
import io.doublerandom.spi.VisitFeedbackStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The default {@link VisitFeedbackStore}, in memory. Thread-safe. */
public final class InMemoryVisitFeedbackStore implements VisitFeedbackStore {
  private final TreeMap<VisitRef, VisitFeedback> byVisit = new TreeMap<>();

  /** An empty store. */
  public InMemoryVisitFeedbackStore() {}

  @Override
  public synchronized boolean record(VisitFeedback feedback) {
    Objects.requireNonNull(feedback, "feedback");
    VisitFeedback held = byVisit.get(feedback.visit());
    if (held == null) {
      byVisit.put(feedback.visit(), feedback);
      return true;
    }
    if (held.equals(feedback)) {
      return false;
    }
    throw new IllegalStateException("visit " + feedback.visit()
        + " already has a different feedback (received on " + held.receivedOn()
        + "); a visit has one feedback");
  }

  @Override
  public synchronized Optional<VisitFeedback> find(VisitRef visit) {
    return Optional.ofNullable(byVisit.get(Objects.requireNonNull(visit, "visit")));
  }

  @Override
  public synchronized List<VisitFeedback> byAuthority(String authority, LocalDate from,
      LocalDate to) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    List<VisitFeedback> out = new ArrayList<>();
    for (VisitFeedback f : byVisit.values()) {
      if (f.authority().equals(authority) && !f.receivedOn().isBefore(from)
          && !f.receivedOn().isAfter(to)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }
}
