package io.doublerandom.testkit.contract;

import io.doublerandom.spi.Storage;
import io.doublerandom.storage.StorageBuilder;

/** The in-memory storage (the default) passes the whole storage contract. */
class InMemoryStorageContractTest extends StorageContract {
  @Override
  protected Storage createStorage() {
    return StorageBuilder.create().build();
  }
}
