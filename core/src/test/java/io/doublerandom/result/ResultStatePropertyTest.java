package io.doublerandom.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultEvent;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.model.result.StopPublicationState;
import io.doublerandom.spi.VersionConflictException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No sequence of operations — allowed or refused — reaches an inconsistent result: a published
 * result always has an audit by someone off the team after its last entry, the history chains
 * state to state with one step per version, a refused operation changes nothing.
 */
class ResultStatePropertyTest {
  private static final LocalDate FORMED = LocalDate.of(2024, 9, 27);
  private static final List<List<Finding>> ENTRIES = List.of(
      List.of(Finding.of("ITEM-1", "R01"), Finding.of("ITEM-2", "R01")),
      List.of(Finding.of("ITEM-1", "R02", "R06"), Finding.of("ITEM-2", "R09")),
      List.of(Finding.of("ITEM-1", "R07").withDeadline(FORMED.plusDays(30)),
          Finding.of("ITEM-2", "R11").withText("其他")),
      // invalid ones
      List.of(Finding.of("ITEM-1", "R01", "R02"), Finding.of("ITEM-2", "R01")),
      List.of(Finding.of("ITEM-1", "R07"), Finding.of("ITEM-2", "R99")),
      List.of(Finding.of("ITEM-1", "R01")));

