package io.doublerandom.testkit.assign;

import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.PastVisit;
import io.doublerandom.assign.Rule;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.assign.Visit;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An independent rule checker for inspector assignments, written from the rule text of
 * docs/assignment-spec.md (sections 4–6) without the engine's code: which rule removes an
 * inspector from a visit, the slot groups of a visit, and {@link #violations}: every broken rule
 * of an assignment record over its inputs.
 */
public final class RuleChecker {
  private RuleChecker() {}

  /**
   * The first rule (in rule order) that removes inspector {@code i} from visit {@code v} under
   * the task's rules, or empty if the inspector is in the visit's pool.
   */
  public static Optional<Rule> removedBy(Inspector i, Visit v, TaskRules r,
      List<PastVisit> history) {
    return Optional.ofNullable(rule(i, v, r, history));
  }

  private static Rule rule(Inspector i, Visit v, TaskRules r, List<PastVisit> history) {
    if (!i.active()) {
      return Rule.INACTIVE;
    }
    if (!r.levels().contains(i.level())) {
      return Rule.LEVEL;
    }
    if (!scope(i, v.entity(), r)) {
      return Rule.SCOPE;
    }
    boolean officer = i.kind() == InspectorKind.ENFORCEMENT_OFFICER;
    if (officer && !v.departments().isEmpty() && !v.departments().contains(i.authorityCode())) {
      return Rule.DEPARTMENT;
    }
    for (var d = v.dates().from(); !d.isAfter(v.dates().to()); d = d.plusDays(1)) {
      if (!i.isAvailableOn(d)) {
        return Rule.UNAVAILABLE;
      }
    }
    for (DeclaredConflict c : i.conflicts()) {
      if (c.entity().map(e -> e.value().equals(v.entity().id())).orElse(false)
          || c.partyId().map(p -> v.entity().partyIds().contains(p)).orElse(false)) {
        return Rule.CONFLICT;
      }
    }
    if (v.recusalRequests().contains(i.id())) {
      return Rule.RECUSAL_REQUEST;
    }
    if (r.rotationDays() > 0) {
      for (PastVisit h : history) {
        if (h.entityId().equals(v.entity().id()) && h.inspectorId().equals(i.id())
            && !h.date().isBefore(v.dates().from().minusDays(r.rotationDays()))
            && !h.date().isAfter(v.dates().to())) {
          return Rule.ROTATION;
        }
      }
    }
    if (officer) {
      for (var d = v.dates().from(); !d.isAfter(v.dates().to()); d = d.plusDays(1)) {
        if (!i.isCertifiedOn(d)) {
          return Rule.CERTIFICATE;
        }
      }
    } else if (v.specialties().stream().noneMatch(s -> i.specialties().contains(s))) {
      return Rule.SPECIALTY;
    }
    return null;
  }

  /** Whether the inspector may inspect the entity under the task's scope mode. */
  public static boolean scope(Inspector i, EntityRef e, TaskRules r) {
    RegionCode ir = i.region();
    RegionCode er = e.region();
    String iv = ir.value();
    String ev = er.value();
    switch (r.scope()) {
      case JURISDICTION:
        return ev.startsWith(ir.prefix()) || i.authorityCode().equals(e.registrationAuthority());
      case CROSS_COUNTY: {
        boolean county = ir.level() == RegionLevel.COUNTY;
        boolean related = ev.startsWith(ir.prefix()) || iv.startsWith(er.prefix());
        if (!county || related) {
          return false;
        }
        if (r.partners().isEmpty()) {
          return !iv.substring(2, 4).equals("00") && iv.substring(0, 4).equals(ev.substring(0, 4));
        }
        return r.partners().stream().anyMatch(p -> iv.startsWith(p.prefix()));
      }
      case CROSS_PREFECTURE: {
        boolean related = ev.startsWith(ir.prefix()) || iv.startsWith(er.prefix());
        if (ir.level() == RegionLevel.PROVINCE || iv.substring(2, 4).equals("00") || related) {
          return false;
        }
        Optional<RegionCode> ep = er.prefecture();
        if (ep.isPresent() && ep.get().value().substring(0, 4).equals(iv.substring(0, 4))) {
          return false;
        }
        if (r.partners().isEmpty()) {
          return iv.substring(0, 2).equals(ev.substring(0, 2));
        }
        return r.partners().stream().anyMatch(p -> iv.startsWith(p.prefix()));
      }
      default:
        throw new AssertionError();
    }
  }

  /**
   * A slot group of a visit.
   *
   * @param label the group label ({@code officers}, {@code officers:<department>}, {@code
   *     expert:<specialty>})
   * @param demand how many members it needs
   * @param eligible the ids of the pool's inspectors who can fill it, in directory order
   */
  public record Group(String label, int demand, List<String> eligible) {}

  /** The slot groups of a visit, with their eligible members among {@code pool}. */
  public static List<Group> groups(Visit v, TaskRules r, List<Inspector> pool) {
    List<Group> out = new ArrayList<>();
    List<String> depts = new ArrayList<>(v.departments());
    if (depts.isEmpty()) {
      out.add(new Group("officers", r.officers(), pool.stream()
          .filter(i -> i.kind() == InspectorKind.ENFORCEMENT_OFFICER).map(Inspector::id)
          .toList()));
    } else {
      int k = depts.size();
      int[] q = new int[k];
      Arrays.fill(q, r.officersPerDepartment());
      int j = 0;
      while (Arrays.stream(q).sum() < r.officers()) {
        q[j % k]++;
        j++;
      }
      for (int d = 0; d < k; d++) {
        String dept = depts.get(d);
        out.add(new Group("officers:" + dept, q[d], pool.stream()
            .filter(i -> i.kind() == InspectorKind.ENFORCEMENT_OFFICER
                && i.authorityCode().equals(dept)).map(Inspector::id).toList()));
      }
    }
    for (String s : v.specialties()) {
      for (int n = 0; n < 1; n++) {
        out.add(new Group("expert:" + s, r.expertsPerSpecialty(), pool.stream()
            .filter(i -> i.kind() == InspectorKind.EXPERT && i.specialties().contains(s))
            .map(Inspector::id).toList()));
      }
    }
    return out;
  }

  /** The pool of a visit: the inspectors no rule removes, in directory order. */
  public static List<Inspector> pool(AssignmentInput input, Visit v, TaskRules r) {
    return input.inspectors().stream().filter(i -> rule(i, v, r, input.history()) == null)
        .toList();
  }

  /**
   * Every broken rule of a record over its inputs, one line each naming the visit, the group or
   * inspector and the rule; empty if none. Checked: each group has its demand, filled by
   * eligible inspectors (the rule that removes an ineligible one is named); the visit has its
   * officers; nobody twice at a visit; experts not counted as officers; batch and task
   * capacities; the leader is an officer of the team. Replacements are taken into account (the
   * current teams are checked).
   */
  public static List<String> violations(AssignmentRecord record, AssignmentInput input) {
    List<String> out = new ArrayList<>();
    AssignmentRules rules = record.manifest().rules();
    Map<String, Inspector> byId = new HashMap<>();
    input.inspectors().forEach(i -> byId.put(i.id(), i));
    Map<String, Integer> load = new HashMap<>();
    Map<String, Integer> taskLoad = new HashMap<>();
    for (Visit v : input.visits()) {
      TaskRules r = rules.forTask(v.task());
      List<AssignmentRecord.Member> team = record.currentTeam(v.id());
      List<Inspector> pool = input.inspectors().stream()
          .filter(i -> rule(i, v, r, input.history()) == null).toList();
      Set<String> seen = new HashSet<>();
      int officers = 0;
      for (Group g : groups(v, r, pool)) {
        List<AssignmentRecord.Member> in = team.stream()
            .filter(m -> m.group().equals(g.label())).toList();
        if (in.size() != g.demand()) {
          out.add(v.id() + " " + g.label() + " has " + in.size() + " members, needs "
              + g.demand());
        }
        for (AssignmentRecord.Member m : in) {
          if (!g.eligible().contains(m.id())) {
            Inspector i = byId.get(m.id());
            out.add(v.id() + " " + g.label() + ": " + m.id() + " not eligible ("
                + (i == null ? "not in the directory" : rule(i, v, r, input.history())) + ")");
          }
          if (g.label().startsWith("officers")) {
            officers++;
          }
        }
      }
      if (officers < r.officers()) {
        out.add(v.id() + " has " + officers + " officers, needs " + r.officers());
      }
      for (AssignmentRecord.Member m : team) {
        if (!seen.add(m.id())) {
          out.add(v.id() + ": " + m.id() + " twice");
        }
        Inspector i = byId.get(m.id());
        if (i != null && i.kind() == InspectorKind.EXPERT && m.group().startsWith("officers")) {
          out.add(v.id() + ": expert " + m.id() + " counted as officer");
        }
        if (load.merge(m.id(), 1, Integer::sum) > rules.batchCapacity()) {
          out.add(m.id() + " exceeds the batch capacity at " + v.id());
        }
        if (taskLoad.merge(m.id() + "\u0000" + v.task(), 1, Integer::sum) > r.taskCapacity()) {
          out.add(m.id() + " exceeds the task capacity at " + v.id());
        }
      }
      String leader = record.currentLeader(v.id());
      Inspector l = byId.get(leader);
      if (l == null || l.kind() != InspectorKind.ENFORCEMENT_OFFICER
          || team.stream().noneMatch(m -> m.id().equals(leader))) {
        out.add(v.id() + ": leader " + leader + " is not an officer of the team");
      }
    }
    return out;
  }
}
