package io.doublerandom.result;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.model.result.StopPublicationState;
import io.doublerandom.spi.StopPublicationStore;
import io.doublerandom.spi.VersionConflictException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applications to stop publishing a result (停止公示 / 信用修复, the notice 三(十一)): the entity
 * applies once the result has been public for the minimum period of its {@link
 * StopPublicationPolicy}; a decision grants it (the publication is withdrawn from a date — the
 * result and its history stay, with a WITHDRAWN step) or refuses it with an opinion.
 */
public final class StopPublications {
  private final Results results;
  private final StopPublicationStore store;
  private final StopPublicationPolicy policy;

  /**
   * @param results the results (their store and clock)
   * @param store where applications are kept
   * @param policy the minimum publication periods
   */
  public StopPublications(Results results, StopPublicationStore store,
      StopPublicationPolicy policy) {
    this.results = Objects.requireNonNull(results, "results");
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy. */
  public StopPublicationPolicy policy() {
    return policy;
  }

  /**
   * Records the entity's application.
   *
   * @throws IllegalArgumentException if the result is not the entity's, the reason is blank, or
   *     the minimum period has not passed on {@code appliedOn} (the message names the rule and the
   *     earliest date)
   * @throws IllegalStateException if the result is not published, or an application is pending
   */
  public synchronized StopPublicationApplication apply(String resultId, EntityId entity, LocalDate appliedOn,
      String reason) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(appliedOn, "appliedOn");
    InspectionResult r = results.find(resultId).orElseThrow(() ->
        new IllegalArgumentException("no result with id '" + resultId + "'"));
    if (!r.entity().equals(entity)) {
      throw new IllegalArgumentException("entity " + entity.value() + " may not apply for "
          + "result " + r.id() + " of entity " + r.entity().value());
    }
    if (r.state() != ResultState.PUBLISHED) {
      throw new IllegalStateException("result " + r.id() + ": cannot apply to stop publication "
          + "in state " + r.state() + "; it needs state " + ResultState.PUBLISHED);
    }
    List<StopPublicationApplication> previous = store.byResult(r.id());
    for (StopPublicationApplication a : previous) {
      if (a.state() == StopPublicationState.APPLIED) {
        throw new IllegalStateException("result " + r.id() + " already has the pending "
            + "application " + a.id());
      }
    }
    StopPublicationPolicy.Decision d = policy.earliest(results.catalogue(), r.codes(),
        r.publishedOn().orElseThrow());
    if (appliedOn.isBefore(d.earliest())) {
      throw new IllegalArgumentException("appliedOn " + appliedOn + ": result " + r.id()
          + " published on " + r.publishedOn().get() + " may stop publication from "
          + d.earliest() + " (rule " + d.rule() + ")");
    }
    if (appliedOn.isBefore(r.publishedOn().get())) {
      throw new IllegalArgumentException("appliedOn " + appliedOn + " is before the publication "
          + "of result " + r.id());
    }
    String id = r.id() + "#stop-" + (previous.size() + 1);
    return store.save(new StopPublicationApplication(id, 1, r.id(), entity, appliedOn, reason,
        d.rule(), d.earliest(), StopPublicationState.APPLIED, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()));
  }

  /**
   * Grants an application: the publication is withdrawn from {@code withdrawnFrom} (not before
   * the application) and the result moves to 已停止公示 with the step in its history.
   */
  public synchronized StopPublicationApplication grant(String applicationId, long expectedVersion,
      String officer, LocalDate decidedOn, LocalDate withdrawnFrom, String opinion) {
    StopPublicationApplication a = pending(applicationId, expectedVersion);
    if (a.state() == StopPublicationState.GRANTED
        && a.withdrawnFrom().equals(Optional.of(withdrawnFrom))) {
      return a;
    }
    requirePending(a);
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(withdrawnFrom, "withdrawnFrom");
    if (decidedOn.isBefore(a.appliedOn()) || withdrawnFrom.isBefore(a.appliedOn())) {
      throw new IllegalArgumentException("decidedOn " + decidedOn + " and withdrawnFrom "
          + withdrawnFrom + " of application " + a.id() + " must not be before appliedOn "
          + a.appliedOn());
    }
    StopPublicationApplication granted = new StopPublicationApplication(a.id(), a.version() + 1,
        a.result(), a.entity(), a.appliedOn(), a.reason(), a.rule(), a.earliest(),
        StopPublicationState.GRANTED, Optional.of(officer), Optional.of(decidedOn),
        Optional.ofNullable(opinion), Optional.of(withdrawnFrom));
    results.withdraw(a.result(), officer, withdrawnFrom, "stop-publication " + a.id()
        + " granted on " + decidedOn);
    return store.save(granted);
  }

  /** Refuses an application with an opinion (required); the publication continues. */
  public synchronized StopPublicationApplication refuse(String applicationId, long expectedVersion,
      String officer, LocalDate decidedOn, String opinion) {
    StopPublicationApplication a = pending(applicationId, expectedVersion);
    if (a.state() == StopPublicationState.REFUSED && a.decidedOn().equals(Optional.of(decidedOn))
        && a.decidedBy().equals(Optional.of(officer))) {
      return a;
    }
    requirePending(a);
    if (opinion == null || opinion.isBlank()) {
      throw new IllegalArgumentException("opinion: refusing application " + a.id()
          + " needs an opinion, got '" + opinion + "'");
    }
    Objects.requireNonNull(decidedOn, "decidedOn");
    return store.save(new StopPublicationApplication(a.id(), a.version() + 1, a.result(),
        a.entity(), a.appliedOn(), a.reason(), a.rule(), a.earliest(),
        StopPublicationState.REFUSED, Optional.of(officer), Optional.of(decidedOn),
        Optional.of(opinion), Optional.empty()));
  }

  /** The application {@code id}. */
  public Optional<StopPublicationApplication> find(String id) {
    return store.find(id);
  }

  /** The applications for result {@code resultId}. */
  public List<StopPublicationApplication> of(String resultId) {
    return store.byResult(resultId);
  }

  private StopPublicationApplication pending(String id, long expectedVersion) {
    StopPublicationApplication a = store.find(id).orElseThrow(() ->
        new IllegalArgumentException("no stop-publication application with id '" + id + "'"));
    if (a.state() == StopPublicationState.APPLIED && a.version() != expectedVersion) {
      throw new VersionConflictException("stop-publication application", id, expectedVersion,
          a.version());
    }
    return a;
  }

  private static void requirePending(StopPublicationApplication a) {
    if (a.state() != StopPublicationState.APPLIED) {
      throw new IllegalStateException("application " + a.id() + " is already decided: "
          + a.state());
    }
  }
}
