package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Performs draws and logs every attempt in a {@link DrawLedger}, so that nothing is silently
 * redrawn (docs/draw-spec.md, "Ledger"):
 *
 * <ul>
 *   <li>a draw appends a {@code drawn} entry (one per task for a joint draw);
 *   <li>rejected seed material, a manifest that does not describe the population, or a
 *       replacement with no alternate left appends a {@code failed} entry with the reason;
 *   <li>a second draw of a task is refused unless it is a {@linkplain #redraw redraw} with a
 *       reason and a seed never used for the task; a refused attempt is checked <em>before</em>
 *       anything is drawn, so its result is never computed;
 *   <li>a replacement appends a {@code replaced} entry naming both entities and the reason.
 * </ul>
 *
 * <p>The clock only stamps the entries; it decides nothing. Methods are synchronized, so one
 * session serialises its attempts; several sessions sharing a ledger are serialised only by the
 * ledger's own checks.
 */
public final class DrawSession {
  /** A placeholder record hash for the refusal pre-check, which does not read it. */
  private static final String NO_RECORD_YET = "0".repeat(64);

  private final DrawLedger ledger;
  private final Clock clock;

  /** A session appending to {@code ledger}, stamping entries with {@code clock}. */
  public DrawSession(DrawLedger ledger, Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The ledger. */
  public DrawLedger ledger() {
    return ledger;
  }

  /** Draws a task for the first time. */
  public synchronized DrawOutcome<DrawRecord> draw(Manifest manifest, SeedSource source,
      Population population) {
    return single(manifest, source, population, "");
  }

  /**
   * Draws a task again, with seed material that gives a new seed and the reason for the redraw
   * (for example "the population file missed 12 entities of 140106").
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public synchronized DrawOutcome<DrawRecord> redraw(Manifest manifest, SeedSource source,
      Population population, String reason) {
    checkArgument(reason != null && !reason.isBlank(), "a redraw of task %s needs a reason",
        manifest.task());
    return single(manifest, source, population, reason.strip());
  }

  private DrawOutcome<DrawRecord> single(Manifest manifest, SeedSource source,
      Population population, String reason) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(source, "seed source");
    Objects.requireNonNull(population, "population");
    Instant at = clock.instant();
    String task = manifest.task();
    byte[] seed;
    try {
      seed = source.seed(manifest);
    } catch (SeedRejectedException e) {
      return failed(List.of(task), manifest.hash(), e.getMessage(), at);
    }
    Optional<String> refusal = DrawLedger.refusal(ledger.entries(task), new DrawAttempt(task,
        DrawAttempt.Outcome.DRAWN, manifest.hash(), Codec.hex(seed), NO_RECORD_YET, reason, at));
    if (refusal.isPresent()) {
      return new DrawOutcome.Refused<>(refusal.get());
    }
    DrawRecord record;
    try {
      record = TargetDraw.draw(manifest, source, population);
    } catch (IllegalArgumentException e) {
      return failed(List.of(task), manifest.hash(), e.getMessage(), at);
    }
    DrawAttempt attempt = reason.isEmpty() ? DrawAttempt.drawn(record, at)
        : DrawAttempt.redrawn(record, reason, at);
    return appendAll(List.of(attempt), record);
  }

  /**
   * Replaces a selected entity by the next alternate of its stratum, with the reason (for
   * example "deregistered on 2024-05-02"). A stratum with no alternate left is a failed attempt.
   *
   * @throws IllegalArgumentException if {@code id} is not in the record's current sample or the
   *     reason is blank
   */
  public synchronized DrawOutcome<DrawRecord> replace(DrawRecord record, String id,
      String reason) {
    Objects.requireNonNull(record, "record");
    Instant at = clock.instant();
    DrawRecord updated;
    try {
      updated = record.withReplacement(id, reason);
    } catch (IllegalStateException e) {
      return failed(List.of(record.manifest().task()), record.manifestHash(),
          "replacement of " + id + " (" + reason + ") failed: " + e.getMessage(), at);
    }
    return appendAll(List.of(DrawAttempt.replaced(updated, at)), updated);
  }

  /** Draws every task of a joint event for the first time. */
  public synchronized DrawOutcome<JointDrawRecord> draw(JointManifest manifest, SeedSource source,
      Map<String, Population> populations) {
    return joint(manifest, source, populations, "");
  }

  /**
   * Draws every task of a joint event again, with seed material that gives a new seed and the
   * reason for the redraw.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public synchronized DrawOutcome<JointDrawRecord> redraw(JointManifest manifest,
      SeedSource source, Map<String, Population> populations, String reason) {
    checkArgument(reason != null && !reason.isBlank(),
        "a redraw of joint event %s needs a reason", manifest.event());
    return joint(manifest, source, populations, reason.strip());
  }

  private DrawOutcome<JointDrawRecord> joint(JointManifest manifest, SeedSource source,
      Map<String, Population> populations, String reason) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(source, "seed source");
    Objects.requireNonNull(populations, "populations");
    Instant at = clock.instant();
    List<String> tasks = manifest.tasks().stream().map(JointManifest.TaskPlan::task).toList();
    byte[] seed;
    try {
      seed = source.seed(manifest);
    } catch (SeedRejectedException e) {
      return failed(tasks, manifest.hash(), e.getMessage(), at);
    }
    List<String> refusals = new ArrayList<>();
    for (String task : tasks) {
      DrawLedger.refusal(ledger.entries(task), new DrawAttempt(task, DrawAttempt.Outcome.DRAWN,
          manifest.hash(), Codec.hex(seed), NO_RECORD_YET, reason, at)).ifPresent(refusals::add);
    }
    if (!refusals.isEmpty()) {
      return new DrawOutcome.Refused<>(String.join("; ", refusals));
    }
    JointDrawRecord record;
    try {
      record = JointDraw.draw(manifest, source, populations);
    } catch (IllegalArgumentException e) {
      return failed(tasks, manifest.hash(), e.getMessage(), at);
    }
    List<DrawAttempt> attempts = new ArrayList<>();
    for (String task : tasks) {
      attempts.add(reason.isEmpty() ? DrawAttempt.drawn(record, task, at)
          : DrawAttempt.redrawn(record, task, reason, at));
    }
    return appendAll(attempts, record);
  }

  /**
   * Replaces a selected entity of one task of a joint record by the next alternate of its
   * stratum in that task.
   *
   * @throws IllegalArgumentException if {@code id} is not in the task's current sample or the
   *     reason is blank
   */
  public synchronized DrawOutcome<JointDrawRecord> replace(JointDrawRecord record, String task,
      String id, String reason) {
    Objects.requireNonNull(record, "record");
    Instant at = clock.instant();
    JointDrawRecord updated;
    try {
      updated = record.withReplacement(task, id, reason);
    } catch (IllegalStateException e) {
      return failed(List.of(task), record.manifestHash(),
          "replacement of " + id + " (" + reason + ") failed: " + e.getMessage(), at);
    }
    return appendAll(List.of(DrawAttempt.replaced(updated,
        updated.replacements().get(updated.replacements().size() - 1), at)), updated);
  }

  /**
   * Replaces an entity in every task of a joint record whose current sample holds it (one
   * {@code replaced} entry per task). If one of those tasks has no alternate left, nothing is
   * replaced and the failure is logged for every task concerned.
   *
   * @throws IllegalArgumentException if no task's current sample holds {@code id} or the reason
   *     is blank
   */
  public synchronized DrawOutcome<JointDrawRecord> replaceInEveryTask(JointDrawRecord record,
      String id, String reason) {
    Objects.requireNonNull(record, "record");
    Instant at = clock.instant();
    List<String> concerned = record.tasks().stream().map(JointDrawRecord.TaskDraw::task)
        .filter(t -> record.currentSample(t).contains(id)).toList();
    JointDrawRecord updated;
    try {
      updated = record.withReplacementInEveryTask(id, reason);
    } catch (IllegalStateException e) {
      return failed(concerned, record.manifestHash(),
          "replacement of " + id + " (" + reason + ") failed: " + e.getMessage(), at);
    }
    List<DrawAttempt> attempts = new ArrayList<>();
    List<JointDrawRecord.Replacement> added = updated.replacements()
        .subList(record.replacements().size(), updated.replacements().size());
    for (JointDrawRecord.Replacement r : added) {
      attempts.add(DrawAttempt.replaced(updated, r, at));
    }
    return appendAll(attempts, updated);
  }

  private <R> DrawOutcome<R> failed(List<String> tasks, String manifestHash, String reason,
      Instant at) {
    List<LedgerEntry> entries = new ArrayList<>();
    for (String task : tasks) {
      LedgerAppend a = ledger.append(DrawAttempt.failed(task, manifestHash, reason, at));
      if (a instanceof LedgerAppend.Appended ok) {
        entries.add(ok.entry());
      }
    }
    return new DrawOutcome.Failed<>(reason, entries);
  }

  /**
   * Appends the attempts in order. The pre-checks make a refusal here unlikely; if the ledger
   * (shared with another session) refuses one, the entries already appended stay and the outcome
   * is a refusal naming them.
   */
  private <R> DrawOutcome<R> appendAll(List<DrawAttempt> attempts, R record) {
    List<LedgerEntry> entries = new ArrayList<>();
    for (DrawAttempt attempt : attempts) {
      LedgerAppend a = ledger.append(attempt);
      if (a instanceof LedgerAppend.Refused refused) {
        return new DrawOutcome.Refused<>(refused.reason() + (entries.isEmpty() ? ""
            : " (after appending entries " + entries.stream().map(LedgerEntry::sequence)
            .toList() + ")"));
      }
      entries.add(((LedgerAppend.Appended) a).entry());
    }
    return new DrawOutcome.Drawn<>(record, entries);
  }
}
