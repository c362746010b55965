package io.doublerandom.spi;

import io.doublerandom.model.plan.AnnualPlan;
import java.util.List;
import java.util.Optional;

/**
 * Where annual plans are kept, every version of each: the current one and all before it stay
 * readable (an amended plan's old version is still what was published then).
 *
 * <p>Optimistic concurrency: {@link #save} of a plan with version {@code v} succeeds when the
 * store holds version {@code v - 1} of it (or nothing, for {@code v = 1}); saving content equal to
 * the stored version (whatever version the caller wrote, {@code v} or {@code v - 1} with the same
 * other fields) is a no-op; anything else is a {@link VersionConflictException} and nothing is
 * written. Implementations are safe for concurrent use. The in-memory default is {@code
 * io.doublerandom.plan.InMemoryPlanStore}.
 */
public interface PlanStore {
  /**
   * Saves {@code plan} as the next version of its id, or does nothing if the stored version has
   * the same content.
   *
   * @return the plan as stored
   * @throws VersionConflictException if the stored version is not {@code plan.version() - 1}
   */
  AnnualPlan save(AnnualPlan plan);

  /** The current version of the plan with this id. */
  Optional<AnnualPlan> find(String id);

  /** One version of the plan with this id. */
  Optional<AnnualPlan> find(String id, long version);

  /** Every version of the plan with this id, oldest first; empty if there is none. */
  List<AnnualPlan> history(String id);

  /** The current version of every plan, in id order. */
  List<AnnualPlan> all();
}
