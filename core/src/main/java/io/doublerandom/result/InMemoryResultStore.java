package io.doublerandom.result;

import io.doublerandom.internal.VersionedRecords;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.spi.ResultStore;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link ResultStore}: thread-safe, ordered by id, lost when the JVM ends. */
public final class InMemoryResultStore implements ResultStore {
  private final VersionedRecords<InspectionResult> rows =
      new VersionedRecords<>("result", InspectionResult::id, InspectionResult::version);

  @Override
  public Optional<InspectionResult> find(String id) {
    return rows.find(id);
  }

  @Override
  public List<InspectionResult> byTask(String task) {
    return rows.where(r -> r.task().equals(task));
  }

  @Override
  public List<InspectionResult> byEntity(EntityId entity) {
    return rows.where(r -> r.entity().equals(entity));
  }

  @Override
  public List<InspectionResult> all() {
    return rows.all();
  }

  @Override
  public InspectionResult save(InspectionResult result) {
    return rows.save(result);
  }
}
