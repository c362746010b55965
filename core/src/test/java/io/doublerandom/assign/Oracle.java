package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent, slow implementation of the specification for tests: eligibility written from
 * the rule text, keys with the JDK's HMAC, and the assignment by exhaustive search for the
 * lexicographically smallest feasible one.
 */
final class Oracle {
  private Oracle() {}

  static byte[] enc(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[4 + b.length];
    out[0] = (byte) (b.length >>> 24);
    out[1] = (byte) (b.length >>> 16);
    out[2] = (byte) (b.length >>> 8);
    out[3] = (byte) b.length;
    System.arraycopy(b, 0, out, 4, b.length);
    return out;
  }

  static byte[] hmac(byte[] seed, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(seed, "HmacSHA256"));
      for (byte[] p : parts) {
        mac.update(p);
      }
      return mac.doFinal();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] tag(String assignment) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.write(enc("doublerandom/assign/v1"));
      b.write(enc("assign"));
      b.write(enc(assignment));
      return MessageDigest.getInstance("SHA-256").digest(b.toByteArray());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static byte[] visitKey(byte[] seed, String assignment, String visit) {
    return hmac(seed, tag(assignment), new byte[] {2}, enc(visit));
  }

  static byte[] pairKey(byte[] seed, String assignment, String visit, String inspector) {
    return hmac(seed, tag(assignment), new byte[] {1}, enc(visit), enc(inspector));
  }

  /** The rule that removes {@code i} from {@code v}, written from the spec text; null if none. */
  static Rule removedBy(Inspector i, Visit v, TaskRules r, List<PastVisit> history) {
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

  static boolean scope(Inspector i, EntityRef e, TaskRules r) {
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

  /** A slot group: label, demand and eligible inspector ids. */
  record Group(String label, int demand, List<String> eligible) {}

  static List<Group> groups(Visit v, TaskRules r, List<Inspector> pool) {
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

  /** The oracle's answer: the teams of the lexicographically smallest assignment, or empty. */
  static Optional<Map<String, Map<String, List<String>>>> solve(AssignmentInput input,
      AssignmentRules rules, byte[] seed, String assignment) {
    List<Visit> visits = new ArrayList<>(input.visits());
    visits.sort((a, b) -> {
      int c = Arrays.compareUnsigned(visitKey(seed, assignment, a.id()),
          visitKey(seed, assignment, b.id()));
      return c != 0 ? c : Codec.compareUtf8(a.id(), b.id());
    });
    List<List<Group>> groups = new ArrayList<>();
    Map<String, byte[]> keys = new HashMap<>();
    for (Visit v : visits) {
      TaskRules r = rules.forTask(v.task());
      List<Inspector> pool = input.inspectors().stream()
          .filter(i -> removedBy(i, v, r, input.history()) == null).toList();
      for (Inspector i : pool) {
        keys.put(v.id() + "\u0000" + i.id(), pairKey(seed, assignment, v.id(), i.id()));
      }
      groups.add(groups(v, r, pool));
    }
    Search s = new Search(visits, groups, keys, rules);
    s.run(0, 0, new ArrayList<>());
    if (s.best == null) {
      return Optional.empty();
    }
    Map<String, Map<String, List<String>>> out = new HashMap<>();
    int slot = 0;
    for (int k = 0; k < visits.size(); k++) {
      Map<String, List<String>> teams = new HashMap<>();
      for (Group g : groups.get(k)) {
        teams.put(g.label(), s.best.subList(slot, slot + g.demand()));
        slot += g.demand();
      }
      out.put(visits.get(k).id(), teams);
    }
    return Optional.of(out);
  }

  /** Exhaustive search over every assignment, keeping the lexicographically smallest. */
  private static final class Search {
    final List<Visit> visits;
    final List<List<Group>> groups;
    final Map<String, byte[]> keys;
    final AssignmentRules rules;
    final Map<String, Integer> load = new HashMap<>();
    final Map<String, Integer> taskLoad = new HashMap<>();
    List<String> best;
    List<byte[]> bestKeys;

    Search(List<Visit> visits, List<List<Group>> groups, Map<String, byte[]> keys,
        AssignmentRules rules) {
      this.visits = visits;
      this.groups = groups;
      this.keys = keys;
      this.rules = rules;
    }

    void run(int k, int g, List<String> chosen) {
      if (k == visits.size()) {
        List<byte[]> ks = keysOf(chosen);
        if (best == null || compare(ks, bestKeys) < 0) {
          best = List.copyOf(chosen);
          bestKeys = ks;
        }
        return;
      }
      if (g == groups.get(k).size()) {
        run(k + 1, 0, chosen);
        return;
      }
      Visit v = visits.get(k);
      Group grp = groups.get(k).get(g);
      List<String> cands = new ArrayList<>(grp.eligible());
      cands.sort((a, b) -> Arrays.compareUnsigned(key(v, a), key(v, b)));
      choose(k, g, v, grp, cands, 0, grp.demand(), chosen);
    }

    private void choose(int k, int g, Visit v, Group grp, List<String> cands, int from,
        int left, List<String> chosen) {
      if (left == 0) {
        run(k, g + 1, chosen);
        return;
      }
      Set<String> atVisit = new HashSet<>(chosen.subList(start(k), chosen.size()));
      TaskRules r = rules.forTask(v.task());
      for (int c = from; c < cands.size(); c++) {
        String id = cands.get(c);
        String tk = id + "\u0000" + v.task();
        if (atVisit.contains(id) || load.getOrDefault(id, 0) >= rules.batchCapacity()
            || taskLoad.getOrDefault(tk, 0) >= r.taskCapacity()) {
          continue;
        }
        load.merge(id, 1, Integer::sum);
        taskLoad.merge(tk, 1, Integer::sum);
        chosen.add(id);
        choose(k, g, v, grp, cands, c + 1, left - 1, chosen);
        chosen.remove(chosen.size() - 1);
        load.merge(id, -1, Integer::sum);
        taskLoad.merge(tk, -1, Integer::sum);
      }
    }

    private int start(int k) {
      int n = 0;
      for (int j = 0; j < k; j++) {
        for (Group g : groups.get(j)) {
          n += g.demand();
        }
      }
      return n;
    }

    private byte[] key(Visit v, String id) {
      return keys.get(v.id() + "\u0000" + id);
    }

    private List<byte[]> keysOf(List<String> chosen) {
      List<byte[]> out = new ArrayList<>();
      int slot = 0;
      for (int k = 0; k < visits.size(); k++) {
        for (Group g : groups.get(k)) {
          for (int u = 0; u < g.demand(); u++) {
            out.add(key(visits.get(k), chosen.get(slot++)));
          }
        }
      }
      return out;
    }

    private static int compare(List<byte[]> a, List<byte[]> b) {
      for (int i = 0; i < a.size(); i++) {
        int c = Arrays.compareUnsigned(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
  }

  /** Every rule violation of a record, checked from the rule text; empty if none. */
  static List<String> violations(AssignmentRecord record, AssignmentInput input) {
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
          .filter(i -> removedBy(i, v, r, input.history()) == null).toList();
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
                + (i == null ? "unknown" : removedBy(i, v, r, input.history())) + ")");
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
