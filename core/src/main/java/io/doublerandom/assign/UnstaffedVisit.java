package io.doublerandom.assign;

import java.util.List;
import java.util.Objects;

/**
 * A visit that cannot be staffed, with the numbers that explain why (spec section 8.3).
 *
 * @param visit the visit id
 * @param task the task number
 * @param entity the entity id
 * @param cause whether the visit cannot be staffed even alone, or only together with the visits
 *     before it in visit order (capacity)
 * @param pool the number of inspectors no rule removed
 * @param removed how many inspectors each rule removed, every rule in rule order
 * @param groups each slot group's demand and number of eligible inspectors
 */
public record UnstaffedVisit(String visit, String task, String entity, Cause cause, int pool,
    List<AssignmentRecord.RuleCount> removed, List<AssignmentRecord.GroupCount> groups) {

  /** Why a visit cannot be staffed. */
  public enum Cause {
    /** Even alone, the eligible inspectors cannot fill every slot of the visit. */
    TOO_FEW_ELIGIBLE,
    /**
     * Alone it could be staffed, but not together with the visits staffed before it: the
     * capacities of the inspectors it shares with them are used up.
     */
    CAPACITY
  }

  /** Copies the lists. */
  public UnstaffedVisit {
    Objects.requireNonNull(cause, "cause");
    removed = List.copyOf(removed);
    groups = List.copyOf(groups);
  }

  /** One line: the visit, the cause, the pool, the removals and the groups. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("visit ").append(visit).append(" (task ").append(task).append(", entity ")
        .append(entity).append("): ").append(cause == Cause.CAPACITY
            ? "capacity used up by earlier visits" : "too few eligible inspectors")
        .append("; removed");
    for (AssignmentRecord.RuleCount r : removed) {
      if (r.count() > 0) {
        b.append(' ').append(r.rule().token()).append('=').append(r.count());
      }
    }
    b.append("; pool ").append(pool);
    for (AssignmentRecord.GroupCount g : groups) {
      b.append("; ").append(g.group()).append(' ').append(g.eligible()).append(" eligible for ")
          .append(g.demand());
    }
    return b.toString();
  }
}
