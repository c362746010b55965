package io.doublerandom.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.feedback.VisitFeedback;
import io.doublerandom.model.feedback.VisitFeedback.Burden;
import io.doublerandom.model.feedback.VisitFeedback.Conduct;
import io.doublerandom.model.feedback.VisitRef;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackCountsTest {
  private static VisitFeedback fb(int entity, String authority, String day, Conduct c, Burden b,
      boolean misconduct) {
    return new VisitFeedback(new VisitRef("晋市监抽查〔2025〕1号",
        EntityId.parse(String.format("%015d", entity))), authority, LocalDate.parse(day), c, b,
        misconduct, Optional.empty());
  }

  @Test
  void countsPerAuthorityAndPeriod() {
    InMemoryVisitFeedbackStore store = new InMemoryVisitFeedbackStore();
    store.record(fb(1, "140105", "2025-04-01", Conduct.SATISFIED, Burden.NONE, false));
    store.record(fb(2, "140105", "2025-04-02", Conduct.SATISFIED, Burden.ACCEPTABLE, false));
    store.record(fb(3, "140105", "2025-04-03", Conduct.DISSATISFIED, Burden.EXCESSIVE, true));
    store.record(fb(4, "140106", "2025-04-03", Conduct.DISSATISFIED, Burden.NONE, false));
    store.record(fb(5, "140105", "2025-05-01", Conduct.DISSATISFIED, Burden.NONE, false));
    FeedbackCounts april = FeedbackCounts.of(store, "140105", LocalDate.of(2025, 4, 1),
        LocalDate.of(2025, 4, 30));
    assertEquals(3, april.total());
    assertEquals(Map.of(Conduct.SATISFIED, 2, Conduct.BASICALLY_SATISFIED, 0,
        Conduct.DISSATISFIED, 1), april.byConduct());
    assertEquals(Map.of(Burden.NONE, 1, Burden.ACCEPTABLE, 1, Burden.EXCESSIVE, 1),
        april.byBurden());
    assertEquals(1, april.misconductReported());
    assertEquals(1, FeedbackCounts.of(store, "140106", LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31)).total());
  }

  @Test
  void badFeedbackNamesTheVisit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new VisitFeedback(new VisitRef("T-1", EntityId.parse("000000000000001")), "140105",
            LocalDate.of(2025, 4, 1), Conduct.SATISFIED, Burden.NONE, false, Optional.of(" ")));
    assertTrue(e.getMessage().contains("T-1/000000000000001"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new VisitRef(" ", EntityId.parse("000000000000001")));
    assertTrue(e.getMessage().startsWith("taskNumber"), e.getMessage());
  }
}
