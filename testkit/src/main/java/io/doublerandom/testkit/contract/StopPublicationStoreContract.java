package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.spi.StopPublicationStore;
import io.doublerandom.spi.VersionConflictException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link StopPublicationStore}: the optimistic versions of every store and
 * queries sorted by id. Extend it with {@link #newStore()} returning an empty store.
 */
public abstract class StopPublicationStoreContract {
  /** A new, empty store. */
  protected abstract StopPublicationStore newStore();

  @Test
  void applicationsAreVersionedAndFoundByResult() {
    StopPublicationStore s = newStore();
    StopPublicationApplication a = s.save(ResultRecords.application("R/2#stop-1", "R/2", 1));
    s.save(ResultRecords.application("R/1#stop-1", "R/1", 1));
    assertEquals(a, s.save(ResultRecords.application("R/2#stop-1", "R/2", 1)));
    StopPublicationApplication f = s.save(ResultRecords.refused(a));
    assertEquals(Optional.of(f), s.find(a.id()));
    VersionConflictException e = assertThrows(VersionConflictException.class, () ->
        s.save(ResultRecords.refused(a, "材料不全")));
    assertEquals(2, e.actualVersion());
    assertEquals(1, e.expectedVersion());
    assertEquals(List.of(f), s.byResult("R/2"));
    assertEquals(List.of("R/1#stop-1", "R/2#stop-1"),
        s.all().stream().map(StopPublicationApplication::id).toList());
    assertThrows(VersionConflictException.class, () -> s.save(ResultRecords.refused(
        ResultRecords.application("R/3#stop-1", "R/3", 1))));
    assertEquals(Optional.empty(), s.find("R/3#stop-1"));
  }
}
