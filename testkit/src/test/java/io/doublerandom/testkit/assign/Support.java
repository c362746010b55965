package io.doublerandom.testkit.assign;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.testkit.stats.Seeds;
import java.util.HexFormat;

/** Assigning with a labelled seed, and the draw seed of an outcome. */
final class Support {
  private Support() {}

  static AssignmentOutcome assign(AssignmentInstance in, String label) {
    AssignmentManifest m = AssignmentManifest.create("A1", "", in.rules(), SeedPlan.recorded(),
        in.input());
    return Assignment.assign(m, Seeds.labelled(label, 1).recorded(0), in.input());
  }

  static AssignmentRecord record(AssignmentRules rules, AssignmentInput input, String label) {
    AssignmentOutcome o = assign(new AssignmentInstance(input, rules), label);
    if (o instanceof AssignmentOutcome.Assigned a) {
      return a.record();
    }
    throw new AssertionError("expected a feasible assignment: " + o);
  }

  static byte[] seedOf(AssignmentOutcome o) {
    String hex = o instanceof AssignmentOutcome.Assigned a ? a.record().seed()
        : ((AssignmentOutcome.Infeasible) o).seed();
    return HexFormat.of().parseHex(hex);
  }
}
