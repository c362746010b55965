package io.doublerandom.examples;

import io.doublerandom.spi.Storage;
import io.doublerandom.storage.StorageBuilder;
import io.doublerandom.testkit.contract.StorageContract;

/**
 * How an integrator runs the storage contract suite against their own provider: extend {@link
 * StorageContract} and return a new, empty storage from {@link #createStorage()}. All 19 tests of
 * the suite run here against {@link AuditedStorage}.
 */
class StorageContractExampleTest extends StorageContract {
  @Override
  protected Storage createStorage() {
    return new AuditedStorage(StorageBuilder.create().build());
  }
}
