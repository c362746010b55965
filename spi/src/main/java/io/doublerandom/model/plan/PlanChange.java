package io.doublerandom.model.plan;

/**
 * One difference between two versions of a plan, as an amendment lists it.
 *
 * @param field what changed, for example {@code "item 2 sampling"} or {@code "period"}
 * @param before the value before, as text ({@code ""} when the thing was added)
 * @param after the value after, as text ({@code ""} when the thing was removed)
 */
public record PlanChange(String field, String before, String after) {
  /** Validates the fields. */
  public PlanChange {
    Fields.text(field, "changed field");
    java.util.Objects.requireNonNull(before, "before");
    java.util.Objects.requireNonNull(after, "after");
    Fields.require(!before.equals(after), "change of " + field, before,
        "must differ before and after");
  }
}
