package io.doublerandom.testkit.contract;

import io.doublerandom.spi.Clock;
import java.time.Instant;

/** {@link Clock#fixed} passes the clock contract. */
class FixedClockContractTest extends ClockContract {
  @Override
  protected Clock clock() {
    return Clock.fixed(Instant.parse("2025-03-03T01:00:00Z"));
  }
}
