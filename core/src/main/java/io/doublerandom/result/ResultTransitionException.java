package io.doublerandom.result;

import io.doublerandom.model.result.ResultState;
import java.util.Set;

/**
 * An operation that the result's state does not allow (a transition out of order), for example
 * publishing a result not yet audited. Nothing was saved.
 */
public final class ResultTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final String resultId;
  private final String operation;
  private final ResultState state;

  ResultTransitionException(String resultId, String operation, ResultState state,
      Set<ResultState> allowed) {
    super("result " + resultId + ": cannot " + operation + " in state " + state + "; "
        + operation + " needs state " + (allowed.size() == 1 ? allowed.iterator().next()
        : "one of " + allowed));
    this.resultId = resultId;
    this.operation = operation;
    this.state = state;
  }

  /** The result's id. */
  public String resultId() {
    return resultId;
  }

  /** The operation refused. */
  public String operation() {
    return operation;
  }

  /** The state it was refused in. */
  public ResultState state() {
    return state;
  }
}
