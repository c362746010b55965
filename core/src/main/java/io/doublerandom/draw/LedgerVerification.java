package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Verification of a published record against the ledger's entries (docs/draw-spec.md section
 * 12.1): what the record alone cannot show. A record verifies against its population even with
 * a replacement added by hand, because the record cannot know whether a replacement was
 * authorised; the ledger can. This reports a draw, a redraw or a replacement that the ledger does
 * not hold, a replacement the ledger holds that the record lacks, a record superseded by a later
 * redraw, and record hashes that do not match the record's content.
 *
 * <pre>{@code
 * Verification population = TargetDraw.verify(record, population);      // the draw itself
 * Verification ledger = LedgerVerification.verify(record, store.entries()); // its trace
 * }</pre>
 *
 * <p>The entries are a {@link DrawLedger}'s {@linkplain DrawLedger#entries() entries} in order,
 * from any implementation (in memory, a database, an exported ledger file), so any storage
 * provider's ledger plugs in. Field names start with {@code ledger} or {@code replacements[i]}.
 */
public final class LedgerVerification {
  private LedgerVerification() {}

  /** {@link #verify(DrawRecord, List)} over every entry of {@code ledger}. */
  public static Verification verify(DrawRecord record, DrawLedger ledger) {
    return verify(record, Objects.requireNonNull(ledger, "ledger").entries());
  }

