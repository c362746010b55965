package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionLevel;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assignment problem ready to solve: for each visit, in visit order, the rule funnel (how many
 * inspectors each rule removed), the slot groups with their demands, and each group's eligible
 * inspectors in pair-key order (spec sections 5 and 7).
 */
final class Problem {
  final List<Inspector> inspectors;
  final AssignmentRules rules;
  final PairKeys keys;
  final byte[][] encInspector;
  final Map<String, Integer> inspectorIndex = new HashMap<>();
  /** Visits in visit order (ascending visit key). */
  final VisitPlan[] visits;
  final List<String> tasks;
  final int[] taskCapacity;
  private final Map<String, List<Integer>> conflictByEntity = new HashMap<>();
  private final Map<String, List<Integer>> conflictByParty = new HashMap<>();
  private final Map<String, List<PastVisit>> historyByEntity = new HashMap<>();
  private final Map<String, Slice> slices = new HashMap<>();
  private final boolean[] officer;
  private final long[] certFrom;
  private final long[] certTo;
  private final long[][] leave;
  private final int[] stampConflict;
  private final int[] stampRecusal;
  private final int[] stampRotation;

  /** One visit: its funnel, its groups and its eligible inspectors. */
  static final class VisitPlan {
    final Visit visit;
    final TaskRules rules;
    final int task;
    final byte[] key;
    final byte[] encVisit;
    final int[] removed = new int[Rule.values().length];
    int pool;
    Group[] groups;

    VisitPlan(Visit visit, TaskRules rules, int task, byte[] key) {
      this.visit = visit;
      this.rules = rules;
      this.task = task;
      this.key = key;
      this.encVisit = Codec.encoded(visit.id());
    }
  }

  /** One slot group of a visit: officers (of one department) or experts of one specialty. */
  static final class Group {
    final String label;
    final int demand;
    /** Eligible inspectors (indices into the directory), ascending pair key. */
    final int[] candidates;

    Group(String label, int demand, int[] candidates) {
      this.label = label;
      this.demand = demand;
      this.candidates = candidates;
    }
  }

  /** Inspectors left after the rules that depend only on the task and the entity's place. */
  private record Slice(int inactive, int level, int scope, int[] members) {}

  Problem(AssignmentInput input, AssignmentRules rules, byte[] seed, String assignmentId) {
    this(input, rules, seed, assignmentId, null);
  }

  /** Plans only the visit {@code onlyVisit} (all visits are ordered); null plans every visit. */
  Problem(AssignmentInput input, AssignmentRules rules, byte[] seed, String assignmentId,
      String onlyVisit) {
    this.inspectors = input.inspectors();
    this.rules = rules;
    this.keys = new PairKeys(seed, assignmentId);
    int n = inspectors.size();
    encInspector = new byte[n][];
    officer = new boolean[n];
    certFrom = new long[n];
    certTo = new long[n];
    leave = new long[n][];
    for (int i = 0; i < n; i++) {
      Inspector ins = inspectors.get(i);
      encInspector[i] = Codec.encoded(ins.id());
      officer[i] = ins.kind() == InspectorKind.ENFORCEMENT_OFFICER;
      certFrom[i] = ins.certificate().map(c -> c.validFrom().toEpochDay()).orElse(Long.MAX_VALUE);
      certTo[i] = ins.certificate().map(c -> c.validTo().toEpochDay()).orElse(Long.MIN_VALUE);
      leave[i] = new long[2 * ins.unavailable().size()];
      for (int u = 0; u < ins.unavailable().size(); u++) {
        leave[i][2 * u] = ins.unavailable().get(u).from().toEpochDay();
        leave[i][2 * u + 1] = ins.unavailable().get(u).to().toEpochDay();
      }
      inspectorIndex.put(ins.id(), i);
      for (DeclaredConflict c : ins.conflicts()) {
        if (c.entity().isPresent()) {
          conflictByEntity.computeIfAbsent(c.entity().get().value(), k -> new ArrayList<>())
              .add(i);
        } else {
          conflictByParty.computeIfAbsent(c.partyId().orElseThrow(), k -> new ArrayList<>())
              .add(i);
        }
      }
    }
    for (PastVisit p : input.history()) {
      historyByEntity.computeIfAbsent(p.entityId(), k -> new ArrayList<>()).add(p);
    }
    stampConflict = new int[n];
    stampRecusal = new int[n];
    stampRotation = new int[n];
    // tasks in UTF-8 order
    java.util.TreeSet<String> taskSet = new java.util.TreeSet<>(Codec.UTF8_ORDER);
    input.visits().forEach(v -> taskSet.add(v.task()));
    tasks = List.copyOf(taskSet);
    Map<String, Integer> taskIndex = new HashMap<>();
    taskCapacity = new int[tasks.size()];
    for (int t = 0; t < tasks.size(); t++) {
      taskIndex.put(tasks.get(t), t);
      taskCapacity[t] = rules.forTask(tasks.get(t)).taskCapacity();
    }
    visits = new VisitPlan[input.visits().size()];
    int k = 0;
    for (Visit v : input.visits()) {
      visits[k++] = new VisitPlan(v, rules.forTask(v.task()), taskIndex.get(v.task()),
          keys.visitKey(v.id()));
    }
    Arrays.sort(visits, (a, b) -> {
      int c = Arrays.compareUnsigned(a.key, b.key);
      return c != 0 ? c : Codec.compareUtf8(a.visit.id(), b.visit.id());
    });
    for (int v = 0; v < visits.length; v++) {
      if (onlyVisit == null || onlyVisit.equals(visits[v].visit.id())) {
        plan(visits[v], v + 1);
      }
    }
  }

