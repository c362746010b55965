package io.doublerandom.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManualClockTest {
  @Test
  void standsStillUntilMoved() {
    ManualClock clock = ManualClock.at(LocalDate.of(2025, 3, 3));
    assertEquals(Instant.parse("2025-03-03T01:00:00Z"), clock.now());
    assertEquals(Instant.parse("2025-03-03T01:00:00Z"), clock.now());
    clock.advance(Duration.ofHours(15));
    assertEquals(LocalDate.of(2025, 3, 4), clock.today(), "16:00 UTC is midnight in China");
    clock.advanceDays(2).setDate(LocalDate.of(2025, 1, 1));
    assertEquals(LocalDate.of(2025, 1, 1), clock.today());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> clock.advance(Duration.ofSeconds(-1)));
    assertTrue(e.getMessage().contains("PT-1S"), e.getMessage());
  }

  @Test
  void aTickingClockGivesIncreasingInstants() {
    ManualClock clock = ManualClock.ticking(Instant.parse("2025-03-03T00:00:00Z"),
        Duration.ofSeconds(1));
    assertEquals(Instant.parse("2025-03-03T00:00:00Z"), clock.now());
    assertEquals(Instant.parse("2025-03-03T00:00:01Z"), clock.now());
    assertEquals(Instant.parse("2025-03-03T00:00:02Z"), clock.peek());
    assertThrows(IllegalArgumentException.class,
        () -> ManualClock.ticking(Instant.EPOCH, Duration.ofSeconds(-1)));
  }
}
