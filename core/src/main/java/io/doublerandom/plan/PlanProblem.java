package io.doublerandom.plan;

import java.util.Objects;

/**
 * One problem of a plan found by validation: the field, its value and what is wrong.
 *
 * @param field the field, as a path such as {@code "item 2 ratio of class A"}
 * @param value the offending value, as text
 * @param problem what is wrong with it
 */
public record PlanProblem(String field, String value, String problem) {
  /** Validates the fields. */
  public PlanProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
  }

  /** {@code field 'value': problem}. */
  @Override
  public String toString() {
    return field + " '" + value + "': " + problem;
  }
}
