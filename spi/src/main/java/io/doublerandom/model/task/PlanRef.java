package io.doublerandom.model.task;

/**
 * The plan item and batch a planned task comes from.
 *
 * @param planId the plan's id
 * @param planVersion the plan's record version the task was created from
 * @param itemId the plan item's id
 * @param batch the batch number
 */
public record PlanRef(String planId, long planVersion, String itemId, int batch) {
  /** Validates the fields. */
  public PlanRef {
    Fields.text(planId, "plan id");
    Fields.require(planVersion >= 1, "plan version", planVersion, "must be at least 1");
    Fields.text(itemId, "plan item id");
    Fields.require(batch >= 1, "batch", batch, "must be at least 1");
  }
}
