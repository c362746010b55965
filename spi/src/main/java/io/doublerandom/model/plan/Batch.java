package io.doublerandom.model.plan;

import io.doublerandom.model.DateRange;
import java.util.Objects;

/**
 * One batch of a plan item (批次): plans are drawn batch by batch, each inside its date window.
 *
 * @param number the batch number, from 1, unique in its item
 * @param window the dates in which the batch's tasks are drawn and inspected
 */
public record Batch(int number, DateRange window) {
  /** Validates the fields. */
  public Batch {
    Fields.require(number >= 1, "batch number", number, "must be at least 1");
    Objects.requireNonNull(window, "window of batch " + number);
  }
}
