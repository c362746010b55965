package io.doublerandom.testkit.contract;

import io.doublerandom.result.InMemoryResultStore;
import io.doublerandom.spi.ResultStore;

/** The in-memory result store passes the contract. */
class InMemoryResultStoreTest extends ResultStoreContract {
  @Override
  protected ResultStore newStore() {
    return new InMemoryResultStore();
  }
}
