package io.doublerandom.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The performance target's shape (two officers plus an expert where needed, 5% declared
 * conflicts) at a quarter of its size, 2,500 visits and 500 inspectors, assigned once to show it
 * is feasible and correctly composed. The elapsed time is printed for information only: timings
 * belong to the JMH benchmark (the full 10,000 × 2,000 target took about 1 s warm and 3.6 s
 * in a cold JVM on a shared two-core development machine), never to an assertion.
 */
class ScaleTest {
  @Test
  void quarterOfThePerformanceTarget() {
    AssignmentInput input = ScaleProbe.province(1, 500, 2500);
    long t0 = System.nanoTime();
    AssignmentOutcome o = Fx.assign(AssignmentRules.standard(), input, "scale");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("assign: 2,500 visits x 500 inspectors in " + ms
        + " ms (cold JVM, informal)");
    assertTrue(o.feasible(), o::toString);
    AssignmentRecord r = ((AssignmentOutcome.Assigned) o).record();
    assertEquals(2500, r.visits().size());
    int experts = 0;
    for (AssignmentRecord.VisitTeam v : r.visits()) {
      assertEquals(2, v.team().stream().filter(m -> m.group().equals("officers")).count());
      experts += (int) v.team().stream().filter(m -> m.group().startsWith("expert:")).count();
      assertEquals(v.groups().size() - 1, v.team().size() - 2);
    }
    assertTrue(experts > 600, "about 30% of visits need an expert: " + experts);
  }
}