  /**
   * Checks a single-task record against a ledger's entries: the chain, the {@code drawn} entry of
   * this draw (manifest hash and seed) and its record hash, that no later draw of the task
   * superseded it, and the record's replacements one by one against the task's {@code replaced}
   * entries that follow the draw (same seed), each with the record hash of the record up to that
   * replacement.
   *
   * @param record the published record
   * @param entries every entry of the ledger, in order
   */
  public static Verification verify(DrawRecord record, List<LedgerEntry> entries) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(entries, "entries");
    List<Verification.Difference> diffs = new ArrayList<>();
    chain(entries, diffs);
    String task = record.manifest().task();
    List<String> replacements = new ArrayList<>();
    List<Set<String>> hashes = new ArrayList<>();
    DrawRecord prefix = withReplacements(record, List.of());
    Set<String> drawnHashes = hashesOf(prefix.jsonHash(), prefix.toJson());
    for (int i = 0; i < record.replacements().size(); i++) {
      DrawRecord.Replacement r = record.replacements().get(i);
      replacements.add(reason(r.replaced(), r.replacement(), r.reason()));
      DrawRecord upTo = withReplacements(record, record.replacements().subList(0, i + 1));
      hashes.add(hashesOf(upTo.jsonHash(), upTo.toJson()));
    }
    task(task, record.manifestHash(), record.seed(), drawnHashes, replacements, hashes, "",
        entries, diffs);
    return new Verification(diffs);
  }

  /** {@link #verify(JointDrawRecord, List)} over every entry of {@code ledger}. */
  public static Verification verify(JointDrawRecord record, DrawLedger ledger) {
    return verify(record, Objects.requireNonNull(ledger, "ledger").entries());
  }

  /**
   * Checks a joint record against a ledger's entries: per task of the event, as {@link
   * #verify(DrawRecord, List)} with the joint manifest hash, the shared seed and the task's own
   * replacements (a {@code replaced} entry may carry the hash of the record after several
   * replacements made at once, for an entity replaced in every task; field names are prefixed
   * {@code ledger[T]}).
   */
  public static Verification verify(JointDrawRecord record, List<LedgerEntry> entries) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(entries, "entries");
    List<Verification.Difference> diffs = new ArrayList<>();
    chain(entries, diffs);
    List<JointDrawRecord.Replacement> all = record.replacements();
    List<Set<String>> prefixHashes = new ArrayList<>();
    for (int j = 0; j <= all.size(); j++) {
      List<JointDrawRecord.Replacement> reps = all.subList(0, j);
      JointDrawRecord upTo = new JointDrawRecord(record.spec(), record.manifest(),
          record.manifestHash(), record.seedSource(), record.seed(), record.tasks(), reps,
          JointDrawRecord.group(record.manifest(), record.tasks(), reps));
      prefixHashes.add(hashesOf(upTo.jsonHash(), upTo.toJson()));
    }
    for (JointManifest.TaskPlan t : record.manifest().tasks()) {
      List<String> replacements = new ArrayList<>();
      List<Set<String>> hashes = new ArrayList<>();
      for (int j = 0; j < all.size(); j++) {
        JointDrawRecord.Replacement r = all.get(j);
        if (!r.task().equals(t.task())) {
          continue;
        }
        replacements.add(reason(r.replaced(), r.replacement(), r.reason()));
        Set<String> any = new java.util.LinkedHashSet<>();
        for (int k = j + 1; k <= all.size(); k++) {
          any.addAll(prefixHashes.get(k));
        }
        hashes.add(any);
      }
      task(t.task(), record.manifestHash(), record.seed(), prefixHashes.get(0), replacements,
          hashes, "[" + t.task() + "]", entries, diffs);
    }
    return new Verification(diffs);
  }

  /** The reason text of a {@code replaced} entry (section 12). */
  static String reason(String replaced, String replacement, String reason) {
    return replaced + " -> " + replacement + ": " + reason.strip();
  }

  private static void chain(List<LedgerEntry> entries, List<Verification.Difference> diffs) {
    for (String problem : DrawLedger.checkChain(entries)) {
      diffs.add(new Verification.Difference("ledger chain", "intact", problem));
    }
  }

  /** The record hash, and the SHA-256 of the file bytes the reference writer writes (legacy). */
  private static Set<String> hashesOf(String canonical, String json) {
    Set<String> s = new java.util.LinkedHashSet<>();
    s.add(canonical);
    s.add(Codec.hex(Codec.sha256(json.getBytes(StandardCharsets.UTF_8))));
    return s;
  }

  private static DrawRecord withReplacements(DrawRecord r, List<DrawRecord.Replacement> reps) {
    return new DrawRecord(r.spec(), r.manifest(), r.manifestHash(), r.seedSource(), r.seed(),
        r.strata(), reps);
  }

  private static void task(String task, String manifestHash, String seed, Set<String> drawnHashes,
      List<String> replacements, List<Set<String>> hashes, String suffix,
      List<LedgerEntry> entries, List<Verification.Difference> diffs) {
    String f = "ledger" + suffix;
    int drawnAt = -1;
    for (int i = 0; i < entries.size(); i++) {
      DrawAttempt a = entries.get(i).attempt();
      if (a.task().equals(task) && a.outcome() == DrawAttempt.Outcome.DRAWN
          && a.manifestHash().equals(manifestHash) && a.seed().equals(seed)) {
        drawnAt = i;
        break;
      }
    }
    if (drawnAt < 0) {
      diffs.add(new Verification.Difference(f + ".drawn", "task " + task + ", manifest hash "
          + manifestHash + ", seed " + seed, "no drawn entry of task " + task
          + " holds this draw: the ledger does not know this record"));
      for (int i = 0; i < replacements.size(); i++) {
        diffs.add(new Verification.Difference("replacements[" + i + "]" + suffix,
            replacements.get(i), "not in the ledger"));
      }
      return;
    }
    LedgerEntry drawn = entries.get(drawnAt);
    if (!drawnHashes.contains(drawn.attempt().recordHash())) {
      diffs.add(new Verification.Difference(f + "[" + drawn.sequence() + "].recordHash",
          drawn.attempt().recordHash(), first(drawnHashes)
              + " (the record without its replacements)"));
    }
    List<LedgerEntry> logged = new ArrayList<>();
    for (int i = drawnAt + 1; i < entries.size(); i++) {
      DrawAttempt a = entries.get(i).attempt();
      if (!a.task().equals(task)) {
        continue;
      }
      if (a.outcome() == DrawAttempt.Outcome.DRAWN) {
        diffs.add(new Verification.Difference(f + ".redraw", "the record's draw (entry "
            + drawn.sequence() + ")", "superseded by entry " + entries.get(i).sequence()
            + ", a redraw of task " + task + " with seed " + a.seed() + ": " + a.reason()));
        break;
      }
      if (a.outcome() == DrawAttempt.Outcome.REPLACED && a.seed().equals(seed)) {
        logged.add(entries.get(i));
      }
    }
    int n = Math.max(replacements.size(), logged.size());
    for (int i = 0; i < n; i++) {
      String rec = i < replacements.size() ? replacements.get(i) : null;
      LedgerEntry e = i < logged.size() ? logged.get(i) : null;
      if (e == null) {
        diffs.add(new Verification.Difference("replacements[" + i + "]" + suffix, rec,
            "not in the ledger (no replaced entry of task " + task + " for it)"));
        continue;
      }
      if (rec == null) {
        diffs.add(new Verification.Difference(f + "[" + e.sequence() + "]", "absent from the"
            + " record", "replacement " + e.attempt().reason() + " (logged)"));
        continue;
      }
      if (!rec.equals(e.attempt().reason())) {
        diffs.add(new Verification.Difference("replacements[" + i + "]" + suffix, rec,
            "entry " + e.sequence() + " logged " + e.attempt().reason()));
      } else if (!hashes.get(i).contains(e.attempt().recordHash())) {
        diffs.add(new Verification.Difference(f + "[" + e.sequence() + "].recordHash",
            e.attempt().recordHash(), first(hashes.get(i))
                + " (the record up to this replacement)"));
      }
    }
  }

  /** The canonical record hash (the first of the set). */
  private static String first(Set<String> hashes) {
    return hashes.iterator().next();
  }
}
