package io.doublerandom.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No sequence of follow-up operations — allowed or refused — leaves an inconsistent record: a
 * referral's disposal closes only after the case system decided or declined, 无需后续处置 never
 * stands beside another disposal or on a problem result, every referral was sent, the both-way
 * lookups agree, a refused operation writes nothing.
 */
class FollowUpPropertyTest {
  private static final LocalDate FORMED = LocalDate.of(2024, 9, 27);
  private static final List<List<Finding>> ENTRIES = List.of(
      List.of(Finding.of("ITEM-1", "R01"), Finding.of("ITEM-2", "R09")),
      List.of(Finding.of("ITEM-1", "R08"), Finding.of("ITEM-2", "R03")),
      List.of(Finding.of("ITEM-1", "R07").withDeadline(FORMED.plusDays(20)),
          Finding.of("ITEM-2", "R10")));

  @Test
  void noSequenceOfFollowUpOperationsLeavesAnInconsistentRecord() {
    EnumSet<ReferralState> reached = EnumSet.noneOf(ReferralState.class);
    qt().withFixedSeed(20241108L).withExamples(120)
        .forAll(lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 30))
        .checkAssert(ops -> {
          ResultFixtures fx = ResultFixtures.of(3);
          Results results = fx.results;
          results.open(fx.record, fx.visits);
          for (int i = 1; i <= 3; i++) {
            InspectionResult r = results.enter(ResultFixtures.id(i), 1, fx.member(i), FORMED,
                ENTRIES.get(i - 1));
            results.approve(r.id(), r.version(), ResultFixtures.AUDITOR, "同意");
          }
          InMemoryCaseHandlingGateway caseSystem = new InMemoryCaseHandlingGateway();
          InMemoryFollowUpStore store = new InMemoryFollowUpStore();
          FollowUps f = new FollowUps(results, store, caseSystem, DisposalDefaults.defaults());
          for (int op : ops) {
            String id = ResultFixtures.id(1 + (op / 10) % 3);
            int p = (op / 30) % 40;
            LocalDate day = FORMED.plusDays(p);
            List<Disposal> before = store.disposals();
            List<CaseReferral> referralsBefore = store.referrals();
            try {
              switch (op % 10) {
                case 0, 1 -> f.openDefaults(id, "O9", day);
                case 2 -> f.open(id, DisposalOrder.none(), "O9", day);
                case 3 -> f.open(id, DisposalOrder.correctBy(FORMED.plusDays(p - 5)), "O9", day);
                case 4 -> f.open(id, p % 2 == 0 ? DisposalOrder.caseReferral()
                    : DisposalOrder.notifyDepartment(p % 3 == 0 ? "" : "县税务局"), "O9", day);
                case 5, 6 -> {
                  List<Disposal> all = store.disposals();
                  if (!all.isEmpty()) {
                    Disposal d = all.get(p % all.size());
                    f.close(d.id(), p % 4 == 0 ? d.version() + 1 : d.version(), "O9",
                        day, p % 5 == 0 ? " " : "已处理");
                  }
                }
                case 7, 8 -> {
                  List<CaseReferral> sent = caseSystem.received();
                  if (!sent.isEmpty()) {
                    String ref = sent.get(p % sent.size()).id();
                    switch (p % 3) {
                      case 0 -> caseSystem.openCase(ref, "立" + p, day);
                      case 1 -> caseSystem.decide(ref, "罚" + ref.hashCode() % 7 + "-" + p, day);
                      default -> caseSystem.decline(ref, "不予立案", day);
                    }
                  }
                }
                default -> f.sync();
              }
            } catch (IllegalArgumentException | IllegalStateException
                | VersionConflictException e) {
              assertEquals(before, store.disposals(), "a refused op changed disposals: " + e);
              assertEquals(referralsBefore, store.referrals(), "a refused op changed referrals");
            }
            consistent(results, store, caseSystem);
            store.referrals().forEach(r -> reached.add(r.state()));
          }
        });
    assertEquals(EnumSet.allOf(ReferralState.class), reached, "every referral state reached");
  }

  private static void consistent(Results results, InMemoryFollowUpStore store,
      InMemoryCaseHandlingGateway caseSystem) {
    List<String> sent = caseSystem.received().stream().map(CaseReferral::id).toList();
    for (Disposal d : store.disposals()) {
      InspectionResult r = results.find(d.result()).orElseThrow();
      List<Disposal> siblings = store.disposalsOf(r.id());
      if (d.kind() == DisposalKind.NONE) {
        assertEquals(1, siblings.size(), "NONE stands alone");
        assertEquals(DisposalState.CLOSED, d.state());
        assertFalse(r.codes().stream().anyMatch(c -> results.catalogue().find(c).orElseThrow()
            .category().isProblem()), "NONE on a problem result");
      }
      assertEquals(d.kind() == DisposalKind.CASE_REFERRAL, d.referral().isPresent());
      if (d.referral().isPresent()) {
        CaseReferral ref = store.referral(d.referral().get()).orElseThrow();
        assertTrue(sent.contains(ref.id()), "every referral was sent");
        assertEquals(d.task(), ref.task());
        assertEquals(d.entity(), ref.entity());
        if (d.state() == DisposalState.CLOSED) {
          assertTrue(ref.state() == ReferralState.DECIDED
              || ref.state() == ReferralState.DECLINED, "closed before the case system acted");
        }
      }
      if (d.state() == DisposalState.CLOSED) {
        assertFalse(d.closedOn().get().isBefore(d.openedOn()));
      }
      if (d.kind() == DisposalKind.CORRECT_BY_DEADLINE) {
        assertTrue(d.deadline().get().isAfter(FORMED));
      }
    }
    for (CaseReferral ref : store.referrals()) {
      assertTrue(store.referrals(ref.task(), ref.entity()).contains(ref));
      ref.decisionNumber().ifPresent(n -> assertEquals(ref.task(),
          store.referralByDecision(n).orElseThrow().task()));
      assertEquals(ref.state() == ReferralState.DECIDED, ref.decisionNumber().isPresent()
          && ref.decisionDate().isPresent());
      assertEquals(ref.version() >= 1, true);
    }
  }
}
