package io.doublerandom.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Population;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.StatusChange;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.plan.InMemoryPlanStore;
import io.doublerandom.plan.PlanBook;
import io.doublerandom.plan.PlanFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No sequence of operations reaches an inconsistent task or plan: every operation the status
 * machine allows succeeds, every other one fails and changes nothing, and after each step the
 * records are consistent (history chain, versions, attached records, numbers never reused).
 */
class LifecyclePropertyTest {
  private static final TaskStatus[] MOVES = {TaskStatus.IN_INSPECTION,
      TaskStatus.RESULTS_ENTERED, TaskStatus.AUDITED, TaskStatus.PUBLISHED, TaskStatus.CLOSED,
      TaskStatus.OVERDUE};
  private static final Population POPULATION = TaskFixtures.population(6);
  private static final Map<String, DrawRecord> DRAWS = new HashMap<>();
  private static final Map<String, AssignmentRecord> ASSIGNMENTS = new HashMap<>();

  private static DrawRecord draw(String task) {
    return DRAWS.computeIfAbsent(task, t -> TaskFixtures.draw(t, POPULATION));
  }

  private static AssignmentRecord assignment(String task) {
    return ASSIGNMENTS.computeIfAbsent(task, t -> TaskFixtures.assign(draw(t),
        draw(t).jsonHash()));
  }

  @Test
  void noSequenceOfTaskOperationsReachesAnInconsistentState() {
    qt().withFixedSeed(20251202L).withExamples(150)
        .forAll(lists().of(integers().between(0, 10 * 4 - 1)).ofSizeBetween(1, 40))
        .checkAssert(ops -> {
          TaskFixtures fx = new TaskFixtures();
          List<String> ids = new ArrayList<>();
          ids.add(fx.book.createFromPlan("P1", "1", 1, "t0").id());
          for (int op : ops) {
            int kind = op % 10;
            String id = ids.get((op / 10) % ids.size());
            InspectionTask before = fx.tasks.find(id).orElseThrow();
            apply(fx, ids, kind, before);
            check(fx, ids);
          }
        });
  }

  private static void apply(TaskFixtures fx, List<String> ids, int kind, InspectionTask t) {
    if (kind == 0) {
      ids.add(fx.book.createFromPlan("P1", "1", 1, "t" + ids.size()).id());
      return;
    }
    TaskStatus to = kind == 1 ? TaskStatus.DRAWN : kind == 2 ? TaskStatus.ASSIGNED
        : kind == 9 ? TaskStatus.CANCELLED : MOVES[kind - 3];
    boolean allowed = TaskStatusMachine.allowed(t, to);
    try {
      InspectionTask after = switch (kind) {
        case 1 -> fx.book.recordDraw(t.id(), t.version(), POPULATION, draw(t.id()));
        case 2 -> fx.book.recordAssignment(t.id(), t.version(), assignment(t.id()));
        case 9 -> fx.book.cancel(t.id(), t.version(), "撤销");
        default -> fx.book.move(t.id(), t.version(), to, "");
      };
      assertTrue(allowed, "a move the machine refuses succeeded: " + t.status() + " -> " + to);
      assertEquals(to, after.status());
      assertEquals(t.version() + 1, after.version());
    } catch (TaskTransitionException e) {
      assertTrue(!allowed, "an allowed move failed: " + e.getMessage());
      assertEquals(t, fx.tasks.find(t.id()).orElseThrow(), "a refused move changed the task");
    }
  }

