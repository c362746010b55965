package io.doublerandom.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.followup.DisposalState;
import io.doublerandom.model.followup.ReferralState;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.result.ResultFixtures;
import io.doublerandom.result.Results;
import io.doublerandom.spi.VersionConflictException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
  private static final LocalDate FORMED = LocalDate.of(2024, 9, 27);
  private static final LocalDate ON = LocalDate.of(2024, 10, 8);

  private final ResultFixtures fx = ResultFixtures.of(4);
  private final InMemoryCaseHandlingGateway caseSystem = new InMemoryCaseHandlingGateway();
  private final FollowUps followUps = new FollowUps(fx.results, new InMemoryFollowUpStore(),
      caseSystem, DisposalDefaults.defaults());

  private InspectionResult audited(int i, Finding... findings) {
    Results r = fx.results;
    r.open(fx.record, fx.visits);
    InspectionResult x = r.enter(ResultFixtures.id(i), 1, fx.member(i), FORMED,
        List.of(findings));
    return r.approve(x.id(), x.version(), ResultFixtures.AUDITOR, "同意");
  }

  @Test
  void theDefaultsFollowTheResultCodes() {
    InspectionResult r = audited(1, Finding.of("ITEM-1", "R03"),
        Finding.of("ITEM-2", "R07").withDeadline(LocalDate.of(2024, 11, 1)));
    List<Disposal> opened = followUps.openDefaults(r.id(), "O9", ON);
    assertEquals(List.of(DisposalKind.ABNORMAL_LIST, DisposalKind.CORRECT_BY_DEADLINE),
        opened.stream().map(Disposal::kind).toList());
    assertEquals(Optional.of(ON), opened.get(0).listingDate());
    assertEquals(Optional.of("R03"), opened.get(0).resultCode());
    assertEquals(Optional.of(LocalDate.of(2024, 11, 1)), opened.get(1).deadline());
    assertEquals(List.of(), followUps.openDefaults(r.id(), "O9", ON));
    InspectionResult clean = audited(2, Finding.of("ITEM-1", "R01"), Finding.of("ITEM-2",
        "R09"));
    List<Disposal> none = followUps.openDefaults(clean.id(), "O9", ON);
    assertEquals(1, none.size());
    assertEquals(DisposalKind.NONE, none.get(0).kind());
    assertEquals(DisposalState.CLOSED, none.get(0).state());
  }

  @Test
  void defaultsAreConfigurablePerCode() {
    FollowUps custom = new FollowUps(fx.results, new InMemoryFollowUpStore(), caseSystem,
        DisposalDefaults.defaults().withCode("R02", List.of(DisposalKind.CORRECT_IMMEDIATELY,
            DisposalKind.CASE_REFERRAL)));
    InspectionResult r = audited(1, Finding.of("ITEM-1", "R02"), Finding.of("ITEM-2", "R01"));
    assertEquals(List.of(DisposalKind.CORRECT_IMMEDIATELY, DisposalKind.CASE_REFERRAL),
        custom.openDefaults(r.id(), "O9", ON).stream().map(Disposal::kind).toList());
  }

  @Test
  void aReferralGoesOutAndTheCaseAndDecisionComeBackLinkedBothWays() {
    InspectionResult r = audited(1, Finding.of("ITEM-1", "R08").withText("涉嫌无证经营"),
        Finding.of("ITEM-2", "R01"));
    Disposal d = followUps.openDefaults(r.id(), "O9", ON).get(0);
    assertEquals(DisposalKind.CASE_REFERRAL, d.kind());
    CaseReferral sent = caseSystem.received().get(0);
    assertEquals(d.referral(), Optional.of(sent.id()));
    assertEquals(ResultFixtures.TASK, sent.task());
    assertEquals(r.entity(), sent.entity());
    assertEquals("ITEM-1: R08 发现问题，待后续调查处理 — 涉嫌无证经营", sent.finding());
    assertEquals("disposal " + d.id() + " cannot close: its referral is SENT, not yet DECIDED "
        + "or DECLINED by the case-handling system", assertThrows(IllegalStateException.class,
        () -> followUps.close(d.id(), 1, "O9", ON, "结案")).getMessage());
    caseSystem.openCase(sent.id(), "晋市监立〔2024〕31号", LocalDate.of(2024, 10, 12));
    caseSystem.decide(sent.id(), "晋市监罚〔2024〕88号", LocalDate.of(2024, 12, 2));
    assertEquals(2, followUps.sync().size());
    assertEquals(List.of(), followUps.sync());
    CaseReferral ref = followUps.referrals(ResultFixtures.TASK, r.entity()).get(0);
    assertEquals(ReferralState.DECIDED, ref.state());
    assertEquals(Optional.of("晋市监立〔2024〕31号"), ref.caseNumber());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 2)), ref.decisionDate());
    assertEquals(Optional.of(ref), followUps.referralByDecision("晋市监罚〔2024〕88号"));
    assertEquals(Optional.of(ref), followUps.referralByCaseNumber("晋市监立〔2024〕31号"));
    Disposal closed = followUps.close(d.id(), 1, "O9", LocalDate.of(2024, 12, 3),
        "行政处罚 晋市监罚〔2024〕88号");
    assertEquals(DisposalState.CLOSED, closed.state());
    assertEquals(closed, followUps.close(d.id(), 1, "O9", LocalDate.of(2024, 12, 3),
        "行政处罚 晋市监罚〔2024〕88号"));
  }

  @Test
  void anOrderLackingWhatItsKindNeedsIsRefusedWithEveryProblem() {
    InspectionResult r = audited(1, Finding.of("ITEM-1", "R02"), Finding.of("ITEM-2", "R01"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        followUps.open(r.id(), DisposalOrder.none().forCode("R05"), "O9", ON));
    assertEquals("disposal of result " + r.id() + " has 2 problem(s): resultCode: result "
        + r.id() + " has no code 'R05' (it has [R01, R02]); kind: NONE (无需后续处置) is not "
        + "allowed for result " + r.id() + " with the problem codes [R02]", e.getMessage());
    assertEquals("disposal of result " + r.id() + " has 1 problem(s): deadline: "
        + "CORRECT_BY_DEADLINE (责令限期改正) needs a deadline", assertThrows(
        IllegalArgumentException.class, () -> followUps.open(r.id(),
            new DisposalOrder(DisposalKind.CORRECT_BY_DEADLINE, null, null, null, null, null),
            "O9", ON)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> followUps.open(r.id(),
        DisposalOrder.notifyDepartment(" "), "O9", ON));
    assertThrows(IllegalArgumentException.class, () -> followUps.open(r.id(),
        DisposalOrder.other(null), "O9", ON));
    Disposal n = followUps.open(r.id(), DisposalOrder.notifyDepartment("县税务局"), "O9", ON);
    assertEquals(Optional.of("县税务局"), n.department());
    Disposal k = followUps.open(r.id(), DisposalOrder.disciplineReferral("检查人员索要财物"), "O9",
        ON);
    assertEquals(DisposalKind.DISCIPLINE_REFERRAL, k.kind());
    assertEquals(r.id() + "#2", k.id());
  }

  @Test
  void onlyAnAuditedResultIsDisposedOf() {
    fx.results.open(fx.record, fx.visits);
    assertEquals("result " + ResultFixtures.id(3) + ": cannot dispose in state NOT_ENTERED "
        + "(未录入); disposal needs one of [AUDITED (已审核), PUBLISHED (已公示), WITHDRAWN (已停止公示)]",
        assertThrows(IllegalStateException.class, () -> followUps.openDefaults(
            ResultFixtures.id(3), "O9", ON)).getMessage());
  }

  @Test
  void overdueCorrectionsAreListedUntilClosed() {
    InspectionResult r = audited(1, Finding.of("ITEM-1", "R07").withDeadline(
        LocalDate.of(2024, 10, 20)), Finding.of("ITEM-2", "R01"));
    Disposal d = followUps.openDefaults(r.id(), "O9", ON).get(0);
    assertEquals(List.of(), followUps.overdueCorrections(LocalDate.of(2024, 10, 20)));
    assertEquals(List.of(d), followUps.overdueCorrections(LocalDate.of(2024, 10, 21)));
    assertEquals(List.of(d), followUps.openDisposals());
    assertThrows(VersionConflictException.class, () -> followUps.close(d.id(), 7, "O9",
        LocalDate.of(2024, 10, 22), "已改正"));
    assertEquals("outcome: closing disposal " + d.id() + " needs an outcome, got ''",
        assertThrows(IllegalArgumentException.class, () -> followUps.close(d.id(), 1, "O9",
            LocalDate.of(2024, 10, 22), "")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> followUps.close(d.id(), 1, "O9",
        LocalDate.of(2024, 10, 1), "已改正"));
    Disposal c = followUps.close(d.id(), 1, "O9", LocalDate.of(2024, 10, 22), "逾期后已改正");
    assertEquals(List.of(), followUps.overdueCorrections(LocalDate.of(2024, 10, 23)));
    assertTrue(c.closedBy().isPresent());
  }

  @Test
  void aDeclinedReferralClosesWithItsNote() {
    InspectionResult r = audited(2, Finding.of("ITEM-1", "R10"), Finding.of("ITEM-2", "R01"));
    Disposal d = followUps.openDefaults(r.id(), "O9", ON).get(0);
    caseSystem.decline(d.referral().orElseThrow(), "证据不足，不予立案", LocalDate.of(2024, 10, 20));
    CaseReferral ref = followUps.sync().get(0);
    assertEquals(ReferralState.DECLINED, ref.state());
    assertEquals(Optional.of("证据不足，不予立案"), ref.note());
    assertEquals(DisposalState.CLOSED, followUps.close(d.id(), 1, "O9",
        LocalDate.of(2024, 10, 21), "不予立案").state());
    assertThrows(IllegalArgumentException.class, () -> caseSystem.openCase("never-sent", "x",
        ON));
  }

  @Test
  void whenTheCaseSystemRefusesTheReferralNothingIsSaved() {
    io.doublerandom.spi.CaseHandlingGateway down = new io.doublerandom.spi.CaseHandlingGateway() {
      @Override
      public void send(CaseReferral referral) {
        throw new IllegalStateException("case-handling system unavailable");
      }

      @Override
      public List<io.doublerandom.model.followup.CaseUpdate> updatesAfter(long sequence) {
        return List.of();
      }
    };
    InMemoryFollowUpStore store = new InMemoryFollowUpStore();
    FollowUps offline = new FollowUps(fx.results, store, down, DisposalDefaults.defaults());
    InspectionResult r = audited(1, Finding.of("ITEM-1", "R08"), Finding.of("ITEM-2", "R01"));
    assertThrows(IllegalStateException.class, () -> offline.openDefaults(r.id(), "O9", ON));
    assertEquals(List.of(), store.disposals());
    assertEquals(List.of(), store.referrals());
    Disposal d = followUps.openDefaults(r.id(), "O9", ON).get(0);
    assertEquals(r.id() + "#1", d.id());
  }

  @Test
  void aDecisionStandsWhenARefusalIsReportedAfterIt() {
    InspectionResult r = audited(3, Finding.of("ITEM-1", "R08"), Finding.of("ITEM-2", "R01"));
    String ref = followUps.openDefaults(r.id(), "O9", ON).get(0).referral().orElseThrow();
    caseSystem.decide(ref, "晋市监罚〔2024〕90号", LocalDate.of(2024, 11, 2));
    caseSystem.decline(ref, "重复报送", LocalDate.of(2024, 11, 3));
    followUps.sync();
    CaseReferral after = followUps.store().referral(ref).orElseThrow();
    assertEquals(ReferralState.DECIDED, after.state());
    assertEquals(Optional.of("晋市监罚〔2024〕90号"), after.decisionNumber());
    assertEquals(Optional.of("重复报送"), after.note());
  }
}