  private void plan(VisitPlan p, int stamp) {
    Visit v = p.visit;
    TaskRules r = p.rules;
    Slice s = slice(p.task, r, v.entity());
    p.removed[Rule.INACTIVE.ordinal()] = s.inactive;
    p.removed[Rule.LEVEL.ordinal()] = s.level;
    p.removed[Rule.SCOPE.ordinal()] = s.scope;
    mark(conflictByEntity.get(v.entity().id()), stampConflict, stamp);
    for (String party : v.entity().partyIds()) {
      mark(conflictByParty.get(party), stampConflict, stamp);
    }
    for (String id : v.recusalRequests()) {
      Integer i = inspectorIndex.get(id);
      if (i != null) {
        stampRecusal[i] = stamp;
      }
    }
    if (r.rotationDays() > 0) {
      DateRange window = new DateRange(v.dates().from().minusDays(r.rotationDays()),
          v.dates().to());
      for (PastVisit h : historyByEntity.getOrDefault(v.entity().id(), List.of())) {
        Integer i = inspectorIndex.get(h.inspectorId());
        if (i != null && window.contains(h.date())) {
          stampRotation[i] = stamp;
        }
      }
    }
    int[] pool = new int[s.members.length];
    int size = 0;
    long from = v.dates().from().toEpochDay();
    long to = v.dates().to().toEpochDay();
    for (int i : s.members) {
      Rule removedBy = rule(inspectors.get(i), i, v, from, to, stamp);
      if (removedBy == null) {
        pool[size++] = i;
      } else {
        p.removed[removedBy.ordinal()]++;
      }
    }
    p.pool = size;
    int[] order = sortByKey(p, Arrays.copyOf(pool, size));
    List<Group> groups = new ArrayList<>();
    if (v.departments().isEmpty()) {
      groups.add(new Group("officers", r.officers(), filter(order, i -> isOfficer(i))));
    } else {
      int k = v.departments().size();
      // in long: k * officersPerDepartment can exceed 2^31 - 1; q itself never does
      long extra = Math.max(0L, r.officers() - (long) k * r.officersPerDepartment());
      int j = 0;
      for (String d : v.departments()) {
        int q = Math.toIntExact(r.officersPerDepartment() + extra / k + (j < extra % k ? 1 : 0));
        groups.add(new Group("officers:" + d, q, filter(order,
            i -> isOfficer(i) && inspectors.get(i).authorityCode().equals(d))));
        j++;
      }
    }
    for (String sp : v.specialties()) {
      groups.add(new Group("expert:" + sp, r.expertsPerSpecialty(), filter(order,
          i -> !isOfficer(i) && inspectors.get(i).specialties().contains(sp))));
    }
    p.groups = groups.toArray(new Group[0]);
  }

