package io.doublerandom.assign;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Assignment#assign}: either every visit is staffed, or nothing is and the
 * report names every visit that could not be staffed.
 */
public sealed interface AssignmentOutcome {
  /** Whether every visit was staffed. */
  boolean feasible();

  /**
   * Every visit is staffed.
   *
   * @param record the assignment record
   */
  record Assigned(AssignmentRecord record) implements AssignmentOutcome {
    /** Validates the record. */
    public Assigned {
      Objects.requireNonNull(record, "record");
    }

    @Override
    public boolean feasible() {
      return true;
    }
  }

  /**
   * No assignment satisfies every rule; nothing was assigned.
   *
   * @param manifest the manifest of the attempt
   * @param seed the seed used, 64 hex digits
   * @param unstaffed the visits that cannot be staffed, in visit order (spec section 8.3)
   */
  record Infeasible(AssignmentManifest manifest, String seed, List<UnstaffedVisit> unstaffed)
      implements AssignmentOutcome {
    /** Copies the list. */
    public Infeasible {
      Objects.requireNonNull(manifest, "manifest");
      unstaffed = List.copyOf(unstaffed);
    }

    @Override
    public boolean feasible() {
      return false;
    }

    /** One line per unstaffed visit. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("no feasible assignment; ").append(unstaffed.size())
          .append(" visit(s) cannot be staffed:\n");
      unstaffed.forEach(u -> b.append(u).append('\n'));
      return b.toString();
    }
  }
}
