package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import io.doublerandom.draw.SeedRejectedException;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.Verification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The verifiable inspector assignment (the second 随机 of 双随机): {@link #assign} staffs every
 * visit with a team that satisfies every rule, or reports every visit that cannot be staffed;
 * {@link #verify} re-runs a published record and lists every difference; {@link #replace}
 * replaces a member after the assignment. All are pure functions of their arguments;
 * docs/assignment-spec.md specifies them byte by byte.
 *
 * <pre>{@code
 * AssignmentInput input = AssignmentInput.of(inspectors, visits, history);
 * AssignmentManifest manifest = AssignmentManifest.create("SX-2024-0001", drawRecord.jsonHash(),
 *     AssignmentRules.defaults(), SeedPlan.recorded(), input);
 * publish(manifest.hash());                                   // before the seed exists
 * AssignmentOutcome outcome = Assignment.assign(manifest,
 *     SeedSource.recorded(new SecureRandom()), input);
 * if (outcome instanceof AssignmentOutcome.Assigned a) {
 *   Verification v = Assignment.verify(a.record(), input);    // v.reproduces()
 * }
 * }</pre>
 */
public final class Assignment {
  /** The specification version implemented: {@value}. */
  public static final String SPEC = "doublerandom/assign/v1";

  private Assignment() {}

  /**
   * Assigns inspectors to every visit.
   *
   * @return the record, or the report of the visits that cannot be staffed (nothing assigned)
   * @throws IllegalArgumentException if the manifest does not describe these inputs (the message
   *     names the differing fields)
   * @throws SeedRejectedException if the seed material does not fit the manifest's seed plan
   */
  public static AssignmentOutcome assign(AssignmentManifest manifest, SeedSource source,
      AssignmentInput input) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(source, "seed source");
    Objects.requireNonNull(input, "input");
    AssignmentManifest expected = recompute(manifest, input);
    if (!expected.equals(manifest)) {
      List<Verification.Difference> diffs = new ArrayList<>();
      compareManifests(manifest, expected, diffs);
      throw new IllegalArgumentException("the manifest does not describe these inputs: "
          + (diffs.isEmpty() ? "spec " + manifest.spec() : diffs.toString()));
    }
    byte[] seed = source.seed(manifest.seedPlan(), manifest.hash());
    Engine.Result result = Engine.run(new Problem(input, manifest.rules(), seed,
        manifest.assignment()));
    if (!result.unstaffed().isEmpty()) {
      return new AssignmentOutcome.Infeasible(manifest, Codec.hex(seed), result.unstaffed());
    }
    return new AssignmentOutcome.Assigned(new AssignmentRecord(SPEC, manifest, manifest.hash(),
        source, Codec.hex(seed), result.teams(), List.of()));
  }

  /**
   * Replaces a member of a visit's current team by the first eligible inspector of the same group
   * in pair-key order who is not on the team, was not replaced out of this visit, was not
   * withdrawn as unavailable, and has capacity left (spec section 10).
   *
   * @param record the record (with the replacements made so far)
   * @param input the frozen inputs of the record
   * @param reason the reason in words, required
   * @return the record with the replacement appended, or empty if no inspector can take the
   *     place without breaking a rule
   * @throws IllegalArgumentException if the inspector is not on the current team of the visit, or
   *     the reason is blank
   */
  public static Optional<AssignmentRecord> replace(AssignmentRecord record,
      AssignmentInput input, String visitId, String inspectorId, ReplacementCause cause,
      String reason) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(cause, "cause");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("replacing " + inspectorId + " at visit " + visitId
          + " needs a reason");
    }
    byte[] seed = Codec.unhex("seed", record.seed(), 32);
    return Engine.replacement(record, input, seed, visitId, inspectorId, cause, reason)
        .map(r -> {
          List<AssignmentRecord.Replacement> list = new ArrayList<>(record.replacements());
          list.add(r);
          return new AssignmentRecord(record.spec(), record.manifest(), record.manifestHash(),
              record.seedSource(), record.seed(), record.visits(), list);
        });
  }

  /**
   * Re-runs a record over the frozen inputs and lists every difference (spec section 11): the
   * specification version, the manifest's digests and sizes, the manifest hash, the seed, and per
   * visit the order, key, pool, removals per rule, groups, team and leader; then the
   * replacements.
   */
  public static Verification verify(AssignmentRecord record, AssignmentInput input) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(input, "input");
    List<Verification.Difference> diffs = new ArrayList<>();
    AssignmentManifest m = record.manifest();
    if (!SPEC.equals(record.spec()) || !SPEC.equals(m.spec())) {
      diff(diffs, "spec", record.spec() + " / manifest " + m.spec(), "only " + SPEC
          + " is supported");
      return new Verification(diffs);
    }
    AssignmentManifest expected = recompute(m, input);
    compareManifests(m, expected, diffs);
    String hash = m.hash();
    if (!hash.equals(record.manifestHash())) {
      diff(diffs, "manifestHash", record.manifestHash(), hash + " (hash of the recorded manifest)");
    }
    if (!hash.equals(expected.hash())) {
      diff(diffs, "manifestHash (recomputed from the inputs)", hash, expected.hash());
    }
    byte[] seed = Verification.seedStep(record.seedSource(), m.seedPlan(), hash, record.seed(), diffs);
    if (seed == null) {
      return new Verification(diffs);
    }
    Engine.Result rerun = Engine.run(new Problem(input, m.rules(), seed, m.assignment()));
    if (!rerun.unstaffed().isEmpty()) {
      for (UnstaffedVisit u : rerun.unstaffed()) {
        diff(diffs, "visits[" + u.visit() + "]", "staffed", "cannot be staffed: " + u);
      }
      return new Verification(diffs);
    }
    compareVisits(record.visits(), rerun.teams(), diffs);
    compareReplacements(record, input, seed, diffs);
    return new Verification(diffs);
  }

  private static AssignmentManifest recompute(AssignmentManifest m, AssignmentInput input) {
    return new AssignmentManifest(SPEC, m.assignment(), m.drawRecordHash(),
        input.directoryDigest(), input.inspectors().size(), input.visitsDigest(),
        input.visits().size(), input.historyDigest(), input.history().size(), m.rules(),
        m.seedPlan());
  }

  private static void compareManifests(AssignmentManifest rec, AssignmentManifest exp,
      List<Verification.Difference> diffs) {
    if (!rec.spec().equals(exp.spec())) {
      diff(diffs, "manifest.spec", rec.spec(), exp.spec());
    }
    if (!rec.directoryDigest().equals(exp.directoryDigest())) {
      diff(diffs, "manifest.directoryDigest", rec.directoryDigest(), exp.directoryDigest());
    }
    if (rec.directorySize() != exp.directorySize()) {
      diff(diffs, "manifest.directorySize", rec.directorySize(), exp.directorySize());
    }
    if (!rec.visitsDigest().equals(exp.visitsDigest())) {
      diff(diffs, "manifest.visitsDigest", rec.visitsDigest(), exp.visitsDigest());
    }
    if (rec.visitCount() != exp.visitCount()) {
      diff(diffs, "manifest.visitCount", rec.visitCount(), exp.visitCount());
    }
    if (!rec.historyDigest().equals(exp.historyDigest())) {
      diff(diffs, "manifest.historyDigest", rec.historyDigest(), exp.historyDigest());
    }
    if (rec.historySize() != exp.historySize()) {
      diff(diffs, "manifest.historySize", rec.historySize(), exp.historySize());
    }
  }

  private static void compareVisits(List<AssignmentRecord.VisitTeam> recorded,
      List<AssignmentRecord.VisitTeam> rerun, List<Verification.Difference> diffs) {
    Map<String, AssignmentRecord.VisitTeam> a = new LinkedHashMap<>();
    recorded.forEach(v -> a.put(v.visit(), v));
    Map<String, AssignmentRecord.VisitTeam> b = new LinkedHashMap<>();
    rerun.forEach(v -> b.put(v.visit(), v));
    for (String id : union(a.keySet(), b.keySet())) {
      AssignmentRecord.VisitTeam x = a.get(id);
      AssignmentRecord.VisitTeam y = b.get(id);
      String f = "visits[" + id + "]";
      if (x == null || y == null) {
        diff(diffs, f, x == null ? "absent" : "present", y == null ? "absent" : "present");
        continue;
      }
      same(diffs, f + ".task", x.task(), y.task());
      same(diffs, f + ".entity", x.entity(), y.entity());
      same(diffs, f + ".key", x.key(), y.key());
      same(diffs, f + ".pool", x.pool(), y.pool());
      Map<Rule, Integer> ra = new LinkedHashMap<>();
      x.removed().forEach(r -> ra.put(r.rule(), r.count()));
      Map<Rule, Integer> rb = new LinkedHashMap<>();
      y.removed().forEach(r -> rb.put(r.rule(), r.count()));
      for (Rule r : Rule.values()) {
        same(diffs, f + ".removed[" + r.token() + "]", text(ra.get(r)), text(rb.get(r)));
      }
      Map<String, AssignmentRecord.GroupCount> ga = new LinkedHashMap<>();
      x.groups().forEach(g -> ga.put(g.group(), g));
      Map<String, AssignmentRecord.GroupCount> gb = new LinkedHashMap<>();
      y.groups().forEach(g -> gb.put(g.group(), g));
      for (String g : union(ga.keySet(), gb.keySet())) {
        AssignmentRecord.GroupCount p = ga.get(g);
        AssignmentRecord.GroupCount q = gb.get(g);
        if (p == null || q == null) {
          diff(diffs, f + ".groups[" + g + "]", p == null ? "absent" : "present",
              q == null ? "absent" : "present");
          continue;
        }
        same(diffs, f + ".groups[" + g + "].demand", p.demand(), q.demand());
        same(diffs, f + ".groups[" + g + "].eligible", p.eligible(), q.eligible());
      }
      Map<String, AssignmentRecord.Member> ma = new LinkedHashMap<>();
      x.team().forEach(mm -> ma.put(mm.id(), mm));
      Map<String, AssignmentRecord.Member> mb = new LinkedHashMap<>();
      y.team().forEach(mm -> mb.put(mm.id(), mm));
      for (String i : union(ma.keySet(), mb.keySet())) {
        AssignmentRecord.Member p = ma.get(i);
        AssignmentRecord.Member q = mb.get(i);
        String fm = f + ".team[" + i + "]";
        if (p == null || q == null) {
          diff(diffs, fm, p == null ? "absent" : "present in " + p.group(),
              q == null ? "absent" : "present in " + q.group());
          continue;
        }
        same(diffs, fm + ".group", p.group(), q.group());
        same(diffs, fm + ".name", p.name(), q.name());
        same(diffs, fm + ".key", p.key(), q.key());
      }
      if (ma.size() != x.team().size()) {
        diff(diffs, f + ".team size", x.team().size() + " entries (with repeats)",
            y.team().size());
      } else if (ma.keySet().equals(mb.keySet())
          && !x.team().stream().map(AssignmentRecord.Member::id).toList()
              .equals(y.team().stream().map(AssignmentRecord.Member::id).toList())) {
        diff(diffs, f + ".team order", x.team().stream().map(AssignmentRecord.Member::id)
            .toList(), y.team().stream().map(AssignmentRecord.Member::id).toList());
      }
      same(diffs, f + ".leader", x.leader(), y.leader());
    }
    List<String> oa = recorded.stream().map(AssignmentRecord.VisitTeam::visit).toList();
    List<String> ob = rerun.stream().map(AssignmentRecord.VisitTeam::visit).toList();
    if (a.keySet().equals(b.keySet()) && oa.size() == ob.size() && !oa.equals(ob)) {
      diff(diffs, "visits order", oa, ob);
    }
  }

  private static void compareReplacements(AssignmentRecord record, AssignmentInput input,
      byte[] seed, List<Verification.Difference> diffs) {
    AssignmentRecord replay = new AssignmentRecord(record.spec(), record.manifest(),
        record.manifestHash(), record.seedSource(), Codec.hex(seed), record.visits(), List.of());
    for (int i = 0; i < record.replacements().size(); i++) {
      AssignmentRecord.Replacement r = record.replacements().get(i);
      String f = "replacements[" + i + "]";
      Optional<AssignmentRecord.Replacement> expected;
      try {
        expected = Engine.replacement(replay, input, seed, r.visit(), r.replaced(), r.cause(),
            r.reason());
      } catch (IllegalArgumentException e) {
        diff(diffs, f + ".replaced", r.replaced(), e.getMessage());
        continue;
      }
      if (expected.isEmpty()) {
        diff(diffs, f + ".replacement", r.replacement(), "no eligible inspector left");
        continue;
      }
      AssignmentRecord.Replacement e = expected.get();
      same(diffs, f + ".group", r.group(), e.group());
      same(diffs, f + ".replacement", r.replacement(), e.replacement());
      same(diffs, f + ".name", r.name(), e.name());
      same(diffs, f + ".key", r.key(), e.key());
      List<AssignmentRecord.Replacement> list = new ArrayList<>(replay.replacements());
      list.add(r);
      replay = new AssignmentRecord(replay.spec(), replay.manifest(), replay.manifestHash(),
          replay.seedSource(), replay.seed(), replay.visits(), list);
    }
  }

  private static void same(List<Verification.Difference> diffs, String field, Object a,
      Object b) {
    if (!Objects.equals(a, b)) {
      diff(diffs, field, a, b);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }

  private static String text(Object o) {
    return o == null ? "absent" : o.toString();
  }

  private static void diff(List<Verification.Difference> diffs, String field, Object recorded,
      Object recomputed) {
    diffs.add(new Verification.Difference(field, text(recorded), text(recomputed)));
  }
}
