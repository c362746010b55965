package io.doublerandom.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.doublerandom.json.Json;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.calendar.Deadline;
import io.doublerandom.model.feedback.VisitFeedback;
import io.doublerandom.model.feedback.VisitRef;
import io.doublerandom.model.risk.RiskClassificationPush;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values a store persists round-trip through the project's JSON mapper. */
class CalendarValuesJsonTest {
  private static final ObjectMapper JSON = Json.newMapper();

  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    return JSON.readValue(JSON.writeValueAsString(value), type);
  }

  @Test
  void deadlinesRoundTrip() throws Exception {
    Deadlines deadlines = Deadlines.of(OfficialCalendar.bundled());
    Deadline working = deadlines.resultPublication("R-1", "140105", LocalDate.of(2025, 9, 30))
        .metOn(LocalDate.of(2025, 10, 20));
    Deadline fixed = deadlines.correction("D-1", "140105", LocalDate.of(2025, 9, 30),
        LocalDate.of(2025, 10, 31));
    assertEquals(working, roundTrip(working, Deadline.class));
    assertEquals(fixed, roundTrip(fixed, Deadline.class));
  }

  @Test
  void pushesAndFeedbackRoundTrip() throws Exception {
    EntityId id = EntityId.parse("91350100M000100Y43");
    RiskClassificationPush push = new RiskClassificationPush(RiskRating.GENERAL,
        LocalDate.of(2025, 2, 28), Map.of(id, "B"), "feb");
    assertEquals(push, roundTrip(push, RiskClassificationPush.class));
    VisitFeedback f = new VisitFeedback(new VisitRef("T-1", id), "140105",
        LocalDate.of(2025, 6, 3), VisitFeedback.Conduct.SATISFIED, VisitFeedback.Burden.NONE,
        false, Optional.of("好"));
    assertEquals(f, roundTrip(f, VisitFeedback.class));
  }
}
