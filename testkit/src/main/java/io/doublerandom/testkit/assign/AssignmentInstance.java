package io.doublerandom.testkit.assign;

import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentRules;
import java.util.Objects;

/**
 * An assignment instance: the frozen inputs and the rules.
 *
 * @param input the inspectors, visits and history
 * @param rules the rules
 */
public record AssignmentInstance(AssignmentInput input, AssignmentRules rules) {
  /** Validates the fields. */
  public AssignmentInstance {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(rules, "rules");
  }
}
