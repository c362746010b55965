package io.doublerandom.testkit.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.ReplacementCause;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.assign.Visit;
import io.doublerandom.fixtures.Ids;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.RelationKind;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Replacements keep every rule, checked by the independent {@link RuleChecker} (formerly in
 * core's OutcomeTest).
 */
class ReplacementRulesTest {
  private static List<Inspector> officers(int n) {
    List<Inspector> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(AssignmentFixtures.officer("O" + i).build());
    }
    return out;
  }

  private static List<Visit> visits(int n) {
    List<Visit> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(AssignmentFixtures.visit("V" + k, Ids.creditCode(k)));
    }
    return out;
  }

  private static List<String> ids(List<AssignmentRecord.Member> team) {
    return team.stream().map(AssignmentRecord.Member::id).toList();
  }

  @Test
  void replacementIsTheNextEligibleByKeyAndKeepsEveryRule() {
    List<Inspector> ins = officers(5);
    ins.add(AssignmentFixtures.officer("conflicted").addConflicts(DeclaredConflict.withEntity(
        RelationKind.SELF, EntityId.parse(Ids.creditCode(0)))).build());
    List<Visit> vs = visits(2);
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withTaskCapacity(1));
    AssignmentInput input = AssignmentInput.of(ins, vs);
    AssignmentRecord r = Support.record(rules, input, "rep");
    AssignmentRecord.VisitTeam v0 = r.visit("V0").orElseThrow();
    String out = v0.team().get(0).id();
    AssignmentRecord r1 = Assignment.replace(r, input, "V0", out, ReplacementCause.CONFLICT,
        "与当事人存在利害关系").orElseThrow();
    AssignmentRecord.Replacement rep = r1.replacements().get(0);
    // the next eligible by key: not on a team (capacity 1), not conflicted
    ReferenceKeys keys = new ReferenceKeys(HexFormat.of().parseHex(r.seed()), "A1");
    java.util.Set<String> busy = new java.util.HashSet<>();
    r.visits().forEach(v -> v.team().forEach(m -> busy.add(m.id())));
    String expected = ins.stream().map(Inspector::id)
        .filter(id -> !busy.contains(id) && !id.equals("conflicted"))
        .min((a, b) -> java.util.Arrays.compareUnsigned(keys.pairKey("V0", a),
            keys.pairKey("V0", b))).orElseThrow();
    assertEquals(expected, rep.replacement());
    assertEquals("officers", rep.group());
    assertFalse(ids(r1.currentTeam("V0")).contains(out));
    assertTrue(ids(r1.currentTeam("V0")).contains(expected));
    assertEquals(List.of(), RuleChecker.violations(r1, input));
    assertTrue(Assignment.verify(r1, input).reproduces(), Assignment.verify(r1, input)::toString);
    // replacing at V1 until nobody is left: every step keeps every rule, then a value, not an
    // exception (the officer replaced for a conflict at V0 is free again for V1)
    AssignmentRecord cur = r1;
    int steps = 0;
    while (true) {
      String leaving = cur.currentTeam("V1").get(0).id();
      Optional<AssignmentRecord> next = Assignment.replace(cur, input, "V1", leaving,
          ReplacementCause.UNAVAILABLE, "病假");
      if (next.isEmpty()) {
        break;
      }
      cur = next.get();
      steps++;
      assertEquals(List.of(), RuleChecker.violations(cur, input));
      assertTrue(Assignment.verify(cur, input).reproduces());
    }
    assertTrue(steps >= 1 && steps <= 4, "steps " + steps);
    assertThrows(IllegalArgumentException.class, () -> Assignment.replace(r1, input, "V0", out,
        ReplacementCause.CONFLICT, "again"));
    assertThrows(IllegalArgumentException.class, () -> Assignment.replace(r1, input, "V0",
        expected, ReplacementCause.CONFLICT, " "));
  }
}
