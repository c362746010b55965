package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One attempt to append to a {@link DrawLedger}: a draw, a redraw (which needs a reason and a new
 * seed), a failed attempt (for example a rejected reveal), or a replacement made after the draw.
 *
 * @param task the task number
 * @param outcome what happened
 * @param manifestHash the manifest hash (hex), or "" when there was none
 * @param seed the derived seed (hex), or "" when none was derived
 * @param recordHash SHA-256 of the published record file (hex), or "" when there is none
 * @param reason why (required for redraws, failures and replacements; what was published for a
 *     publication), or ""
 * @param at when, supplied by the caller's clock, truncated to whole seconds
 */
public record DrawAttempt(String task, Outcome outcome, String manifestHash, String seed,
    String recordHash, String reason, Instant at) {

  /** What an attempt did. */
  public enum Outcome {
    /** A draw was made and its record published. */
    DRAWN("drawn"),
    /** An attempt failed; no record was published. */
    FAILED("failed"),
    /** A selected entity was replaced by an alternate; the updated record was published. */
    REPLACED("replaced"),
    /**
     * Inspectors were assigned to the task's targets; the assignment record was published (the
     * entry carries the assignment manifest hash, its seed and the record hash).
     */
    ASSIGNED("assigned"),
    /**
     * Something about the task was published (the entry's record hash is the published
     * document's SHA-256, its reason says what was published); no seed.
     */
    PUBLISHED("published");

    private final String token;

    Outcome(String token) {
      this.token = token;
    }

    /** The token in the entry hash, for example {@code "drawn"}. */
    public String token() {
      return token;
    }
  }

  /** Validates the fields; hashes must be empty or 64 hex digits, lowercased. */
  public DrawAttempt {
    Codec.text("task", task);
    Objects.requireNonNull(outcome, "outcome");
    manifestHash = optionalHash("manifest hash", manifestHash);
    seed = optionalHash("seed", seed);
    recordHash = optionalHash("record hash", recordHash);
    reason = reason == null ? "" : reason.strip();
    Objects.requireNonNull(at, "at");
    at = at.truncatedTo(ChronoUnit.SECONDS);
    if (outcome != Outcome.DRAWN && outcome != Outcome.ASSIGNED) {
      checkArgument(!reason.isEmpty(), "a %s attempt of task %s needs a reason", outcome.token,
          task);
    }
    if (outcome != Outcome.FAILED && outcome != Outcome.PUBLISHED) {
      checkArgument(!seed.isEmpty() && !recordHash.isEmpty(),
          "a %s attempt of task %s needs the seed and the record hash", outcome.token, task);
    }
    if (outcome == Outcome.PUBLISHED) {
      checkArgument(!recordHash.isEmpty(),
          "a published entry of task %s needs the published document's hash", task);
    }
  }

  /** A first draw of its task. */
  public static DrawAttempt drawn(DrawRecord record, Instant at) {
    return new DrawAttempt(record.manifest().task(), Outcome.DRAWN, record.manifestHash(),
        record.seed(), record.jsonHash(), "", at);
  }

  /** A redraw of a task already drawn: needs a new seed and a reason. */
  public static DrawAttempt redrawn(DrawRecord record, String reason, Instant at) {
    return new DrawAttempt(record.manifest().task(), Outcome.DRAWN, record.manifestHash(),
        record.seed(), record.jsonHash(), reason, at);
  }

  /** A failed attempt (for example a reveal that did not match its commitment). */
  public static DrawAttempt failed(String task, String manifestHash, String reason, Instant at) {
    return new DrawAttempt(task, Outcome.FAILED, manifestHash, "", "", reason, at);
  }

  /** A replacement recorded in {@code updated} (its last replacement). */
  public static DrawAttempt replaced(DrawRecord updated, Instant at) {
    checkArgument(!updated.replacements().isEmpty(), "the record of task %s has no replacement",
        updated.manifest().task());
    DrawRecord.Replacement r = updated.replacements().get(updated.replacements().size() - 1);
    return new DrawAttempt(updated.manifest().task(), Outcome.REPLACED, updated.manifestHash(),
        updated.seed(), updated.jsonHash(),
        r.replaced() + " -> " + r.replacement() + ": " + r.reason(), at);
  }

  /**
   * The draw of one task of a joint draw: the entry carries the joint manifest hash, the shared
   * seed and the hash of the joint record.
   */
  public static DrawAttempt drawn(JointDrawRecord record, String task, Instant at) {
    return jointDraw(record, task, "", at);
  }

  /** A redraw of one task of a joint draw: needs a new seed and a reason. */
  public static DrawAttempt redrawn(JointDrawRecord record, String task, String reason,
      Instant at) {
    checkArgument(reason != null && !reason.isBlank(), "a redraw of task %s needs a reason", task);
    return jointDraw(record, task, reason, at);
  }

  private static DrawAttempt jointDraw(JointDrawRecord record, String task, String reason,
      Instant at) {
    checkArgument(record.manifest().task(task).isPresent(), "task %s is not in joint event %s",
        task, record.manifest().event());
    return new DrawAttempt(task, Outcome.DRAWN, record.manifestHash(), record.seed(),
        record.jsonHash(), reason, at);
  }

  /** A replacement in one task of a joint draw, recorded in {@code updated}. */
  public static DrawAttempt replaced(JointDrawRecord updated, JointDrawRecord.Replacement r,
      Instant at) {
    checkArgument(updated.replacements().contains(r),
        "the joint record does not hold the replacement of %s in task %s", r.replaced(),
        r.task());
    return new DrawAttempt(r.task(), Outcome.REPLACED, updated.manifestHash(), updated.seed(),
        updated.jsonHash(), r.replaced() + " -> " + r.replacement() + ": " + r.reason(), at);
  }

  private static String optionalHash(String field, String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return Codec.hex(Codec.unhex(field, value, 32));
  }
}
