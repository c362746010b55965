package io.doublerandom.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress lines on standard error for large inputs: the phases of a command with their elapsed
 * time, and a line every {@value #EVERY} records read. Enabled with {@code --progress}, disabled
 * with {@code --no-progress}; by default only when the tool runs on a terminal
 * ({@link System#console()} is present), so that redirected and test output stays clean. The
 * times shown are for the reader only and never decide anything.
 */
final class Progress {
  /** The count between two count lines. */
  static final long EVERY = 100_000;

  private final PrintWriter err;
  private final boolean enabled;
  private final long every;
  private final long start = System.nanoTime();

  Progress(PrintWriter err, boolean enabled, long every) {
    if (every < 1) {
      throw new IllegalArgumentException("progress interval must be >= 1, got " + every);
    }
    this.err = err;
    this.enabled = enabled;
    this.every = every;
  }

  /** Progress on {@code err}: {@code option} true/false forces it, null means "on a terminal". */
  static Progress of(PrintWriter err, Boolean option) {
    return new Progress(err, option != null ? option : System.console() != null, EVERY);
  }

  boolean enabled() {
    return enabled;
  }

  /** Prints a phase line. */
  void phase(String text) {
    if (enabled) {
      err.printf(Locale.ROOT, "[%6.1f s] %s%n", seconds(), text);
      err.flush();
    }
  }

  /** Called with a running count; prints a line when it is a multiple of the interval. */
  void count(long n, String what) {
    if (enabled && n > 0 && n % every == 0) {
      phase(String.format(Locale.ROOT, "%,d %s", n, what));
    }
  }

  private double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
