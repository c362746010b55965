package io.doublerandom.spi;

/**
 * The counters task numbers are made from: one per authority and year, starting at 1. A value
 * once handed out is never handed out again, not even when the task it numbered is cancelled or
 * was never saved. Implementations are safe for concurrent use and durable where the tasks are.
 * The in-memory default is {@code io.doublerandom.task.InMemoryTaskNumberSequence}.
 */
public interface TaskNumberSequence {
  /**
   * The next value of the counter of {@code authority} in {@code year}: 1 the first time, then 2,
   * 3, ...
   */
  long next(String authority, int year);

  /** The last value handed out for {@code authority} in {@code year}, 0 if none. */
  long last(String authority, int year);
}