  @Test
  void noSequenceOfOperationsReachesAnInconsistentState() {
    java.util.EnumSet<ResultState> reached = java.util.EnumSet.noneOf(ResultState.class);
    qt().withFixedSeed(20241001L).withExamples(150)
        .forAll(lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 40))
        .checkAssert(ops -> {
          ResultFixtures fx = ResultFixtures.of(2);
          Results results = fx.results;
          StopPublications stops = new StopPublications(results,
              new InMemoryStopPublicationStore(), StopPublicationPolicy.defaults()
                  .withCode("R01", java.time.Period.ofDays(10)));
          results.open(fx.record, fx.visits);
          for (int op : ops) {
            int visit = 1 + (op / 10) % 2;
            String id = ResultFixtures.id(visit);
            InspectionResult before = results.find(id).orElseThrow();
            boolean stale = (op / 20) % 5 == 0;
            long v = stale ? before.version() - 1 : before.version();
            int p = (op / 100) % 100;
            fx.clock.advance(Duration.ofMinutes(1));
            try {
              switch (op % 10) {
                case 0, 1 -> results.enter(id, v, fx.member(visit), FORMED,
                    ENTRIES.get(p % ENTRIES.size()));
                case 2 -> results.enter(id, v, fx.outsider(visit), FORMED, ENTRIES.get(0));
                case 3 -> results.approve(id, v, p % 3 == 0 ? fx.member(visit)
                    : ResultFixtures.AUDITOR, "同意");
                case 4 -> results.returnForCorrection(id, v, ResultFixtures.AUDITOR,
                    p % 2 == 0 ? "" : "补充证据");
                case 5 -> results.reject(id, v, ResultFixtures.AUDITOR, "不通过");
                case 6 -> results.publish(id, v, "PUB-1", FORMED.plusDays(p - 5));
                case 7 -> {
                  LocalDate day = before.publishedOn().orElse(FORMED).plusDays(p);
                  StopPublicationApplication a = stops.apply(id, ResultFixtures.entity(visit),
                      day, "申请");
                  if (p % 2 == 0) {
                    stops.grant(a.id(), a.version(), "PUB-1", day, day.plusDays(p % 7), "准予");
                  } else {
                    stops.refuse(a.id(), a.version(), "PUB-1", day, "不予");
                  }
                }
                case 8 -> results.open(fx.record, fx.visits);
                default -> results.enter(id, v, fx.member(visit), FORMED.plusDays(p),
                    ENTRIES.get(p % 3));
              }
            } catch (IllegalArgumentException | IllegalStateException
                | VersionConflictException e) {
              assertEquals(before, results.find(id).orElseThrow(), "a refused " + (op % 10)
                  + " changed the result: " + e.getMessage());
            }
            for (InspectionResult r : results.store().all()) {
              consistent(fx, r, stops.of(r.id()));
              reached.add(r.state());
            }
          }
        });
    assertEquals(java.util.EnumSet.allOf(ResultState.class), reached,
        "the sequences reach every state");
  }

  private static void consistent(ResultFixtures fx, InspectionResult r,
      List<StopPublicationApplication> applications) {
    List<ResultEvent> h = r.history();
    assertEquals(r.version(), h.size(), "one history step per version");
    assertEquals(ResultAction.OPENED, h.get(0).action());
    assertEquals(ResultState.NOT_ENTERED, h.get(0).from());
    for (int i = 1; i < h.size(); i++) {
      assertEquals(h.get(i - 1).to(), h.get(i).from(), "history chains at step " + i);
      assertFalse(h.get(i).at().isBefore(h.get(i - 1).at()), "history in time order");
    }
    assertEquals(r.state(), h.get(h.size() - 1).to());
    Set<ResultState> entered = Set.of(ResultState.PENDING_AUDIT, ResultState.RETURNED,
        ResultState.REJECTED, ResultState.AUDITED, ResultState.PUBLISHED, ResultState.WITHDRAWN);
    if (r.state() == ResultState.NOT_ENTERED) {
      assertTrue(r.findings().isEmpty() && r.enteredBy().isEmpty() && r.deadline().isEmpty());
    } else {
      assertTrue(entered.contains(r.state()));
      assertTrue(r.team().contains(r.enteredBy().orElseThrow()), "entered by the team");
      assertEquals(List.of(), FindingRules.check(fx.results.catalogue(), r.items(),
          r.findings(), r.deadline().orElseThrow().formedOn()), "valid findings");
    }
    for (ResultEvent e : h) {
      switch (e.action()) {
        case ENTERED -> assertTrue(r.team().contains(e.actor()));
        case APPROVED, RETURNED, REJECTED -> assertFalse(r.team().contains(e.actor()));
        default -> { }
      }
    }
    boolean audited = r.state() == ResultState.AUDITED || r.state() == ResultState.PUBLISHED
        || r.state() == ResultState.WITHDRAWN;
    assertEquals(audited, r.auditedBy().isPresent());
    if (audited) {
      int lastEntry = -1;
      int lastApproval = -1;
      for (int i = 0; i < h.size(); i++) {
        if (h.get(i).action() == ResultAction.ENTERED) {
          lastEntry = i;
        } else if (h.get(i).action() == ResultAction.APPROVED) {
          lastApproval = i;
        }
      }
      assertTrue(lastEntry >= 0 && lastApproval > lastEntry, "audited after the last entry");
      assertFalse(r.team().contains(r.auditedBy().get()));
    }
    boolean published = r.state() == ResultState.PUBLISHED
        || r.state() == ResultState.WITHDRAWN;
    assertEquals(published, r.publishedOn().isPresent());
    if (published) {
      assertFalse(r.publishedOn().get().isBefore(r.deadline().orElseThrow().formedOn()));
    }
    assertEquals(r.state() == ResultState.WITHDRAWN, r.withdrawnFrom().isPresent());
    long granted = applications.stream()
        .filter(a -> a.state() == StopPublicationState.GRANTED).count();
    assertEquals(r.state() == ResultState.WITHDRAWN ? 1 : 0, granted);
    if (r.state() == ResultState.WITHDRAWN) {
      assertFalse(r.withdrawnFrom().get().isBefore(r.publishedOn().get()));
      assertEquals(Optional.of(r.withdrawnFrom().get()), applications.stream()
          .filter(a -> a.state() == StopPublicationState.GRANTED).findFirst()
          .flatMap(StopPublicationApplication::withdrawnFrom));
    }
    for (StopPublicationApplication a : applications) {
      assertFalse(a.appliedOn().isBefore(a.earliest()), "applied after the minimum period");
    }
  }
}
