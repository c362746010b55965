package io.doublerandom.plan;

import io.doublerandom.internal.VersionedRecords;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.spi.PlanStore;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory {@link PlanStore}: every version of every plan, kept for the life of the object.
 * Thread-safe.
 */
public final class InMemoryPlanStore implements PlanStore {
  private final VersionedRecords<AnnualPlan> plans = new VersionedRecords<>("plan",
      AnnualPlan::id, AnnualPlan::version,
      (p, v) -> AnnualPlan.builder().from(p).version(v).build());

  /** An empty store. */
  public InMemoryPlanStore() {}

  @Override
  public AnnualPlan save(AnnualPlan plan) {
    return plans.save(plan, p -> {}).record();
  }

  @Override
  public Optional<AnnualPlan> find(String id) {
    return plans.find(id);
  }

  @Override
  public Optional<AnnualPlan> find(String id, long version) {
    return plans.find(id, version);
  }

  @Override
  public List<AnnualPlan> history(String id) {
    return plans.history(id);
  }

  @Override
  public List<AnnualPlan> all() {
    return plans.all();
  }
}
