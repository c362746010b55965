package io.doublerandom.testkit.contract;

import io.doublerandom.followup.InMemoryFollowUpStore;
import io.doublerandom.spi.FollowUpStore;

/** The in-memory follow-up store passes the contract. */
class InMemoryFollowUpStoreTest extends FollowUpStoreContract {
  @Override
  protected FollowUpStore newStore() {
    return new InMemoryFollowUpStore();
  }
}
