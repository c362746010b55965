package io.doublerandom.testkit.stats;

import java.util.Objects;

/**
 * The outcome of one statistical test: the test, its statistic and p-value, the significance
 * level it was run at, what was expected and what was seen, and how to reproduce it (the seeds).
 * The test rejects (fails) when {@code pValue < alpha}; with a correct implementation that
 * happens with probability at most {@code alpha}, and since the seeds are fixed the outcome never
 * changes from run to run.
 *
 * @param test what was tested, with the test's name and degrees of freedom
 * @param statistic the test statistic
 * @param pValue the p-value (for exact checks: 1 when they hold, 0 when not)
 * @param alpha the significance level
 * @param expected what was expected, in words and numbers
 * @param observed what was seen (for count tests, the largest deviations first)
 * @param reproduce how to reproduce: the seeds
 */
public record TestOutcome(String test, double statistic, double pValue, double alpha,
    String expected, String observed, String reproduce) {

  /** Validates the fields. */
  public TestOutcome {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(reproduce, "reproduce");
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("significance level must be in (0, 1): " + alpha);
    }
  }

  /** Whether the test passed: {@code pValue >= alpha}. */
  public boolean passed() {
    return pValue >= alpha;
  }

  /**
   * This outcome if it passed.
   *
   * @throws AssertionError with {@link #message()} if it did not
   */
  public TestOutcome orThrow() {
    if (!passed()) {
      throw new AssertionError(message());
    }
    return this;
  }

  /** A report of several lines: test, verdict, statistic, p-value, expected, seen, seeds. */
  public String message() {
    return test + (passed() ? " passed" : " FAILED") + " at alpha = " + alpha
        + ": statistic " + format(statistic) + ", p = " + format(pValue)
        + "\n  expected: " + expected
        + "\n  seen:     " + observed
        + "\n  reproduce: " + reproduce;
  }

  @Override
  public String toString() {
    return message();
  }

  static String format(double x) {
    if (x == 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e7)) {
      return String.format(java.util.Locale.ROOT, "%.4f", x).replaceAll("0+$", "")
          .replaceAll("\\.$", "");
    }
    return String.format(java.util.Locale.ROOT, "%.3e", x);
  }
}
