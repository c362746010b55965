package io.doublerandom.spi;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import java.util.List;
import java.util.Optional;

/**
 * Where disposals and case referrals are kept, with the same optimistic concurrency as {@link
 * ResultStore} (new: version 1; change: stored + 1; the stored record itself: no-op; otherwise
 * {@link VersionConflictException}). Queries return records sorted by id; implementations are
 * safe for concurrent use.
 */
public interface FollowUpStore {
  /** The disposal {@code id}, if stored. */
  Optional<Disposal> disposal(String id);

  /** The disposals of result {@code resultId}, sorted by id. */
  List<Disposal> disposalsOf(String resultId);

  /** Every disposal, sorted by id. */
  List<Disposal> disposals();

  /** Saves a disposal (see the class comment). */
  Disposal save(Disposal disposal);

  /** The referral {@code id}, if stored. */
  Optional<CaseReferral> referral(String id);

  /** The referrals of task {@code task} on {@code entity}, sorted by id. */
  List<CaseReferral> referrals(String task, EntityId entity);

  /** The referral whose case number is {@code caseNumber}. */
  Optional<CaseReferral> referralByCaseNumber(String caseNumber);

  /** The referral whose 行政处罚决定书文号 is {@code decisionNumber}. */
  Optional<CaseReferral> referralByDecision(String decisionNumber);

  /** Every referral, sorted by id. */
  List<CaseReferral> referrals();

  /** Saves a referral (see the class comment). */
  CaseReferral save(CaseReferral referral);
}
