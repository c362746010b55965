package io.doublerandom.model.plan;

/**
 * How often an item is inspected in the plan's period (抽查频次), as published plans write it:
 * {@code "=1"} (exactly once) or {@code ">=1"} (at least once).
 *
 * @param times the number of times, at least 1
 * @param atLeast whether {@code times} is a minimum rather than an exact number
 */
public record Frequency(int times, boolean atLeast) {
  /** Exactly once, the most common frequency. */
  public static final Frequency ONCE = new Frequency(1, false);

  /** Validates that {@code times} is at least 1. */
  public Frequency {
    Fields.require(times >= 1, "frequency", times, "must be at least 1");
  }

  /** Parses {@code "=n"}, {@code ">=n"} or {@code "n"}; the error names the value. */
  public static Frequency parse(String text) {
    String t = text == null ? "" : text.strip();
    boolean atLeast = t.startsWith(">=");
    String n = atLeast ? t.substring(2) : t.startsWith("=") ? t.substring(1) : t;
    try {
      return new Frequency(Integer.parseInt(n.strip()), atLeast);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "frequency must be written =n or >=n, got '" + text + "'", e);
    }
  }

  /** {@code "=n"} or {@code ">=n"}. */
  @Override
  public String toString() {
    return (atLeast ? ">=" : "=") + times;
  }
}
