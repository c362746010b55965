package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.CaseUpdate;
import io.doublerandom.spi.CaseHandlingGateway;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link CaseHandlingGateway}: sending is idempotent per referral id; updates
 * come back with ascending sequence numbers from 1, {@code updatesAfter(n)} returns exactly those
 * above {@code n}, in order. An implementation against a real case system extends this with a
 * test double of that system: {@link #newGateway()} and {@link #caseSystemReports}, which makes
 * the case system act on a referral it received.
 */
public abstract class CaseHandlingGatewayContract {
  /** A new gateway to an empty case system. */
  protected abstract CaseHandlingGateway newGateway();

  /** Makes the case system behind {@code gateway} report {@code kind} for a received referral. */
  protected abstract void caseSystemReports(CaseHandlingGateway gateway, String referralId,
      CaseUpdate.Kind kind, String number, LocalDate date);

  @Test
  void nothingComesBackBeforeTheCaseSystemActs() {
    CaseHandlingGateway g = newGateway();
    assertEquals(List.of(), g.updatesAfter(0));
    g.send(ResultRecords.referral("T1/A#1", "T1", 1));
    assertEquals(List.of(), g.updatesAfter(0));
  }

  @Test
  void updatesComeBackInOrderFromAPosition() {
    CaseHandlingGateway g = newGateway();
    CaseReferral a = ResultRecords.referral("T1/A#1", "T1", 1);
    CaseReferral b = ResultRecords.referral("T1/B#1", "T1", 2);
    g.send(a);
    g.send(b);
    g.send(a);
    LocalDate d = LocalDate.of(2024, 10, 12);
    caseSystemReports(g, a.id(), CaseUpdate.Kind.CASE_OPENED, "立〔2024〕1号", d);
    caseSystemReports(g, b.id(), CaseUpdate.Kind.DECLINED, "不予立案", d);
    caseSystemReports(g, a.id(), CaseUpdate.Kind.DECIDED, "罚〔2024〕9号", d.plusDays(30));
    List<CaseUpdate> all = g.updatesAfter(0);
    assertEquals(3, all.size());
    assertEquals(List.of(1L, 2L, 3L), all.stream().map(CaseUpdate::sequence).toList());
    assertEquals(List.of(a.id(), b.id(), a.id()), all.stream().map(CaseUpdate::referral)
        .toList());
    assertEquals(new CaseUpdate(3, a.id(), CaseUpdate.Kind.DECIDED, "罚〔2024〕9号",
        d.plusDays(30)), all.get(2));
    assertEquals(all.subList(1, 3), g.updatesAfter(1));
    assertTrue(g.updatesAfter(3).isEmpty());
  }
}
