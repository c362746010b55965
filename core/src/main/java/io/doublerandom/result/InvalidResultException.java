package io.doublerandom.result;

import java.util.List;

/**
 * Findings that break the catalogue's rules, with every problem at once (each names the field and
 * the value). Nothing was saved.
 */
public final class InvalidResultException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String resultId;
  private final List<String> problems;

  InvalidResultException(String resultId, List<String> problems) {
    super("result " + resultId + " has " + problems.size() + " problem(s): "
        + String.join("; ", problems));
    this.resultId = resultId;
    this.problems = List.copyOf(problems);
  }

  /** The result's id. */
  public String resultId() {
    return resultId;
  }

  /** Every problem, in the order of the findings. */
  public List<String> problems() {
    return problems;
  }
}
