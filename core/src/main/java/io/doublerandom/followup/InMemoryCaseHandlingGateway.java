package io.doublerandom.followup;

import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.CaseUpdate;
import io.doublerandom.spi.CaseHandlingGateway;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The in-memory case-handling system: it keeps what was sent, and the embedder (or a test) plays
 * the case system's part with {@link #openCase}, {@link #decide} and {@link #decline}, which
 * append updates for {@link #updatesAfter}. Thread-safe.
 */
public final class InMemoryCaseHandlingGateway implements CaseHandlingGateway {
  private final TreeMap<String, CaseReferral> sent = new TreeMap<>();
  private final List<CaseUpdate> updates = new ArrayList<>();

  @Override
  public synchronized void send(CaseReferral referral) {
    Objects.requireNonNull(referral, "referral");
    sent.putIfAbsent(referral.id(), referral);
  }

  @Override
  public synchronized List<CaseUpdate> updatesAfter(long sequence) {
    return updates.stream().filter(u -> u.sequence() > sequence).toList();
  }

  /** The referrals received, in id order. */
  public synchronized List<CaseReferral> received() {
    return List.copyOf(sent.values());
  }

  /** The case system opens case {@code caseNumber} for referral {@code referralId}. */
  public CaseUpdate openCase(String referralId, String caseNumber, LocalDate date) {
    return append(referralId, CaseUpdate.Kind.CASE_OPENED, caseNumber, date);
  }

  /** The case system records the penalty decision {@code decisionNumber} (决定书文号). */
  public CaseUpdate decide(String referralId, String decisionNumber, LocalDate date) {
    return append(referralId, CaseUpdate.Kind.DECIDED, decisionNumber, date);
  }

  /** The case system declines to open a case, with a note. */
  public CaseUpdate decline(String referralId, String note, LocalDate date) {
    return append(referralId, CaseUpdate.Kind.DECLINED, note, date);
  }

  private synchronized CaseUpdate append(String referralId, CaseUpdate.Kind kind, String number,
      LocalDate date) {
    if (!sent.containsKey(referralId)) {
      throw new IllegalArgumentException("referral '" + referralId + "' was never sent to this "
          + "case-handling system");
    }
    CaseUpdate u = new CaseUpdate(updates.size() + 1L, referralId, kind, number, date);
    updates.add(u);
    return u;
  }
}
