package io.doublerandom.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where the library learns the time: when a result was entered, a plan published, an attempt
 * recorded. Nothing in the library reads the wall clock directly; an embedder passes the clock
 * (production: {@link #system()}; tests and replays: {@link #fixed(Instant)}).
 *
 * <p>The time never decides a draw or an assignment; it is only recorded.
 */
@FunctionalInterface
public interface Clock {
  /** The time zone of China's official dates (no daylight saving): {@code Asia/Shanghai}. */
  ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The current instant. */
  Instant now();

  /** Today's date in China ({@link #CHINA}). */
  default LocalDate today() {
    return LocalDate.ofInstant(now(), CHINA);
  }

  /** The system clock: the one place the library touches the wall clock, for production use. */
  static Clock system() {
    return Instant::now;
  }

  /** A clock that always answers {@code at}. */
  static Clock fixed(Instant at) {
    java.util.Objects.requireNonNull(at, "at");
    return () -> at;
  }
}
