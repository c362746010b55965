package io.doublerandom.result;

import io.doublerandom.internal.VersionedRecords;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.spi.StopPublicationStore;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link StopPublicationStore}: thread-safe, ordered by id. */
public final class InMemoryStopPublicationStore implements StopPublicationStore {
  private final VersionedRecords<StopPublicationApplication> rows = new VersionedRecords<>(
      "stop-publication application", StopPublicationApplication::id,
      StopPublicationApplication::version);

  @Override
  public Optional<StopPublicationApplication> find(String id) {
    return rows.find(id);
  }

  @Override
  public List<StopPublicationApplication> byResult(String resultId) {
    return rows.where(a -> a.result().equals(resultId));
  }

  @Override
  public List<StopPublicationApplication> all() {
    return rows.all();
  }

  @Override
  public StopPublicationApplication save(StopPublicationApplication application) {
    return rows.save(application);
  }
}
