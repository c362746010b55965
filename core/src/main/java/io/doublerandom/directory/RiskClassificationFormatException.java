package io.doublerandom.directory;

import java.util.List;

/**
 * Risk classification files that cannot be used: every problem found, each starting {@code
 * file:line:}. Nothing is read from a file with any problem.
 */
public final class RiskClassificationFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  RiskClassificationFormatException(List<String> problems) {
    super(problems.size() + " problem(s) in risk classification data:\n  "
        + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