  private static void check(TaskFixtures fx, List<String> ids) {
    Set<String> numbers = new HashSet<>();
    Set<Long> sequences = new HashSet<>();
    for (InspectionTask t : fx.tasks.all()) {
      assertTrue(numbers.add(t.number()), "number reused: " + t.number());
      sequences.add(t.sequence());
      assertEquals(1 + t.history().size(), t.version());
      TaskStatus status = TaskStatus.CREATED;
      Set<TaskStatus> seen = new HashSet<>();
      InspectionTask.Builder replay = InspectionTask.builder().from(t).status(TaskStatus.CREATED)
          .history(List.of());
      List<StatusChange> so = new ArrayList<>();
      for (StatusChange c : t.history()) {
        assertEquals(status, c.from(), "history chain of " + t.id());
        InspectionTask at = replay.status(status).history(so).build();
        assertTrue(TaskStatusMachine.allowed(at, c.to()), "history step not allowed: " + c);
        so.add(c);
        status = c.to();
        seen.add(status);
      }
      assertEquals(status, t.status());
      if (seen.contains(TaskStatus.DRAWN)) {
        assertTrue(t.drawRecordHash().isPresent() && t.populationDigest().isPresent());
      } else {
        assertTrue(t.drawRecordHash().isEmpty());
      }
      assertEquals(seen.contains(TaskStatus.ASSIGNED), t.assignmentRecordHash().isPresent());
      if (t.status() == TaskStatus.CLOSED) {
        assertTrue(seen.containsAll(List.of(TaskStatus.DRAWN, TaskStatus.ASSIGNED,
            TaskStatus.IN_INSPECTION, TaskStatus.RESULTS_ENTERED, TaskStatus.AUDITED,
            TaskStatus.PUBLISHED)), "closed without every step: " + seen);
      }
      if (t.status() == TaskStatus.CANCELLED) {
        assertTrue(!seen.contains(TaskStatus.RESULTS_ENTERED), "cancelled after results");
      }
    }
    assertEquals(ids.size(), numbers.size());
    assertEquals(ids.size(), fx.sequence.last(PlanFixtures.AUTHORITY, 2025));
    for (long n = 1; n <= ids.size(); n++) {
      assertTrue(sequences.contains(n), "counter value " + n + " missing");
    }
  }

  @Test
  void noSequenceOfPlanOperationsReachesAnInconsistentPlan() {
    qt().withFixedSeed(7L).withExamples(200)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 25))
        .checkAssert(ops -> {
          InMemoryPlanStore store = new InMemoryPlanStore();
          PlanBook book = new PlanBook(store, PlanFixtures.validator(), PlanFixtures.CLOCK);
          book.create(PlanFixtures.plan("P1").build());
          int amendments = 0;
          List<AnnualPlan> seen = new ArrayList<>(store.history("P1"));
          for (int i = 0; i < ops.size(); i++) {
            AnnualPlan p = store.find("P1").orElseThrow();
            AnnualPlan renamed = AnnualPlan.builder().from(p).name("名称" + i).build();
            int op = ops.get(i);
            boolean allowed = switch (op) {
              case 0 -> p.status() == PlanStatus.DRAFT;
              case 1 -> p.status() == PlanStatus.PUBLISHED;
              case 2 -> p.status() == PlanStatus.IN_PROGRESS;
              case 3 -> p.status() == PlanStatus.PUBLISHED || p.status() == PlanStatus.IN_PROGRESS;
              default -> p.status() == PlanStatus.DRAFT;
            };
            try {
              switch (op) {
                case 0 -> book.publish("P1", p.version());
                case 1 -> book.start("P1", p.version());
                case 2 -> book.complete("P1", p.version());
                case 3 -> {
                  book.amend(renamed, "调整" + i, LocalDate.of(2025, 6, 1));
                  amendments++;
                }
                default -> book.revise(renamed);
              }
              assertTrue(allowed, "a refused operation " + op + " succeeded in " + p.status());
            } catch (IllegalStateException e) {
              assertTrue(!allowed, "an allowed operation failed: " + e.getMessage());
              assertEquals(p, store.find("P1").orElseThrow(), "a refused change saved");
            }
            AnnualPlan now = store.find("P1").orElseThrow();
            List<AnnualPlan> history = store.history("P1");
            assertEquals(history.size(), now.version());
            assertEquals(seen, history.subList(0, seen.size()), "an old version changed");
            seen = new ArrayList<>(history);
            for (int v = 0; v < history.size(); v++) {
              assertEquals(v + 1, history.get(v).version());
            }
            assertEquals(now.status() != PlanStatus.DRAFT, now.publishedOn().isPresent());
            assertEquals(amendments, now.amendments().size());
            if (now.status() == PlanStatus.DRAFT) {
              assertTrue(now.amendments().isEmpty());
            }
            for (int v = 1; v < history.size(); v++) {
              AnnualPlan a = history.get(v - 1);
              AnnualPlan b = history.get(v);
              if (a.status() != PlanStatus.DRAFT && !a.name().equals(b.name())) {
                assertEquals(a.amendments().size() + 1, b.amendments().size(),
                    "a published plan changed without an amendment");
              }
              Optional<PlanStatus> next = Optional.of(b.status());
              assertTrue(a.status() == b.status() || PlanBook.allowed(a.status(), next.get()));
            }
          }
          if (ops.isEmpty()) {
            fail("generator gave no operation");
          }
        });
  }
}
