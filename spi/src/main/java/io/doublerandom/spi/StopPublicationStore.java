package io.doublerandom.spi;

import io.doublerandom.model.result.StopPublicationApplication;
import java.util.List;
import java.util.Optional;

/**
 * Where applications to stop publishing a result (停止公示) are kept, with the same optimistic
 * concurrency as {@link ResultStore}. Queries return records sorted by id; implementations are
 * safe for concurrent use.
 */
public interface StopPublicationStore {
  /** The application {@code id}, if stored. */
  Optional<StopPublicationApplication> find(String id);

  /** The applications for result {@code resultId}, sorted by id. */
  List<StopPublicationApplication> byResult(String resultId);

  /** Every application, sorted by id. */
  List<StopPublicationApplication> all();

  /**
   * Saves a new record (version 1) or the next version of a stored one; the stored record itself
   * is a no-op.
   *
   * @throws VersionConflictException for any other version
   */
  StopPublicationApplication save(StopPublicationApplication application);
}
