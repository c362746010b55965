package io.doublerandom.testkit.contract;

import io.doublerandom.result.InMemoryStopPublicationStore;
import io.doublerandom.spi.StopPublicationStore;

/** The in-memory stop-publication store passes the contract. */
class InMemoryStopPublicationStoreTest extends StopPublicationStoreContract {
  @Override
  protected StopPublicationStore newStore() {
    return new InMemoryStopPublicationStore();
  }
}
