package io.doublerandom.testkit.contract;

import io.doublerandom.calendar.ManualClock;
import io.doublerandom.spi.Clock;
import java.time.Duration;
import java.time.Instant;

/** A ticking {@link ManualClock} that crosses midnight in China passes the clock contract. */
class ManualClockContractTest extends ClockContract {
  @Override
  protected Clock clock() {
    return ManualClock.ticking(Instant.parse("2025-03-03T15:59:59Z"), Duration.ofSeconds(1));
  }
}
