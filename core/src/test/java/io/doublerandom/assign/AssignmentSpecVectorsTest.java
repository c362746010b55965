package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.RegionCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.doublerandom.SpecDocument;
import io.doublerandom.fixtures.InspectorLine;
import io.doublerandom.SpecDocument.Vector;
import org.junit.jupiter.api.Test;

/**
 * Checks the implementation against the test vectors of docs/assignment-spec.md, read from the
 * document itself so the two cannot drift apart. The vectors were computed by a second,
 * independent implementation written from the specification's text (in Python, with an
 * exhaustive search for the lexicographically smallest assignment).
 */
class AssignmentSpecVectorsTest {
  private static final Path SPEC = Path.of("..", "docs", "assignment-spec.md");

  static List<List<String>> blocks(String kind) throws IOException {
    return SpecDocument.blocks(SPEC, kind);
  }

  private static Vector parse(List<String> block) {
    return SpecDocument.parse(block);
  }

  private static List<String> list(String field) {
    return field.equals("-") ? List.of() : Arrays.asList(field.split(","));
  }

  private static DateRange range(String field) {
    String[] d = field.split("/");
    return new DateRange(LocalDate.parse(d[0]), LocalDate.parse(d[1]));
  }

  private static Visit visit(String line) {
    String[] w = line.split(" ");
    return new Visit(w[0], w[1], new EntityRef(w[2], RegionCode.of(w[3]), w[4],
        new java.util.TreeSet<>(list(w[6]))), range(w[5]), new java.util.TreeSet<>(list(w[7])),
        new java.util.TreeSet<>(list(w[8])), new java.util.TreeSet<>(list(w[9])),
        new java.util.TreeSet<>(list(w[10])));
  }

  private static AssignmentRules rules(String line) {
    String[] w = line.split(" ");
    Map<String, String> kv = new HashMap<>();
    for (int i = 0; i + 1 < w.length; i += 2) {
      kv.put(w[i], w[i + 1]);
    }
    TaskRules t = TaskRules.standard().withOfficers(Integer.parseInt(kv.get("officers")))
        .withOfficersPerDepartment(Integer.parseInt(kv.get("officers-per-department")))
        .withExpertsPerSpecialty(Integer.parseInt(kv.get("experts-per-specialty")))
        .withRotationDays(Integer.parseInt(kv.get("rotation-days")))
        .withTaskCapacity(capacity(kv.get("task-capacity")));
    return AssignmentRules.of(t).withBatchCapacity(capacity(kv.get("batch-capacity")));
  }

  private static int capacity(String text) {
    return text.equals("unlimited") ? TaskRules.UNLIMITED : Integer.parseInt(text);
  }

  @Test
  void theSpecificationsVectorsReproduce() throws IOException {
    List<List<String>> blocks = blocks("vector");
    assertTrue(blocks.size() >= 3, "the spec has its three vectors, found " + blocks.size());
    Map<String, AssignmentManifest> manifests = new HashMap<>();
    for (List<String> block : blocks) {
      Vector v = parse(block);
      manifests.put(v.one("vector"), check(v));
    }
    List<List<String>> texts = blocks("manifest");
    assertEquals(1, texts.size());
    String name = texts.get(0).get(0).substring("manifest ".length());
    StringBuilder text = new StringBuilder();
    texts.get(0).subList(1, texts.get(0).size()).forEach(l -> text.append(l).append('\n'));
    assertEquals(text.toString(), manifests.get(name).canonicalText());
  }

