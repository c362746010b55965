package io.doublerandom.spi;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.result.InspectionResult;
import java.util.List;
import java.util.Optional;

/**
 * Where inspection results are kept, one record per task and entity, with optimistic
 * concurrency.
 *
 * <p>{@link #save} semantics (the contract suite {@code ResultStoreContract} in {@code
 * doublerandom-testkit} checks them): a new record is saved with version 1; a change is saved
 * with the stored version + 1; a record equal to the stored one is a no-op; any other version
 * throws {@link VersionConflictException} and writes nothing. Queries return records sorted by
 * id. Implementations are safe for concurrent use.
 */
public interface ResultStore {
  /** The result {@code id}, if stored. */
  Optional<InspectionResult> find(String id);

  /** The results of task {@code task}, sorted by id. */
  List<InspectionResult> byTask(String task);

  /** The results on {@code entity}, sorted by id. */
  List<InspectionResult> byEntity(EntityId entity);

  /** Every result, sorted by id. */
  List<InspectionResult> all();

  /**
   * Saves a new record (version 1) or the next version of a stored one.
   *
   * @return the stored record
   * @throws VersionConflictException if the version is neither 1 for a new record, nor the stored
   *     version + 1, nor the stored record itself
   */
  InspectionResult save(InspectionResult result);
}
