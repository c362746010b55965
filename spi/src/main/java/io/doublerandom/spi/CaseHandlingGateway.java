package io.doublerandom.spi;

import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.CaseUpdate;
import java.util.List;

/**
 * The case-handling system (执法办案系统): a referral goes out ({@link #send}); what the system did
 * comes back as {@link CaseUpdate}s, read in order from a position ({@link #updatesAfter}), so the
 * library applies each update once whatever the transport.
 *
 * <p>Contract (checked by {@code CaseHandlingGatewayContract} in {@code doublerandom-testkit}):
 * sending the same referral id twice is a no-op; updates carry strictly ascending sequence
 * numbers from 1; {@code updatesAfter(n)} returns exactly the updates with a sequence above
 * {@code n}, in order, and only for referrals sent through this gateway. Implementations are safe
 * for concurrent use.
 */
public interface CaseHandlingGateway {
  /**
   * Sends a referral (task number, entity, finding).
   *
   * @throws IllegalStateException if the system cannot take it now (nothing was sent)
   */
  void send(CaseReferral referral);

  /** The updates with a sequence number above {@code sequence}, ascending. */
  List<CaseUpdate> updatesAfter(long sequence);
}
