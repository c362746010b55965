package io.doublerandom.jdbc;

import io.doublerandom.spi.Storage;
import io.doublerandom.testkit.contract.StorageContract;

/**
 * PostgreSQL passes the whole storage contract, races of 50 threads included. Needs {@code
 * DOUBLERANDOM_PG_URL}; fails in CI without a server, is skipped (saying so) elsewhere.
 */
class PostgresStorageContractTest extends StorageContract {
  @Override
  protected Storage createStorage() {
    return Databases.freshPg();
  }
}
