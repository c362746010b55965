package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.spi.FollowUpStore;
import io.doublerandom.spi.VersionConflictException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link FollowUpStore}: disposals and referrals with the optimistic versions
 * of every store, queries sorted by id, and the case link read both ways (task and entity →
 * referral; case number or decision number → referral). Extend it with {@link #newStore()}.
 */
public abstract class FollowUpStoreContract {
  /** A new, empty store. */
  protected abstract FollowUpStore newStore();

  @Test
  void disposalsAreVersionedAndListedPerResult() {
    FollowUpStore s = newStore();
    Disposal d2 = s.save(ResultRecords.disposal("T1/A", "T1", 1, 2));
    Disposal d1 = s.save(ResultRecords.disposal("T1/A", "T1", 1, 1));
    Disposal other = s.save(ResultRecords.disposal("T1/B", "T1", 2, 1));
    assertEquals(d1, s.save(ResultRecords.disposal("T1/A", "T1", 1, 1)));
    Disposal closed = s.save(ResultRecords.closed(d1));
    assertEquals(List.of(closed, d2), s.disposalsOf("T1/A"));
    assertEquals(List.of(closed, d2, other), s.disposals());
    assertEquals(Optional.of(closed), s.disposal(d1.id()));
    VersionConflictException e = assertThrows(VersionConflictException.class, () ->
        s.save(ResultRecords.closed(ResultRecords.closed(d2))));
    assertEquals(1, e.actualVersion());
    assertEquals(Optional.of(d2), s.disposal(d2.id()));
    assertThrows(VersionConflictException.class, () -> s.save(ResultRecords.closed(
        ResultRecords.disposal("T1/C", "T1", 3, 1))));
    assertEquals(List.of(), s.disposalsOf("T1/C"));
  }

  @Test
  void referralsAreFoundByTaskAndEntityAndByCaseAndDecision() {
    FollowUpStore s = newStore();
    CaseReferral a = s.save(ResultRecords.referral("T1/A#1", "T1", 1));
    CaseReferral b = s.save(ResultRecords.referral("T2/A#1", "T2", 1));
    CaseReferral c = s.save(ResultRecords.referral("T1/B#1", "T1", 2));
    assertEquals(a, s.save(ResultRecords.referral("T1/A#1", "T1", 1)));
    CaseReferral decided = s.save(ResultRecords.decided(a, "立〔2024〕1号", "罚〔2024〕9号"));
    assertEquals(List.of(decided), s.referrals("T1", ResultRecords.entity(1)));
    assertEquals(List.of(b), s.referrals("T2", ResultRecords.entity(1)));
    assertEquals(Optional.of(decided), s.referralByCaseNumber("立〔2024〕1号"));
    assertEquals(Optional.of(decided), s.referralByDecision("罚〔2024〕9号"));
    assertEquals(Optional.empty(), s.referralByDecision("罚〔2024〕10号"));
    assertEquals(List.of(decided, c, b), s.referrals());
    VersionConflictException e = assertThrows(VersionConflictException.class, () ->
        s.save(ResultRecords.decided(a, "立〔2024〕2号", "罚〔2024〕8号")));
    assertEquals(2, e.actualVersion());
    assertEquals(Optional.empty(), s.referralByDecision("罚〔2024〕8号"));
  }
}
