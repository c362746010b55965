package io.doublerandom.ledger;

import java.util.List;

/**
 * A read found stored data that is not what was written: a ledger whose chain does not verify,
 * or a record whose bytes do not hash to its address. Every problem found is listed.
 */
public final class LedgerIntegrityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<LedgerProblem> problems;

  /** An exception listing {@code problems} (at least one). */
  public LedgerIntegrityException(List<LedgerProblem> problems) {
    super(problems.size() + " integrity problem" + (problems.size() == 1 ? "" : "s") + ": "
        + String.join("; ", problems.stream().map(LedgerProblem::message).toList()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<LedgerProblem> problems() {
    return problems;
  }
}
