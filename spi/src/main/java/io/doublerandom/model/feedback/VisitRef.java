package io.doublerandom.model.feedback;

import io.doublerandom.model.EntityId;
import java.util.Objects;

/**
 * A visit: one inspection of one entity under one task (a joint visit covering several tasks is
 * referred to by the task number of its lead task).
 *
 * @param taskNumber the task number, for example {@code 晋市监抽查〔2025〕12号}
 * @param entity the entity visited
 */
public record VisitRef(String taskNumber, EntityId entity) implements Comparable<VisitRef> {
  /** Validates the fields. */
  public VisitRef {
    if (taskNumber == null || taskNumber.isBlank() || !taskNumber.equals(taskNumber.strip())) {
      throw new IllegalArgumentException("taskNumber of a visit must be non-blank text without "
          + "surrounding spaces, got '" + taskNumber + "'");
    }
    Objects.requireNonNull(entity, "entity of visit " + taskNumber);
  }

  /** Orders by task number, then entity id. */
  @Override
  public int compareTo(VisitRef o) {
    int c = taskNumber.compareTo(o.taskNumber);
    return c != 0 ? c : entity.compareTo(o.entity);
  }

  @Override
  public String toString() {
    return taskNumber + "/" + entity.value();
  }
}
