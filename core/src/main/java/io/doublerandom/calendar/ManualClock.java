package io.doublerandom.calendar;

import io.doublerandom.spi.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that moves only when told: for tests, replays and batch imports that must
 * record a given time. It answers its current instant; {@link #set}, {@link #advance} and {@link
 * #setDate} move it; with a {@linkplain #ticking tick}, every {@link #now()} returns the current
 * instant and then advances by the tick, so consecutive records get distinct, increasing times.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(LocalDate.of(2025, 3, 3));   // 09:00 in China
 * clock.advance(Duration.ofHours(2));
 * clock.today();                                                    // 2025-03-03
 * }</pre>
 *
 * <p>Thread-safe. Never moves backwards unless {@link #set} is given an earlier instant.
 */
public final class ManualClock implements Clock {
  /** The time of day {@link #at(LocalDate)} and {@link #setDate} use: 09:00 in China. */
  public static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);

  private final AtomicReference<Instant> current;
  private final Duration tick;

  private ManualClock(Instant start, Duration tick) {
    this.current = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    this.tick = Objects.requireNonNull(tick, "tick");
    if (tick.isNegative()) {
      throw new IllegalArgumentException("tick must not be negative, got " + tick);
    }
  }

  /** A clock standing at {@code start}. */
  public static ManualClock at(Instant start) {
    return new ManualClock(start, Duration.ZERO);
  }

  /** A clock standing at 09:00 (China) of {@code date}. */
  public static ManualClock at(LocalDate date) {
    return at(officeHours(date));
  }

  /**
   * A clock at {@code start} that advances by {@code tick} after each {@link #now()}.
   *
   * @throws IllegalArgumentException if {@code tick} is negative
   */
  public static ManualClock ticking(Instant start, Duration tick) {
    return new ManualClock(start, tick);
  }

  @Override
  public Instant now() {
    return current.getAndUpdate(i -> i.plus(tick));
  }

  /** The instant {@link #now()} will answer next, without ticking. */
  public Instant peek() {
    return current.get();
  }

  /** Moves the clock to {@code instant}. */
  public ManualClock set(Instant instant) {
    current.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  /** Moves the clock to 09:00 (China) of {@code date}. */
  public ManualClock setDate(LocalDate date) {
    return set(officeHours(date));
  }

  /**
   * Moves the clock forward by {@code by}.
   *
   * @throws IllegalArgumentException if {@code by} is negative
   */
  public ManualClock advance(Duration by) {
    Objects.requireNonNull(by, "by");
    if (by.isNegative()) {
      throw new IllegalArgumentException("a clock advances by 0 or more, got " + by);
    }
    current.updateAndGet(i -> i.plus(by));
    return this;
  }

  /** Moves the clock forward by {@code days} whole days (calendar days, not working days). */
  public ManualClock advanceDays(long days) {
    return advance(Duration.ofDays(days));
  }

  @Override
  public LocalDate today() {
    return LocalDate.ofInstant(current.get(), CHINA);
  }

  private static Instant officeHours(LocalDate date) {
    return Objects.requireNonNull(date, "date").atTime(OFFICE_HOURS).atZone(CHINA).toInstant();
  }

  @Override
  public String toString() {
    return "ManualClock[" + current.get() + (tick.isZero() ? "" : ", tick " + tick) + "]";
  }
}
