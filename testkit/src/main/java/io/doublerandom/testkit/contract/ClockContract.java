package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.spi.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Clock}: extend it with the clock under test. {@code now()} is never
 * null, and {@code today()} is the date in China ({@link Clock#CHINA}) of an instant between two
 * calls of {@code now()} around it.
 */
public abstract class ClockContract {
  /** The clock under test. */
  protected abstract Clock clock();

  @Test
  void nowIsNeverNull() {
    assertNotNull(clock().now());
  }

  @Test
  void todayIsTheDateInChinaOfNow() {
    Clock c = clock();
    Instant before = c.now();
    LocalDate today = c.today();
    Instant after = c.now();
    LocalDate first = LocalDate.ofInstant(before, Clock.CHINA);
    LocalDate last = LocalDate.ofInstant(after, Clock.CHINA);
    assertTrue(!today.isBefore(first) && !today.isAfter(last),
        "today() " + today + " must lie between " + first + " and " + last);
  }
}
