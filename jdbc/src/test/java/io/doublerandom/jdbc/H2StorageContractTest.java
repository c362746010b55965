package io.doublerandom.jdbc;

import io.doublerandom.spi.Storage;
import io.doublerandom.testkit.contract.StorageContract;

/** Embedded H2 (file mode) passes the whole storage contract, races of 50 threads included. */
class H2StorageContractTest extends StorageContract {
  @Override
  protected Storage createStorage() {
    return Databases.freshH2();
  }
}
