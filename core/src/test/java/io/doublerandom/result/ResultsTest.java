package io.doublerandom.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.spi.VersionConflictException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsTest {
  private static final LocalDate FORMED = LocalDate.of(2024, 9, 27);
  private static final List<Finding> CLEAN = List.of(Finding.of("ITEM-1", "R01"),
      Finding.of("ITEM-2", "R01"));

  private final ResultFixtures fx = ResultFixtures.of(3);
  private final Results results = fx.results;

  private InspectionResult entered(int i) {
    results.open(fx.record, fx.visits);
    return results.enter(ResultFixtures.id(i), 1, fx.member(i), FORMED, CLEAN);
  }

  @Test
  void openingMakesOneNotEnteredRowPerVisitWithItsTeamAndIsIdempotent() {
    List<InspectionResult> rows = results.open(fx.record, fx.visits);
    assertEquals(3, rows.size());
    for (int i = 1; i <= 3; i++) {
      InspectionResult r = results.find(ResultFixtures.id(i)).orElseThrow();
      assertEquals(ResultState.NOT_ENTERED, r.state());
      assertEquals(1, r.version());
      assertEquals(ResultFixtures.TASK, r.task());
      assertEquals(ResultFixtures.entity(i), r.entity());
      assertEquals(fx.record.currentTeam("V" + i).stream().map(m -> m.id()).toList(), r.team());
      assertEquals(List.of("ITEM-1", "ITEM-2"), List.copyOf(r.items()));
      assertEquals(ResultAction.OPENED, r.history().get(0).action());
      assertEquals("assignment:A-2024-7", r.history().get(0).actor());
    }
    assertEquals(rows, results.open(fx.record, fx.visits));
    assertEquals(3, results.countByState(ResultFixtures.TASK).get(ResultState.NOT_ENTERED));
    assertEquals(0, results.countByState(ResultFixtures.TASK).get(ResultState.PUBLISHED));
  }

  @Test
  void entryRecordsWhoWhenAndThePublicationDeadlineByTheOfficialCalendar() {
    fx.clock.advance(Duration.ofHours(3));
    InspectionResult r = entered(1);
    assertEquals(ResultState.PENDING_AUDIT, r.state());
    assertEquals(2, r.version());
    assertEquals(Optional.of(fx.member(1)), r.enteredBy());
    assertEquals(Optional.of(fx.clock.peek()), r.enteredAt());
    // 2024-09-27 (Fri) + 20 working days: 09-29 (make-up Sunday), 09-30, National Day off,
    // 10-08 … 10-11, 10-12 (make-up Saturday), then 13 more working days: 10-30.
    assertEquals(LocalDate.of(2024, 10, 30), r.deadline().orElseThrow().due());
    assertEquals(fx.calendar.version(), r.deadline().get().calendarVersion());
    assertEquals(20, r.deadline().get().workingDays());
  }

  @Test
  void thePublicationPeriodIsConfigurable() {
    ResultFixtures ten = ResultFixtures.of(1, new ResultPolicy(10));
    ten.results.open(ten.record, ten.visits);
    InspectionResult r = ten.results.enter(ResultFixtures.id(1), 1, ten.member(1), FORMED,
        CLEAN);
    assertEquals(LocalDate.of(2024, 10, 16), r.deadline().orElseThrow().due());
  }

  @Test
  void onlyATeamMemberMayEnter() {
    results.open(fx.record, fx.visits);
    String outsider = fx.outsider(1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        results.enter(ResultFixtures.id(1), 1, outsider, FORMED, CLEAN));
    assertEquals("inspector '" + outsider + "' is not on the team " + fx.results.find(
        ResultFixtures.id(1)).orElseThrow().team() + " of visit V1 and may not enter result "
        + ResultFixtures.id(1) + " (谁检查、谁录入)", e.getMessage());
    assertEquals(1, results.find(ResultFixtures.id(1)).orElseThrow().version());
  }

  @Test
  void everyProblemOfTheFindingsIsReportedWithFieldAndValue() {
    results.open(fx.record, fx.visits);
    InvalidResultException e = assertThrows(InvalidResultException.class, () ->
        results.enter(ResultFixtures.id(1), 1, fx.member(1), FORMED, List.of(
            Finding.of("ITEM-1", "R01", "R99", "R02"),
            Finding.of("ITEM-3", "R11", "R07", "R09", "R10"))));
    assertEquals(List.of(
        "findings[ITEM-1].codes: unknown result code 'R99' in catalogue doublerandom@1",
        "findings[ITEM-1].codes: result code 'R01' (未发现问题) excludes every other code, got "
            + "[R01, R02, R99]",
        "findings[ITEM-3].item: item 'ITEM-3' is not an item of the visit [ITEM-1, ITEM-2]",
        "findings[ITEM-3].deadline: result code 'R07' (发现问题，已责令限期改正) needs a correction "
            + "deadline",
        "findings[ITEM-3].text: result code 'R11' (其他情况) needs a text",
        "findings[ITEM-3].codes: result codes [R09, R10] of group 'qualification' exclude each "
            + "other",
        "findings: item 'ITEM-2' of the visit has no finding"), e.problems());
    assertTrue(e.getMessage().startsWith("result " + ResultFixtures.id(1) + " has 7 problem(s)"));
    assertEquals(ResultState.NOT_ENTERED,
        results.find(ResultFixtures.id(1)).orElseThrow().state());
  }

  @Test
  void deadlinesAndTextsAreAcceptedWhereNeededAndRejectedWhereNot() {
    results.open(fx.record, fx.visits);
    InvalidResultException e = assertThrows(InvalidResultException.class, () ->
        results.enter(ResultFixtures.id(1), 1, fx.member(1), FORMED, List.of(
            Finding.of("ITEM-1", "R02").withDeadline(FORMED.plusDays(10)),
            Finding.of("ITEM-2", "R07").withDeadline(FORMED))));
    assertEquals(List.of("findings[ITEM-1].deadline: 2024-10-07 is set but none of the codes "
        + "[R02] takes a deadline", "findings[ITEM-2].deadline: 2024-09-27 is not after the "
        + "date the result was formed, 2024-09-27"), e.problems());
    InspectionResult r = results.enter(ResultFixtures.id(1), 1, fx.member(1), FORMED, List.of(
        Finding.of("ITEM-1", "R02", "R07").withDeadline(FORMED.plusDays(10)),
        Finding.of("ITEM-2", "R11").withText("  经营范围与实际不符  ")));
    assertEquals(Optional.of("经营范围与实际不符"), r.findings().get(1).text());
    assertEquals(List.of("R02", "R07", "R11"), List.copyOf(r.codes()));
  }

  @Test
  void anAuditorNotOnTheTeamApprovesAndPublicationFollows() {
    InspectionResult r = entered(1);
    String member = fx.member(1);
    IllegalArgumentException onTeam = assertThrows(IllegalArgumentException.class, () ->
        results.approve(ResultFixtures.id(1), 2, member, "同意"));
    assertTrue(onTeam.getMessage().startsWith("auditor '" + member + "' is on the team"),
        onTeam.getMessage());
    r = results.approve(r.id(), r.version(), ResultFixtures.AUDITOR, "同意");
    assertEquals(ResultState.AUDITED, r.state());
    assertEquals(Optional.of(ResultFixtures.AUDITOR), r.auditedBy());
    r = results.publish(r.id(), r.version(), "PUB-1", LocalDate.of(2024, 10, 30));
    assertEquals(ResultState.PUBLISHED, r.state());
    assertFalse(r.late());
    assertEquals(List.of(ResultAction.OPENED, ResultAction.ENTERED, ResultAction.APPROVED,
        ResultAction.PUBLISHED), r.history().stream().map(h -> h.action()).toList());
    assertEquals(Optional.of("同意"), r.history().get(2).opinion());
  }

  @Test
  void aPublicationAfterTheDueDateIsLateAndOverdueOnesAreListed() {
    entered(1);
    entered(2);
    InspectionResult r = results.approve(ResultFixtures.id(1), 2, ResultFixtures.AUDITOR, "");
    assertEquals(List.of(), results.overduePublications(LocalDate.of(2024, 10, 30)));
    assertEquals(List.of(ResultFixtures.id(1), ResultFixtures.id(2)),
        results.overduePublications(LocalDate.of(2024, 10, 31)).stream()
            .map(InspectionResult::id).toList());
    r = results.publish(r.id(), r.version(), "PUB-1", LocalDate.of(2024, 10, 31));
    assertTrue(r.late());
    assertEquals(List.of(r), results.latePublications());
    assertEquals(List.of(ResultFixtures.id(2)),
        results.overduePublications(LocalDate.of(2024, 11, 1)).stream()
            .map(InspectionResult::id).toList());
  }

  @Test
  void transitionsOutOfOrderNameTheStates() {
    results.open(fx.record, fx.visits);
    ResultTransitionException e = assertThrows(ResultTransitionException.class, () ->
        results.publish(ResultFixtures.id(1), 1, "PUB-1", FORMED));
    assertEquals("result " + ResultFixtures.id(1) + ": cannot publish in state NOT_ENTERED "
        + "(未录入); publish needs state AUDITED (已审核)", e.getMessage());
    ResultTransitionException a = assertThrows(ResultTransitionException.class, () ->
        results.approve(ResultFixtures.id(1), 1, ResultFixtures.AUDITOR, "同意"));
    assertEquals("result " + ResultFixtures.id(1) + ": cannot approve in state NOT_ENTERED "
        + "(未录入); approve needs state PENDING_AUDIT (待审核)", a.getMessage());
    InspectionResult r = entered(2);
    r = results.approve(r.id(), r.version(), ResultFixtures.AUDITOR, "同意");
    long v = r.version();
    String member = fx.member(2);
    ResultTransitionException reenter = assertThrows(ResultTransitionException.class, () ->
        results.enter(ResultFixtures.id(2), v, member, FORMED, CLEAN.subList(0, 1)));
    assertEquals("result " + ResultFixtures.id(2) + ": cannot enter in state AUDITED (已审核); "
        + "enter needs state one of [NOT_ENTERED (未录入), PENDING_AUDIT (待审核), RETURNED (退回), "
        + "REJECTED (不通过)]", reenter.getMessage());
  }

  @Test
  void returnAndRejectNeedAnOpinionAndTheTeamEntersAgain() {
    InspectionResult r = entered(1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        results.returnForCorrection(ResultFixtures.id(1), 2, ResultFixtures.AUDITOR, " "));
    assertEquals("opinion: return of result " + ResultFixtures.id(1) + " needs an opinion, got "
        + "' '", e.getMessage());
    r = results.returnForCorrection(r.id(), r.version(), ResultFixtures.AUDITOR, "证据不全");
    assertEquals(ResultState.RETURNED, r.state());
    r = results.enter(r.id(), r.version(), fx.member(1), FORMED, List.of(
        Finding.of("ITEM-1", "R02"), Finding.of("ITEM-2", "R01")));
    r = results.reject(r.id(), r.version(), ResultFixtures.AUDITOR, "未实地检查");
    assertEquals(ResultState.REJECTED, r.state());
    r = results.enter(r.id(), r.version(), fx.member(1), FORMED, CLEAN);
    assertEquals(ResultState.PENDING_AUDIT, r.state());
    assertEquals(List.of(ResultAction.OPENED, ResultAction.ENTERED, ResultAction.RETURNED,
        ResultAction.ENTERED, ResultAction.REJECTED, ResultAction.ENTERED),
        r.history().stream().map(h -> h.action()).toList());
    assertEquals(Optional.of("证据不全"), r.history().get(2).opinion());
    assertEquals(Optional.of("formed 2024-09-27; replaces ITEM-1: R01 | ITEM-2: R01"),
        r.history().get(3).opinion());
    assertEquals(Optional.of("formed 2024-09-27; replaces ITEM-1: R02 | ITEM-2: R01"),
        r.history().get(5).opinion());
    assertEquals(r.version(), r.history().size());
  }

  @Test
  void repeatingAnEntryIsANoOpAndAStaleVersionIsAConflict() {
    InspectionResult r = entered(1);
    fx.clock.advance(Duration.ofMinutes(5));
    assertSame(r, results.enter(r.id(), 1, fx.member(1), FORMED, List.of(CLEAN.get(1),
        CLEAN.get(0))));
    VersionConflictException e = assertThrows(VersionConflictException.class, () ->
        results.enter(ResultFixtures.id(1), 1, fx.member(1), FORMED,
            List.of(Finding.of("ITEM-1", "R02"), Finding.of("ITEM-2", "R01"))));
    assertEquals(1, e.expectedVersion());
    assertEquals(2, e.actualVersion());
    assertEquals(r, results.find(r.id()).orElseThrow());
    InspectionResult a = results.approve(r.id(), 2, ResultFixtures.AUDITOR, "同意");
    assertSame(a, results.approve(r.id(), 2, ResultFixtures.AUDITOR, "同意"));
    InspectionResult p = results.publish(r.id(), 3, "PUB-1", FORMED.plusDays(3));
    assertSame(p, results.publish(r.id(), 3, "PUB-1", FORMED.plusDays(3)));
    assertThrows(IllegalArgumentException.class, () -> results.enter("no-such", 1, "O1", FORMED,
        CLEAN));
  }

  @Test
  void aReplacementAfterOpeningChangesTheTeamAsANewVersion() {
    results.open(fx.record, fx.visits);
    String out = fx.member(1);
    var team = fx.record.currentTeam("V1");
    var replaced = new io.doublerandom.assign.AssignmentRecord(fx.record.spec(),
        fx.record.manifest(), fx.record.manifestHash(), fx.record.seedSource(), fx.record.seed(),
        fx.record.visits(), List.of(new io.doublerandom.assign.AssignmentRecord.Replacement("V1",
            team.get(0).group(), out, fx.outsider(1), "官", team.get(0).key(),
            io.doublerandom.assign.ReplacementCause.UNAVAILABLE, "病假")));
    results.open(replaced, fx.visits);
    InspectionResult r = results.find(ResultFixtures.id(1)).orElseThrow();
    assertEquals(2, r.version());
    assertFalse(r.team().contains(out));
    assertEquals(ResultAction.TEAM_CHANGED, r.history().get(1).action());
    assertThrows(IllegalArgumentException.class, () -> results.enter(r.id(), 2, out, FORMED,
        CLEAN));
  }

  @Test
  void theTextOfAFindingWithAnInternalCodeIsNotPublished() {
    results.open(fx.record, fx.visits);
    InspectionResult r = results.enter(ResultFixtures.id(1), 1, fx.member(1), FORMED, List.of(
        Finding.of("ITEM-1", "R08").withText("涉嫌无证经营，线索来源保密"),
        Finding.of("ITEM-2", "R11").withText("现场无人")));
    List<Finding> shown = results.publicFindings(r);
    assertEquals(Optional.empty(), shown.get(0).text());
    assertEquals(List.of("R08"), List.copyOf(shown.get(0).codes()));
    assertEquals(Optional.of("现场无人"), shown.get(1).text());
    assertEquals(Optional.of("涉嫌无证经营，线索来源保密"), r.findings().get(0).text());
  }
}
