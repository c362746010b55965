package io.doublerandom.model.result;

import io.doublerandom.model.EntityId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The result of one task on one entity, as a store holds it (one row per task and entity, opened
 * when the team is assigned). Everything is referenced by id: the task by its task number (the
 * {@code task} its draw manifest and assignment record name), the entity by its {@link EntityId},
 * people by their inspector ids.
 *
 * @param id the stable id, {@link #idOf(String, EntityId) task + "/" + entity}
 * @param version 1 when first saved, +1 per saved change
 * @param task the task number
 * @param entity the entity
 * @param visit the visit id of the assignment
 * @param team the ids of the visit's current team (谁检查、谁录入): only they may enter
 * @param items the codes of the visit's inspection items (empty when the assignment did not list
 *     them); when set, the findings cover exactly these
 * @param catalogue the {@link ResultCatalogue#reference() catalogue reference} the findings use
 * @param state where the result stands
 * @param findings one per item, sorted by item code; empty until entered
 * @param enteredBy the team member who entered the current findings
 * @param enteredAt when they were entered
 * @param deadline the publication deadline, set when the findings are entered
 * @param auditedBy the auditor who approved
 * @param publishedOn the date published
 * @param withdrawnFrom the date from which the publication is withdrawn (停止公示)
 * @param history every step, oldest first
 */
public record InspectionResult(String id, long version, String task, EntityId entity,
    String visit, List<String> team, SortedSet<String> items, String catalogue, ResultState state,
    List<Finding> findings, Optional<String> enteredBy, Optional<Instant> enteredAt,
    Optional<PublicationDeadline> deadline, Optional<String> auditedBy,
    Optional<LocalDate> publishedOn, Optional<LocalDate> withdrawnFrom,
    List<ResultEvent> history) {

  /** Validates the fields and copies the collections. */
  public InspectionResult {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(entity, "entity");
    if (!idOf(task, entity).equals(id)) {
      throw new IllegalArgumentException("id of the result of task " + task + " and entity "
          + entity.value() + " must be '" + idOf(task, entity) + "', got '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version of result " + id + " must be 1 or more, got "
          + version);
    }
    Objects.requireNonNull(visit, "visit of result " + id);
    team = List.copyOf(team);
    items = Collections.unmodifiableSortedSet(new TreeSet<>(items));
    Objects.requireNonNull(catalogue, "catalogue of result " + id);
    Objects.requireNonNull(state, "state of result " + id);
    findings = findings.stream()
        .sorted(java.util.Comparator.comparing(Finding::item)).toList();
    enteredBy = enteredBy == null ? Optional.empty() : enteredBy;
    enteredAt = enteredAt == null ? Optional.empty() : enteredAt;
    deadline = deadline == null ? Optional.empty() : deadline;
    auditedBy = auditedBy == null ? Optional.empty() : auditedBy;
    publishedOn = publishedOn == null ? Optional.empty() : publishedOn;
    withdrawnFrom = withdrawnFrom == null ? Optional.empty() : withdrawnFrom;
    history = List.copyOf(history);
  }

  /** The id of the result of {@code task} on {@code entity}: {@code task + "/" + entity}. */
  public static String idOf(String task, EntityId entity) {
    return task + "/" + entity.value();
  }

  /** A freshly opened row: version 1, state {@link ResultState#NOT_ENTERED}, one OPENED event. */
  public static InspectionResult opened(String task, EntityId entity, String visit,
      List<String> team, SortedSet<String> items, String catalogue, ResultEvent opened) {
    return new InspectionResult(idOf(task, entity), 1, task, entity, visit, team, items,
        catalogue, ResultState.NOT_ENTERED, List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(opened));
  }

  /** Whether the result was published after its deadline. */
  public boolean late() {
    return publishedOn.isPresent() && deadline.isPresent()
        && deadline.get().lateOn(publishedOn.get());
  }

  /** Whether the result is on public view on {@code day}: published by then, not withdrawn. */
  public boolean publicOn(LocalDate day) {
    return publishedOn.isPresent() && !day.isBefore(publishedOn.get())
        && (withdrawnFrom.isEmpty() || day.isBefore(withdrawnFrom.get()));
  }

  /** The result codes of every finding, sorted. */
  public SortedSet<String> codes() {
    TreeSet<String> all = new TreeSet<>();
    findings.forEach(f -> all.addAll(f.codes()));
    return Collections.unmodifiableSortedSet(all);
  }

  /** This record as the next version: the same content with {@code version + 1}. */
  public InspectionResult nextVersion() {
    return withVersion(version + 1);
  }

  /** This record with {@code version}. */
  public InspectionResult withVersion(long version) {
    return new InspectionResult(id, version, task, entity, visit, team, items, catalogue, state,
        findings, enteredBy, enteredAt, deadline, auditedBy, publishedOn, withdrawnFrom, history);
  }
}
