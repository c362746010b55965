package io.doublerandom.testkit.contract;

import io.doublerandom.feedback.InMemoryVisitFeedbackStore;
import io.doublerandom.spi.VisitFeedbackStore;

/** The in-memory store passes the visit feedback store contract. */
class InMemoryVisitFeedbackStoreContractTest extends VisitFeedbackStoreContract {
  @Override
  protected VisitFeedbackStore newStore() {
    return new InMemoryVisitFeedbackStore();
  }
}
