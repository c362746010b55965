package io.doublerandom.followup;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.CaseUpdate;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.followup.DisposalState;
import io.doublerandom.model.followup.ReferralState;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultCode;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.result.Results;
import io.doublerandom.spi.CaseHandlingGateway;
import io.doublerandom.spi.FollowUpStore;
import io.doublerandom.spi.VersionConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Follow-up (后续处置) of audited results: disposals ordered by an officer ({@link #open}) or taken
 * from the configured defaults of the result's codes ({@link #openDefaults}); a 移送案源线索 sends a
 * {@link CaseReferral} through the {@link CaseHandlingGateway}, and {@link #sync} applies what the
 * case system reports (case number, 行政处罚决定书文号 and date), so the link task number ↔ entity ↔
 * decision can be read both ways ({@link #referrals(String, EntityId)}, {@link
 * #referralByDecision}). A disposal stays open until {@link #close closed} with a date and an
 * outcome; {@link #overdueCorrections} lists corrections past their deadline.
 */
public final class FollowUps {
  private static final Set<ResultState> DISPOSABLE = EnumSet.of(ResultState.AUDITED,
      ResultState.PUBLISHED, ResultState.WITHDRAWN);

  private final Results results;
  private final FollowUpStore store;
  private final CaseHandlingGateway gateway;
  private final DisposalDefaults defaults;
  private long cursor;

  /**
   * @param results the results disposed of
   * @param store where disposals and referrals are kept
   * @param gateway the case-handling system
   * @param defaults the default disposals per result code
   */
  public FollowUps(Results results, FollowUpStore store, CaseHandlingGateway gateway,
      DisposalDefaults defaults) {
    this.results = Objects.requireNonNull(results, "results");
    this.store = Objects.requireNonNull(store, "store");
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  /** The store. */
  public FollowUpStore store() {
    return store;
  }

  /**
   * Opens the default disposals of every code of an audited result (see {@link
   * DisposalDefaults}); a deadline comes from the finding's correction deadline, a listing date is
   * {@code on}. Idempotent: a kind already opened for a code is not opened again.
   *
   * @return the disposals opened now, in order
   */
  public synchronized List<Disposal> openDefaults(String resultId, String officer, LocalDate on) {
    InspectionResult r = disposable(resultId);
    ResultCatalogue catalogue = results.catalogue();
    Map<String, DisposalOrder> orders = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      for (String code : f.codes()) {
        for (DisposalKind kind : defaults.kindsFor(catalogue, code)) {
          DisposalOrder o = switch (kind) {
            case CORRECT_BY_DEADLINE -> f.deadline().map(DisposalOrder::correctBy).orElse(null);
            case ABNORMAL_LIST -> DisposalOrder.abnormalList(on);
            case NONE -> DisposalOrder.none();
            case CORRECT_IMMEDIATELY -> DisposalOrder.correctImmediately();
            case CASE_REFERRAL -> DisposalOrder.caseReferral();
            default -> null;
          };
          if (o != null) {
            orders.putIfAbsent(kind + "/" + code, o.forCode(code));
          }
        }
      }
    }
    boolean anyOther = orders.values().stream().anyMatch(o -> o.kind() != DisposalKind.NONE);
    List<Disposal> out = new ArrayList<>();
    boolean noneDone = false;
    for (DisposalOrder o : orders.values()) {
      if (o.kind() == DisposalKind.NONE && (anyOther || noneDone)) {
        continue;
      }
      boolean exists = store.disposalsOf(r.id()).stream().anyMatch(d -> d.kind() == o.kind()
          && (o.kind() == DisposalKind.NONE || d.resultCode().equals(o.resultCode())));
      if (!exists) {
        out.add(open(r.id(), o, officer, on));
      }
      noneDone |= o.kind() == DisposalKind.NONE;
    }
    return List.copyOf(out);
  }

  /**
   * Opens a disposal of an audited result. 无需后续处置 is closed at once (nothing to follow); a
   * 移送案源线索 sends the referral first (if the gateway refuses, nothing is saved).
   *
   * @throws IllegalArgumentException if the order lacks a detail its kind needs, names a code the
   *     result does not have, or is 无需后续处置 for a result with a problem or other disposals
   * @throws IllegalStateException if the result is not audited
   */
  public synchronized Disposal open(String resultId, DisposalOrder order, String officer, LocalDate on) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(on, "on");
    if (officer == null || officer.isBlank()) {
      throw new IllegalArgumentException("officer of a disposal must not be blank, got '"
          + officer + "'");
    }
    InspectionResult r = disposable(resultId);
    List<String> problems = new ArrayList<>();
    order.resultCode().ifPresent(c -> {
      if (!r.codes().contains(c)) {
        problems.add("resultCode: result " + r.id() + " has no code '" + c + "' (it has "
            + r.codes() + ")");
      }
    });
    List<Disposal> existing = store.disposalsOf(r.id());
    switch (order.kind()) {
      case NONE -> {
        List<String> problemCodes = r.codes().stream().filter(c -> results.catalogue().find(c)
            .map(ResultCode::category).map(k -> k.isProblem()).orElse(false)).toList();
        if (!problemCodes.isEmpty()) {
          problems.add("kind: NONE (无需后续处置) is not allowed for result " + r.id()
              + " with the problem codes " + problemCodes);
        }
        if (!existing.isEmpty()) {
          problems.add("kind: NONE (无需后续处置) is not allowed for result " + r.id()
              + " which already has disposals " + existing.stream().map(Disposal::id).toList());
        }
      }
      case CORRECT_BY_DEADLINE -> {
        if (order.deadline().isEmpty()) {
          problems.add("deadline: CORRECT_BY_DEADLINE (责令限期改正) needs a deadline");
        } else {
          LocalDate formed = r.deadline().orElseThrow().formedOn();
          if (!order.deadline().get().isAfter(formed)) {
            problems.add("deadline: " + order.deadline().get() + " is not after the date the "
                + "result was formed, " + formed);
          }
        }
      }
      case ABNORMAL_LIST -> {
        if (order.listingDate().isEmpty()) {
          problems.add("listingDate: ABNORMAL_LIST (列入经营异常名录) needs the listing date");
        }
      }
      case NOTIFY_DEPARTMENT -> {
        if (order.department().filter(s -> !s.isBlank()).isEmpty()) {
          problems.add("department: NOTIFY_DEPARTMENT (抄告相关部门) needs the department");
        }
      }
      case OTHER, DISCIPLINE_REFERRAL -> {
        if (order.note().filter(s -> !s.isBlank()).isEmpty()) {
          problems.add("note: " + order.kind() + " needs a note");
        }
      }
      default -> { }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("disposal of result " + r.id() + " has "
          + problems.size() + " problem(s): " + String.join("; ", problems));
    }
    if (order.kind() != DisposalKind.NONE && existing.stream()
        .anyMatch(d -> d.kind() == DisposalKind.NONE)) {
      throw new IllegalArgumentException("kind: result " + r.id() + " was disposed of as NONE "
          + "(无需后续处置); no further disposal can be opened");
    }
    String id = r.id() + "#" + (existing.size() + 1);
    Optional<String> referral = Optional.empty();
    if (order.kind() == DisposalKind.CASE_REFERRAL) {
      CaseReferral ref = new CaseReferral(id, 1, r.task(), r.entity(), r.id(), id,
          describe(r, order.resultCode()), on, ReferralState.SENT, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      gateway.send(ref);
      store.save(ref);
      referral = Optional.of(id);
    }
    boolean closedAtOnce = order.kind() == DisposalKind.NONE;
    return store.save(new Disposal(id, 1, r.id(), r.task(), r.entity(), order.kind(),
        order.resultCode(), order.deadline(), order.listingDate(), order.department(),
        order.note(), referral, closedAtOnce ? DisposalState.CLOSED : DisposalState.OPEN, on,
        officer, closedAtOnce ? Optional.of(on) : Optional.empty(),
        closedAtOnce ? Optional.of(DisposalKind.NONE.label()) : Optional.empty(),
        closedAtOnce ? Optional.of(officer) : Optional.empty()));
  }

  /**
   * Closes an open disposal with a date and an outcome. A referral closes only once the case
   * system decided or declined it.
   *
   * @throws IllegalArgumentException if the outcome is blank or the date before the opening
   * @throws IllegalStateException if it is already closed with another outcome, or its referral is
   *     still pending
   */
  public Disposal close(String disposalId, long expectedVersion, String officer, LocalDate on,
      String outcome) {
    Disposal d = store.disposal(disposalId).orElseThrow(() ->
        new IllegalArgumentException("no disposal with id '" + disposalId + "'"));
    if (d.state() == DisposalState.CLOSED) {
      if (d.closedOn().equals(Optional.of(on))
          && d.outcome().equals(Optional.ofNullable(outcome).map(String::strip))) {
        return d;
      }
      throw new IllegalStateException("disposal " + d.id() + " is already closed on "
          + d.closedOn().get() + " with outcome '" + d.outcome().get() + "'");
    }
    if (d.version() != expectedVersion) {
      throw new VersionConflictException("disposal", d.id(), expectedVersion, d.version());
    }
    if (outcome == null || outcome.isBlank()) {
      throw new IllegalArgumentException("outcome: closing disposal " + d.id()
          + " needs an outcome, got '" + outcome + "'");
    }
    if (on.isBefore(d.openedOn())) {
      throw new IllegalArgumentException("closedOn " + on + " of disposal " + d.id()
          + " is before it was opened, " + d.openedOn());
    }
    if (d.referral().isPresent()) {
      CaseReferral ref = store.referral(d.referral().get()).orElseThrow();
      if (ref.state() != ReferralState.DECIDED && ref.state() != ReferralState.DECLINED) {
        throw new IllegalStateException("disposal " + d.id() + " cannot close: its referral is "
            + ref.state() + ", not yet DECIDED or DECLINED by the case-handling system");
      }
    }
    return store.save(new Disposal(d.id(), d.version() + 1, d.result(), d.task(), d.entity(),
        d.kind(), d.resultCode(), d.deadline(), d.listingDate(), d.department(), d.note(),
        d.referral(), DisposalState.CLOSED, d.openedOn(), d.openedBy(), Optional.of(on),
        Optional.of(outcome.strip()), Optional.of(officer)));
  }

  /**
   * Reads the case system's updates since the last call and applies each to its referral (case
   * number; decision number and date; or the note of a refusal). A decision stands: a refusal
   * reported after it is kept as the note and the referral stays DECIDED; a case opened after a
   * refusal reopens it (CASE_OPENED). Applying an update twice changes
   * nothing, so a restart that reads everything again is safe.
   *
   * @return the referrals changed, in update order
   * @throws IllegalStateException if an update names a referral not in the store (the updates
   *     before it are applied)
   */
  public synchronized List<CaseReferral> sync() {
    List<CaseReferral> changed = new ArrayList<>();
    for (CaseUpdate u : gateway.updatesAfter(cursor)) {
      CaseReferral ref = store.referral(u.referral()).orElseThrow(() ->
          new IllegalStateException("the case-handling system reported update " + u.sequence()
              + " for referral '" + u.referral() + "', which is not in the store"));
      CaseReferral next = apply(ref, u);
      if (!next.equals(ref)) {
        changed.add(store.save(next));
      }
      cursor = u.sequence();
    }
    return List.copyOf(changed);
  }

  private static CaseReferral apply(CaseReferral r, CaseUpdate u) {
    return switch (u.kind()) {
      case CASE_OPENED -> r.caseNumber().equals(Optional.of(u.number())) ? r
          : new CaseReferral(r.id(), r.version() + 1, r.task(), r.entity(), r.result(),
              r.disposal(), r.finding(), r.referredOn(),
              r.state() == ReferralState.DECIDED ? r.state() : ReferralState.CASE_OPENED,
              Optional.of(u.number()), Optional.of(u.date()), r.decisionNumber(),
              r.decisionDate(), r.note());
      case DECIDED -> r.decisionNumber().equals(Optional.of(u.number())) ? r
          : new CaseReferral(r.id(), r.version() + 1, r.task(), r.entity(), r.result(),
              r.disposal(), r.finding(), r.referredOn(), ReferralState.DECIDED, r.caseNumber(),
              r.caseOpenedOn(), Optional.of(u.number()), Optional.of(u.date()), r.note());
      // a decision stands: a later refusal is kept as a note, the state stays DECIDED
      case DECLINED -> r.note().equals(Optional.of(u.number())) ? r
          : new CaseReferral(r.id(), r.version() + 1, r.task(), r.entity(), r.result(),
              r.disposal(), r.finding(), r.referredOn(),
              r.state() == ReferralState.DECIDED ? r.state() : ReferralState.DECLINED,
              r.caseNumber(), r.caseOpenedOn(), r.decisionNumber(), r.decisionDate(),
              Optional.of(u.number()));
    };
  }

  /** The disposals of result {@code resultId}. */
  public List<Disposal> disposalsOf(String resultId) {
    return store.disposalsOf(resultId);
  }

  /** Every open disposal, sorted by id. */
  public List<Disposal> openDisposals() {
    return store.disposals().stream().filter(d -> d.state() == DisposalState.OPEN).toList();
  }

  /** The corrections (责令限期改正) still open after their deadline on {@code day}, sorted by id. */
  public List<Disposal> overdueCorrections(LocalDate day) {
    return store.disposals().stream().filter(d -> d.overdueOn(day)).toList();
  }

  /** The referrals of {@code task} on {@code entity} (task number → case, decision). */
  public List<CaseReferral> referrals(String task, EntityId entity) {
    return store.referrals(task, entity);
  }

  /** The referral that led to the decision {@code decisionNumber} (decision → task, entity). */
  public Optional<CaseReferral> referralByDecision(String decisionNumber) {
    return store.referralByDecision(decisionNumber);
  }

  /** The referral of case {@code caseNumber}. */
  public Optional<CaseReferral> referralByCaseNumber(String caseNumber) {
    return store.referralByCaseNumber(caseNumber);
  }

  private InspectionResult disposable(String resultId) {
    InspectionResult r = results.find(resultId).orElseThrow(() ->
        new IllegalArgumentException("no result with id '" + resultId + "'"));
    if (!DISPOSABLE.contains(r.state())) {
      throw new IllegalStateException("result " + r.id() + ": cannot dispose in state "
          + r.state() + "; disposal needs one of " + DISPOSABLE);
    }
    return r;
  }

  private String describe(InspectionResult r, Optional<String> code) {
    List<String> parts = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (code.isPresent() && !f.codes().contains(code.get())) {
        continue;
      }
      List<String> texts = f.codes().stream().map(c -> c + " "
          + results.catalogue().find(c).map(ResultCode::text).orElse("?")).toList();
      parts.add(f.item() + ": " + String.join(", ", texts)
          + f.text().map(t -> " — " + t).orElse(""));
    }
    return String.join("; ", parts);
  }
}