  /** The first rule (after level and scope) that removes inspector {@code i}, or null. */
  private Rule rule(Inspector ins, int i, Visit v, long from, long to, int stamp) {
    boolean officer = this.officer[i];
    if (officer && !v.departments().isEmpty()
        && !v.departments().contains(ins.authorityCode())) {
      return Rule.DEPARTMENT;
    }
    long[] l = leave[i];
    for (int u = 0; u < l.length; u += 2) {
      if (l[u] <= to && from <= l[u + 1]) {
        return Rule.UNAVAILABLE;
      }
    }
    if (stampConflict[i] == stamp) {
      return Rule.CONFLICT;
    }
    if (stampRecusal[i] == stamp) {
      return Rule.RECUSAL_REQUEST;
    }
    if (stampRotation[i] == stamp) {
      return Rule.ROTATION;
    }
    if (officer && !(certFrom[i] <= from && to <= certTo[i])) {
      return Rule.CERTIFICATE;
    }
    if (!officer) {
      boolean any = false;
      for (String sp : v.specialties()) {
        if (ins.specialties().contains(sp)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return Rule.SPECIALTY;
      }
    }
    return null;
  }

  boolean isOfficer(int i) {
    return officer[i];
  }

  private static void mark(List<Integer> list, int[] stamps, int stamp) {
    if (list != null) {
      for (int i : list) {
        stamps[i] = stamp;
      }
    }
  }

  /** The slice is the same for every visit of a task with the same region and authority. */
  private Slice slice(int task, TaskRules r, EntityRef e) {
    String key = task + "|" + e.region().value() + "|" + e.registrationAuthority();
    Slice s = slices.get(key);
    if (s == null) {
      s = computeSlice(r, e);
      slices.put(key, s);
    }
    return s;
  }

  private Slice computeSlice(TaskRules r, EntityRef e) {
    int inactive = 0;
    int level = 0;
    int scope = 0;
    int[] members = new int[inspectors.size()];
    int size = 0;
    for (int i = 0; i < inspectors.size(); i++) {
      Inspector ins = inspectors.get(i);
      if (!ins.active()) {
        inactive++;
      } else if (!r.levels().contains(ins.level())) {
        level++;
      } else if (!inScope(r, ins, e)) {
        scope++;
      } else {
        members[size++] = i;
      }
    }
    return new Slice(inactive, level, scope, Arrays.copyOf(members, size));
  }

  /** The scope rule (spec section 5, rule {@code scope}). */
  static boolean inScope(TaskRules r, Inspector ins, EntityRef e) {
    RegionCode ir = ins.region();
    RegionCode er = e.region();
    switch (r.scope()) {
      case JURISDICTION:
        return ir.contains(er) || ins.authorityCode().equals(e.registrationAuthority());
      case CROSS_COUNTY:
        if (ir.level() != RegionLevel.COUNTY || ir.contains(er) || er.contains(ir)) {
          return false;
        }
        if (r.partners().isEmpty()) {
          Optional<RegionCode> ip = ir.prefecture();
          return ip.isPresent() && ip.equals(er.prefecture());
        }
        return inPartner(r, ir);
      case CROSS_PREFECTURE:
        Optional<RegionCode> ip = ir.prefecture();
        if (ir.level() == RegionLevel.PROVINCE || ip.isEmpty() || ip.equals(er.prefecture())
            || ir.contains(er) || er.contains(ir)) {
          return false;
        }
        if (r.partners().isEmpty()) {
          return ir.province().equals(er.province());
        }
        return inPartner(r, ir);
      default:
        throw new IllegalStateException("scope " + r.scope());
    }
  }

  private static boolean inPartner(TaskRules r, RegionCode ir) {
    for (RegionCode p : r.partners()) {
      if (p.contains(ir)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pool in ascending pair key (ties, probability 2^-256, by inspector id bytes). Sorts the
   * keys' top 44 bits packed with a 20-bit position, then settles runs of equal top bits by the
   * full keys.
   */
  private int[] sortByKey(VisitPlan p, int[] pool) {
    int m = pool.length;
    if (m >= (1 << 20)) {
      throw new IllegalStateException("pool too large: " + m);
    }
    byte[][] full = new byte[m][32];
    MessageDigest state = keys.visitState(PairKeys.PAIR, p.encVisit);
    long[] packed = new long[m];
    for (int k = 0; k < m; k++) {
      keys.finish(state, encInspector[pool[k]], full[k]);
      long hi = PairKeys.high64(full[k]);
      packed[k] = ((hi >>> 20) << 20 | k) ^ Long.MIN_VALUE;
    }
    java.util.Arrays.sort(packed);
    int[] order = new int[m];
    for (int k = 0; k < m; k++) {
      order[k] = (int) (packed[k] & 0xFFFFF);
    }
    for (int a = 0; a < m; ) {
      int b = a + 1;
      while (b < m && (packed[b] >>> 20) == (packed[a] >>> 20)) {
        b++;
      }
      if (b - a > 1) {
        Integer[] run = new Integer[b - a];
        for (int k = a; k < b; k++) {
          run[k - a] = order[k];
        }
        Arrays.sort(run, (x, y) -> {
          int c = Arrays.compareUnsigned(full[x], full[y]);
          return c != 0 ? c : Arrays.compareUnsigned(encId(pool[x]), encId(pool[y]));
        });
        for (int k = a; k < b; k++) {
          order[k] = run[k - a];
        }
      }
      a = b;
    }
    int[] out = new int[m];
    for (int k = 0; k < m; k++) {
      out[k] = pool[order[k]];
    }
    return out;
  }

  private byte[] encId(int i) {
    return Codec.utf8(inspectors.get(i).id());
  }

  private static int[] filter(int[] order, java.util.function.IntPredicate keep) {
    int[] out = new int[order.length];
    int size = 0;
    for (int i : order) {
      if (keep.test(i)) {
        out[size++] = i;
      }
    }
    return Arrays.copyOf(out, size);
  }

  /** {@code PK(visit, inspector)} as hex. */
  String pairKeyHex(VisitPlan p, int inspector) {
    byte[] out = new byte[32];
    keys.finish(keys.visitState(PairKeys.PAIR, p.encVisit), encInspector[inspector], out);
    return Codec.hex(out);
  }
}
