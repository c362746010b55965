package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import io.doublerandom.model.Inspector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Solves a {@link Problem} (spec section 8) and computes replacements (section 10). */
final class Engine {
  private Engine() {}

  /** Either every visit's team in visit order, or the unstaffed visits. */
  record Result(List<AssignmentRecord.VisitTeam> teams, List<UnstaffedVisit> unstaffed) {}

  static Result run(Problem p) {
    int m = p.visits.length;
    int[] all = new int[m];
    for (int k = 0; k < m; k++) {
      all[k] = k;
    }
    FlowSolver solver = new FlowSolver(p, all);
    List<Integer> rejected = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      if (!solver.admit(k)) {
        rejected.add(k);
      }
    }
    if (!rejected.isEmpty()) {
      List<UnstaffedVisit> out = new ArrayList<>();
      for (int k : rejected) {
        boolean alone = new FlowSolver(p, new int[] {k}).admit(0);
        Problem.VisitPlan v = p.visits[k];
        out.add(new UnstaffedVisit(v.visit.id(), v.visit.task(), v.visit.entity().id(),
            alone ? UnstaffedVisit.Cause.CAPACITY : UnstaffedVisit.Cause.TOO_FEW_ELIGIBLE,
            v.pool, removed(v), groups(v)));
      }
      return new Result(List.of(), out);
    }
    List<AssignmentRecord.VisitTeam> teams = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      solver.fix(k);
      Problem.VisitPlan v = p.visits[k];
      List<AssignmentRecord.Member> team = new ArrayList<>();
      for (int gi = 0; gi < v.groups.length; gi++) {
        for (int i : solver.team(k, gi)) {
          team.add(member(p, v, v.groups[gi].label, i));
        }
      }
      teams.add(new AssignmentRecord.VisitTeam(v.visit.id(), v.visit.task(),
          v.visit.entity().id(), Codec.hex(v.key), v.pool, removed(v), groups(v), leader(team),
          team));
    }
    return new Result(teams, List.of());
  }

  static AssignmentRecord.Member member(Problem p, Problem.VisitPlan v, String group, int i) {
    Inspector ins = p.inspectors.get(i);
    return new AssignmentRecord.Member(group, ins.id(), ins.name(), p.pairKeyHex(v, i));
  }

  static List<AssignmentRecord.RuleCount> removed(Problem.VisitPlan v) {
    List<AssignmentRecord.RuleCount> out = new ArrayList<>();
    for (Rule r : Rule.values()) {
      out.add(new AssignmentRecord.RuleCount(r, v.removed[r.ordinal()]));
    }
    return out;
  }

  static List<AssignmentRecord.GroupCount> groups(Problem.VisitPlan v) {
    List<AssignmentRecord.GroupCount> out = new ArrayList<>();
    for (Problem.Group g : v.groups) {
      out.add(new AssignmentRecord.GroupCount(g.label, g.demand, g.candidates.length));
    }
    return out;
  }

  /** The officer with the smallest pair key (ties by id bytes); "" if the team has none. */
  static String leader(List<AssignmentRecord.Member> team) {
    AssignmentRecord.Member best = null;
    for (AssignmentRecord.Member m : team) {
      if (m.group().startsWith("officers") && (best == null || m.key().compareTo(best.key()) < 0
          || (m.key().equals(best.key()) && Codec.compareUtf8(m.id(), best.id()) < 0))) {
        best = m;
      }
    }
    return best == null ? "" : best.id();
  }

  /**
   * The replacement of {@code inspectorId} at {@code visitId} (spec section 10): the first
   * candidate of the member's group in pair-key order that is not on the visit's current team,
   * was not replaced out of the visit, was not withdrawn as unavailable, and has capacity left.
   */
  static Optional<AssignmentRecord.Replacement> replacement(AssignmentRecord record,
      AssignmentInput input, byte[] seed, String visitId, String inspectorId,
      ReplacementCause cause, String reason) {
    List<AssignmentRecord.Member> team = record.currentTeam(visitId);
    AssignmentRecord.Member leaving = team.stream().filter(m -> m.id().equals(inspectorId))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("inspector " + inspectorId
            + " is not on the current team of visit " + visitId));
    AssignmentRules rules = record.manifest().rules();
    Problem p = new Problem(input, rules, seed, record.manifest().assignment(), visitId);
    Problem.VisitPlan plan = null;
    for (Problem.VisitPlan v : p.visits) {
      if (v.visit.id().equals(visitId)) {
        plan = v;
      }
    }
    if (plan == null || plan.groups == null) {
      throw new IllegalArgumentException("visit " + visitId + " is not among the input visits");
    }
    Problem.Group group = null;
    for (Problem.Group g : plan.groups) {
      if (g.label.equals(leaving.group())) {
        group = g;
      }
    }
    if (group == null) {
      throw new IllegalArgumentException("visit " + visitId + " has no group "
          + leaving.group());
    }
    // loads after the replacements so far, without the leaving member at this visit
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> inTask = new HashMap<>();
    String task = plan.visit.task();
    for (AssignmentRecord.VisitTeam v : record.visits()) {
      for (AssignmentRecord.Member m : record.currentTeam(v.visit())) {
        if (v.visit().equals(visitId) && m.id().equals(inspectorId)) {
          continue;
        }
        total.merge(m.id(), 1, Integer::sum);
        if (v.task().equals(task)) {
          inTask.merge(m.id(), 1, Integer::sum);
        }
      }
    }
    Set<String> onTeam = new HashSet<>();
    team.forEach(m -> onTeam.add(m.id()));
    Set<String> replacedHere = record.replacedAt(visitId);
    replacedHere.add(inspectorId);
    Set<String> withdrawn = new HashSet<>();
    for (AssignmentRecord.Replacement r : record.replacements()) {
      if (r.cause() == ReplacementCause.UNAVAILABLE) {
        withdrawn.add(r.replaced());
      }
    }
    if (cause == ReplacementCause.UNAVAILABLE) {
      withdrawn.add(inspectorId);
    }
    for (int i : group.candidates) {
      String id = p.inspectors.get(i).id();
      if (onTeam.contains(id) || replacedHere.contains(id) || withdrawn.contains(id)
          || total.getOrDefault(id, 0) >= rules.batchCapacity()
          || inTask.getOrDefault(id, 0) >= plan.rules.taskCapacity()) {
        continue;
      }
      AssignmentRecord.Member m = member(p, plan, group.label, i);
      return Optional.of(new AssignmentRecord.Replacement(visitId, group.label, inspectorId,
          m.id(), m.name(), m.key(), cause, reason.strip()));
    }
    return Optional.empty();
  }
}
