package io.doublerandom.testkit;

import io.doublerandom.plan.InMemoryPlanStore;
import io.doublerandom.spi.PlanStore;
import io.doublerandom.spi.TaskNumberSequence;
import io.doublerandom.spi.TaskStore;
import io.doublerandom.task.InMemoryTaskNumberSequence;
import io.doublerandom.task.InMemoryTaskStore;
import org.junit.jupiter.api.Nested;

/** The in-memory plan and task stores and counters pass their contracts. */
class InMemoryStoresContractTest {
  @Nested
  class Plans extends PlanStoreContract {
    @Override
    protected PlanStore newStore() {
      return new InMemoryPlanStore();
    }
  }

  @Nested
  class Tasks extends TaskStoreContract {
    @Override
    protected TaskStore newStore() {
      return new InMemoryTaskStore();
    }
  }

  @Nested
  class Numbers extends TaskNumberSequenceContract {
    @Override
    protected TaskNumberSequence newSequence() {
      return new InMemoryTaskNumberSequence();
    }
  }
}