  private static AssignmentManifest check(Vector v) {
    String name = v.one("vector");
    List<Inspector> inspectors = v.all("inspector").stream()
        .map(InspectorLine::parse).toList();
    List<Visit> visits = v.all("visit").stream().map(AssignmentSpecVectorsTest::visit).toList();
    List<PastVisit> history = v.all("history").stream().map(h -> {
      String[] w = h.split(" ");
      return new PastVisit(w[0], w[1], LocalDate.parse(w[2]));
    }).toList();
    AssignmentInput input = AssignmentInput.of(inspectors, visits, history);
    assertEquals(v.one("expect-directory-digest"), input.directoryDigest(), name);
    assertEquals(v.one("expect-visits-digest"), input.visitsDigest(), name);
    assertEquals(v.one("expect-history-digest"), input.historyDigest(), name);
    String draw = v.all("draw-record").isEmpty() ? "" : v.one("draw-record");
    AssignmentManifest manifest = AssignmentManifest.create(v.one("assignment"), draw,
        rules(v.one("rules")), SeedPlan.recorded(), input);
    assertEquals(v.one("expect-manifest-hash"), manifest.hash(), name);
    AssignmentOutcome o = Assignment.assign(manifest,
        new SeedSource.Recorded(v.one("recorded-value")), input);
    String seed = o instanceof AssignmentOutcome.Assigned a ? a.record().seed()
        : ((AssignmentOutcome.Infeasible) o).seed();
    assertEquals(v.one("expect-seed"), seed, name);
    PairKeys keys = new PairKeys(Codec.unhex("seed", seed, 32), manifest.assignment());
    List<String> order = new ArrayList<>();
    for (String k : v.all("expect-visit-key")) {
      String[] w = k.split(" ");
      assertEquals(w[1], Codec.hex(keys.visitKey(w[0])), name + " visit key " + w[0]);
      order.add(w[0]);
    }
    for (String k : v.all("expect-pair-key")) {
      String[] w = k.split(" ");
      assertEquals(w[2], Codec.hex(keys.pairKey(w[0], w[1])), name + " pair key " + k);
    }
    // funnels and groups through a planned problem (also for the infeasible vector)
    Problem p = new Problem(input, manifest.rules(), Codec.unhex("seed", seed, 32),
        manifest.assignment());
    assertEquals(order, Arrays.stream(p.visits).map(x -> x.visit.id()).toList(), name);
    Map<String, String> removed = new HashMap<>();
    v.all("expect-removed").forEach(r -> removed.put(r.substring(0, r.indexOf(' ')),
        r.substring(r.indexOf(' ') + 1)));
    Map<String, String> groups = new HashMap<>();
    v.all("expect-groups").forEach(r -> groups.put(r.substring(0, r.indexOf(' ')),
        r.substring(r.indexOf(' ') + 1)));
    for (Problem.VisitPlan plan : p.visits) {
      StringBuilder rb = new StringBuilder();
      for (Rule r : Rule.values()) {
        if (plan.removed[r.ordinal()] > 0) {
          rb.append(rb.length() > 0 ? " " : "").append(r.token()).append('=')
              .append(plan.removed[r.ordinal()]);
        }
      }
      assertEquals(removed.get(plan.visit.id()), rb.length() == 0 ? "-" : rb.toString(),
          name + " removed at " + plan.visit.id());
      StringBuilder gb = new StringBuilder();
      for (Problem.Group g : plan.groups) {
        gb.append(gb.length() > 0 ? " " : "").append(g.label).append('/').append(g.demand)
            .append('/').append(g.candidates.length);
      }
      assertEquals(groups.get(plan.visit.id()), gb.toString(), name + " groups " + plan.visit.id());
    }
    if (!v.all("expect-unstaffed").isEmpty()) {
      AssignmentOutcome.Infeasible inf = (AssignmentOutcome.Infeasible) o;
      assertEquals(v.all("expect-unstaffed"), inf.unstaffed().stream().map(u -> u.visit() + " "
          + (u.cause() == UnstaffedVisit.Cause.CAPACITY ? "capacity" : "too-few-eligible"))
          .toList(), name);
      return manifest;
    }
    AssignmentRecord record = ((AssignmentOutcome.Assigned) o).record();
    assertEquals(order, record.visits().stream().map(AssignmentRecord.VisitTeam::visit).toList());
    Map<String, String> teams = new LinkedHashMap<>();
    for (AssignmentRecord.VisitTeam t : record.visits()) {
      Map<String, List<String>> byGroup = new LinkedHashMap<>();
      t.team().forEach(m -> byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>())
          .add(m.id()));
      byGroup.forEach((g, ids) -> teams.put(t.visit() + " " + g, String.join(" ", ids)));
      assertEquals(v.all("expect-leader").stream().filter(l -> l.startsWith(t.visit() + " "))
          .findFirst().orElseThrow(), t.visit() + " " + t.leader(), name);
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (String t : v.all("expect-team")) {
      String[] w = t.split(" ", 3);
      expected.put(w[0] + " " + w[1], w[2]);
    }
    assertEquals(expected, teams, name);
    assertTrue(Assignment.verify(record, input).reproduces(), name);
    return manifest;
  }
}
