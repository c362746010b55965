package io.doublerandom.followup;

import io.doublerandom.internal.VersionedRecords;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.spi.FollowUpStore;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link FollowUpStore}: thread-safe, ordered by id. */
public final class InMemoryFollowUpStore implements FollowUpStore {
  private final VersionedRecords<Disposal> disposals =
      new VersionedRecords<>("disposal", Disposal::id, Disposal::version);
  private final VersionedRecords<CaseReferral> referrals =
      new VersionedRecords<>("referral", CaseReferral::id, CaseReferral::version);

  @Override
  public Optional<Disposal> disposal(String id) {
    return disposals.find(id);
  }

  @Override
  public List<Disposal> disposalsOf(String resultId) {
    return disposals.where(d -> d.result().equals(resultId));
  }

  @Override
  public List<Disposal> disposals() {
    return disposals.all();
  }

  @Override
  public Disposal save(Disposal disposal) {
    return disposals.save(disposal);
  }

  @Override
  public Optional<CaseReferral> referral(String id) {
    return referrals.find(id);
  }

  @Override
  public List<CaseReferral> referrals(String task, EntityId entity) {
    return referrals.where(r -> r.task().equals(task) && r.entity().equals(entity));
  }

  @Override
  public Optional<CaseReferral> referralByCaseNumber(String caseNumber) {
    return referrals.where(r -> r.caseNumber().filter(caseNumber::equals).isPresent()).stream()
        .findFirst();
  }

  @Override
  public Optional<CaseReferral> referralByDecision(String decisionNumber) {
    return referrals.where(r -> r.decisionNumber().filter(decisionNumber::equals).isPresent())
        .stream().findFirst();
  }

  @Override
  public List<CaseReferral> referrals() {
    return referrals.all();
  }

  @Override
  public CaseReferral save(CaseReferral referral) {
    return referrals.save(referral);
  }
}
