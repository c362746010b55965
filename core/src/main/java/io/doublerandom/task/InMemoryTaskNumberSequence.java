package io.doublerandom.task;

import io.doublerandom.spi.TaskNumberSequence;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The in-memory {@link TaskNumberSequence}: one counter per authority and year. Thread-safe. */
public final class InMemoryTaskNumberSequence implements TaskNumberSequence {
  private final Map<String, Long> counters = new TreeMap<>();

  /** Counters that all start at 0 (so the first number is 1). */
  public InMemoryTaskNumberSequence() {}

  @Override
  public synchronized long next(String authority, int year) {
    return counters.merge(key(authority, year), 1L, Long::sum);
  }

  @Override
  public synchronized long last(String authority, int year) {
    return counters.getOrDefault(key(authority, year), 0L);
  }

  private static String key(String authority, int year) {
    Objects.requireNonNull(authority, "authority");
    if (authority.isBlank()) {
      throw new IllegalArgumentException("authority must not be blank, got '" + authority + "'");
    }
    return year + "\u0000" + authority;
  }
}
