package io.doublerandom.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress lines on standard error for large inputs: the phases of a command with their elapsed
 * time. Enabled with {@code --progress}, disabled
 * with {@code --no-progress}; by default only when the tool runs on a terminal
 * ({@link System#console()} is present), so that redirected and test output stays clean. The
 * times shown are for the reader only and never decide anything.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Progress on {@code err}: {@code option} true/false forces it, null means "on a terminal". */
  static Progress of(PrintWriter err, Boolean option) {
    return new Progress(err, option != null ? option : System.console() != null);
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

  private double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
