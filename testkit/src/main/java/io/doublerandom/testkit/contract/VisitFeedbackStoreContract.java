package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.feedback.VisitFeedback;
import io.doublerandom.model.feedback.VisitFeedback.Burden;
import io.doublerandom.model.feedback.VisitFeedback.Conduct;
import io.doublerandom.model.feedback.VisitRef;
import io.doublerandom.spi.VisitFeedbackStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link VisitFeedbackStore}: extend it with a factory of empty stores. One
 * feedback per visit; the identical one again is a no-op; a different one is refused naming the
 * visit; the feedback of an authority comes back for a date range, both ends included, ordered by
 * visit.
 */
public abstract class VisitFeedbackStoreContract {
  /** A new, empty store. */
  protected abstract VisitFeedbackStore newStore();

  private static VisitFeedback feedback(String task, int entity, String authority, String day,
      Conduct conduct) {
    return new VisitFeedback(new VisitRef(task, EntityId.parse(String.format("%015d", entity))),
        authority, LocalDate.parse(day), conduct, Burden.ACCEPTABLE, false,
        Optional.of("回访 " + entity));
  }

  @Test
  void recordsOneFeedbackPerVisit() {
    VisitFeedbackStore store = newStore();
    VisitFeedback f = feedback("T-1", 1, "140105", "2025-04-01", Conduct.SATISFIED);
    assertEquals(Optional.empty(), store.find(f.visit()));
    assertTrue(store.record(f));
    assertEquals(Optional.of(f), store.find(f.visit()));
    assertFalse(store.record(f), "the identical feedback again is a no-op");
    VisitFeedback other = feedback("T-1", 1, "140105", "2025-04-02", Conduct.DISSATISFIED);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> store.record(other));
    assertTrue(e.getMessage().contains("T-1/000000000000001"), e.getMessage());
    assertEquals(Optional.of(f), store.find(f.visit()), "the stored feedback is unchanged");
  }

  @Test
  void listsAnAuthoritysFeedbackInARangeOrderedByVisit() {
    VisitFeedbackStore store = newStore();
    VisitFeedback b = feedback("T-2", 1, "140105", "2025-04-30", Conduct.SATISFIED);
    VisitFeedback a2 = feedback("T-1", 2, "140105", "2025-04-01", Conduct.SATISFIED);
    VisitFeedback a1 = feedback("T-1", 1, "140105", "2025-04-15", Conduct.BASICALLY_SATISFIED);
    VisitFeedback outside = feedback("T-1", 3, "140105", "2025-05-01", Conduct.SATISFIED);
    VisitFeedback otherAuthority = feedback("T-1", 4, "140106", "2025-04-15", Conduct.SATISFIED);
    for (VisitFeedback f : List.of(b, outside, a2, otherAuthority, a1)) {
      store.record(f);
    }
    assertEquals(List.of(a1, a2, b), store.byAuthority("140105", LocalDate.of(2025, 4, 1),
        LocalDate.of(2025, 4, 30)));
    assertEquals(List.of(), store.byAuthority("140107", LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31)));
    assertThrows(IllegalArgumentException.class, () -> store.byAuthority("140105",
        LocalDate.of(2025, 4, 30), LocalDate.of(2025, 4, 1)));
  }
}
