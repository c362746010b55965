package io.doublerandom.draw;

import io.doublerandom.internal.Codec;
import io.doublerandom.json.CanonicalJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.doublerandom.SpecDocument;
import io.doublerandom.SpecDocument.Vector;
import org.junit.jupiter.api.Test;

/**
 * Checks the implementation against the test vectors of the normative specification, read from
 * {@code ../docs/draw-spec.md} (relative to the core module), so the document and the code cannot
 * drift apart. The vectors were computed by an independent implementation written from the
 * specification's text.
 */
class DrawSpecVectorsTest {
  private static final Path SPEC = Path.of("..", "docs", "draw-spec.md");

  static List<List<String>> blocks(String kind) throws IOException {
    return SpecDocument.blocks(SPEC, kind);
  }

  private static Vector parse(List<String> block) {
    return SpecDocument.parse(block);
  }

  private static String[] words(String s) {
    return s.split(" ");
  }

  @Test
  void theSpecificationsVectorsReproduce() throws IOException {
    List<List<String>> blocks = blocks("vector");
    assertTrue(blocks.size() >= 5, "the spec has its five vectors, found " + blocks.size());
    for (List<String> block : blocks) {
      check(parse(block));
    }
  }

  private static Population population(Vector v) {
    List<Candidate> candidates = new ArrayList<>();
    for (String c : v.all("candidate")) {
      String[] w = words(c);
      candidates.add(w.length == 2 ? Candidate.of(w[0], w[1])
          : Candidate.scored(w[0], w[1], new BigDecimal(w[2])));
    }
    List<Exclusion> exclusions = new ArrayList<>();
    for (String x : v.all("exclusion")) {
      String[] w = words(x);
      exclusions.add(new Exclusion(w[0], w[1]));
    }
    return Population.of(candidates, exclusions);
  }

  private static DrawDesign design(Vector v) {
    DrawDesign design = DrawDesign.of(DrawMethod.parse(v.one("method")),
        SizeRule.parse(v.one("size"))).withAlternates(Integer.parseInt(v.one("alternates")));
    for (String s : v.all("size.stratum")) {
      int space = s.indexOf(' ');
      design = design.withStratumSize(s.substring(0, space), SizeRule.parse(s.substring(space + 1)));
    }
    return design;
  }

  private static SeedPlan seedPlan(Vector v) {
    String[] plan = words(v.one("seed-plan"));
    return switch (plan[0]) {
      case "recorded" -> SeedPlan.recorded();
      case "commit-reveal" -> {
        List<SeedPlan.Commitment> commitments = new ArrayList<>();
        v.all("commitment").forEach(c -> commitments.add(new SeedPlan.Commitment(words(c)[0],
            words(c)[1])));
        yield SeedPlan.commitReveal(commitments);
      }
      case "drand" -> SeedPlan.drand(plan[1], Long.parseLong(plan[2]));
      default -> throw new AssertionError("unknown seed plan in vector " + v.one("vector"));
    };
  }

  private static SeedSource seedSource(Vector v) {
    String[] plan = words(v.one("seed-plan"));
    return switch (plan[0]) {
      case "recorded" -> new SeedSource.Recorded(v.one("recorded-value"));
      case "commit-reveal" -> {
        List<SeedSource.Reveal> reveals = new ArrayList<>();
        v.all("reveal").forEach(r -> reveals.add(new SeedSource.Reveal(words(r)[0],
            words(r)[1])));
        yield new SeedSource.CommitReveal(reveals);
      }
      case "drand" -> {
        String[] b = words(v.one("drand-beacon"));
        yield new SeedSource.Drand(b[0], Long.parseLong(b[1]), b[3], b[2]);
      }
      default -> throw new AssertionError("unknown seed plan in vector " + v.one("vector"));
    };
  }

  private static void check(Vector v) {
    String name = v.one("vector");
    Population population = population(v);
    DrawDesign design = design(v);
    SeedPlan seedPlan = seedPlan(v);
    SeedSource source = seedSource(v);
    Manifest manifest = Manifest.create(v.one("task"), v.one("key-stream"), design, seedPlan,
        population);
    assertEquals(v.one("expect-population-digest"), population.digest(), name);
    assertEquals(v.one("expect-exclusions-digest"), population.exclusionsDigest(), name);
    assertEquals(v.one("expect-manifest-hash"), manifest.hash(), name);
    DrawRecord record = TargetDraw.draw(manifest, source, population);
    assertEquals(v.one("expect-seed"), record.seed(), name);
    for (String h : v.all("expect-record-hash")) {
      assertEquals(h, record.jsonHash(), name + " record hash");
      assertEquals(h, CanonicalJson.sha256(CanonicalJson.parse(record.toJson())), name);
    }
    Prf prf = new Prf(Codec.unhex("seed", record.seed(), 32), manifest.keyStream());
    for (String k : v.all("expect-key")) {
      String[] w = words(k);
      assertEquals(w[1], Codec.hex(prf.compute(Prf.ORDER, Codec.utf8(w[0]))), name + " key " + w[0]);
    }
    for (String k : v.all("expect-pivot")) {
      String[] w = words(k);
      assertEquals(w[1], Codec.hex(prf.compute(Prf.PIVOT, Codec.utf8(w[0]))), name + " pivot "
          + w[0]);
    }
    Map<String, Rational> probabilities = new LinkedHashMap<>();
    record.strata().forEach(s -> s.probabilities().forEach(p -> probabilities.put(p.id(),
        p.probability())));
    for (String p : v.all("expect-probability")) {
      String[] w = words(p);
      assertEquals(Rational.parse(w[1]), probabilities.get(w[0]), name + " probability " + w[0]);
    }
    List<String> selected = v.all("expect-selected");
    assertEquals(record.strata().size(), selected.size(), name + ": one line per stratum");
    for (String s : selected) {
      String[] w = words(s);
      assertEquals(Arrays.asList(w).subList(1, w.length), record.stratum(w[0]).orElseThrow()
          .selected().stream().map(DrawRecord.Drawn::id).toList(), name + " selected " + w[0]);
    }
    for (String s : v.all("expect-alternates")) {
      String[] w = words(s);
      assertEquals(Arrays.asList(w).subList(1, w.length), record.stratum(w[0]).orElseThrow()
          .alternates().stream().map(DrawRecord.Drawn::id).toList(), name + " alternates " + w[0]);
    }
    assertTrue(TargetDraw.verify(record, population).reproduces(), name);
  }

  @Test
  void canonicalJsonVectors() throws IOException {
    List<List<String>> blocks = blocks("canonical-json");
    assertEquals(1, blocks.size());
    for (List<String> b : blocks) {
      Vector v = parse(b);
      String text = CanonicalJson.text(CanonicalJson.parse(v.one("input")));
      assertEquals(v.one("expect-canonical"), text, v.one("vector"));
      assertEquals(v.one("expect-sha256"),
          Codec.hex(Codec.sha256(text.getBytes(StandardCharsets.UTF_8))), v.one("vector"));
    }
  }

  @Test
  void ledgerVectorsAndTheirRecordHashes() throws IOException {
    List<List<String>> blocks = blocks("ledger");
    assertEquals(1, blocks.size());
    Vector v = parse(blocks.get(0));
    List<Map<String, String>> entries = new ArrayList<>();
    for (String[] e : v.entries()) {
      if (e[0].equals("entry")) {
        assertEquals(String.valueOf(entries.size()), e[1]);
        entries.add(new LinkedHashMap<>());
      } else if (!e[0].equals("vector")) {
        entries.get(entries.size() - 1).put(e[0], e[1]);
      }
    }
    String previous = LedgerEntry.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      Map<String, String> e = entries.get(i);
      assertEquals(previous, e.get("previous-hash"), "entry " + i);
      DrawAttempt.Outcome outcome = DrawAttempt.Outcome.valueOf(e.get("outcome")
          .toUpperCase(java.util.Locale.ROOT));
      DrawAttempt a = new DrawAttempt(e.get("task"), outcome, e.get("manifest-hash"),
          e.get("seed"), e.get("record-hash"), e.getOrDefault("reason", ""),
          java.time.Instant.parse(e.get("at")));
      LedgerEntry entry = LedgerEntry.create(i, previous, a);
      assertEquals(e.get("expect-entry-hash"), entry.hash(), "entry " + i);
      previous = entry.hash();
    }
    // the record hashes are those of vector 1's record, before and after the replacement
    Vector one = blocks("vector").stream().map(DrawSpecVectorsTest::parse)
        .filter(x -> x.one("vector").equals("srswor-two-strata")).findFirst().orElseThrow();
    Population population = population(one);
    DrawRecord record = TargetDraw.draw(Manifest.create(one.one("task"), one.one("key-stream"),
        design(one), seedPlan(one), population), seedSource(one), population);
    assertEquals(entries.get(0).get("record-hash"), record.jsonHash());
    String[] reason = entries.get(1).get("reason").split(": ", 2);
    String replaced = reason[0].split(" -> ")[0];
    assertEquals(entries.get(1).get("record-hash"),
        record.withReplacement(replaced, reason[1]).jsonHash());
  }

  @Test
  void theSpecificationsManifestTextIsTheCanonicalText() throws IOException {
    List<List<String>> manifests = blocks("manifest");
    assertEquals(2, manifests.size());
    for (List<String> block : manifests) {
      String vectorName = block.get(0).substring("manifest ".length());
      Vector v = blocks("vector").stream().map(DrawSpecVectorsTest::parse)
          .filter(x -> x.one("vector").equals(vectorName)).findFirst()
          .orElseThrow(() -> new AssertionError("no vector " + vectorName));
      Manifest m = Manifest.create(v.one("task"), v.one("key-stream"), design(v), seedPlan(v),
          population(v));
      String text = String.join("\n", block.subList(1, block.size())) + "\n";
      if (!text.equals(m.canonicalText())) {
        fail("manifest text of " + vectorName + " differs:\n" + m.canonicalText());
      }
      assertEquals(v.one("expect-manifest-hash"),
          Codec.hex(Codec.sha256(text.getBytes(StandardCharsets.UTF_8))));
    }
  }

  /** A joint vector: its event-level lines and, per task, the lines of that task. */
  private record JointVector(Vector event, List<Vector> tasks) {}

  /**
   * Splits a joint vector: lines from a {@code task:} line up to the next {@code task:} or
   * {@code seed-plan:} line belong to that task; the others to the event.
   */
  private static JointVector parseJoint(List<String> block) {
    Vector all = parse(block);
    List<String[]> event = new ArrayList<>();
    List<Vector> tasks = new ArrayList<>();
    List<String[]> current = null;
    for (String[] e : all.entries()) {
      if (e[0].equals("task")) {
        current = new ArrayList<>();
        tasks.add(new Vector(current));
      } else if (e[0].equals("seed-plan")) {
        current = null;
      }
      (current == null ? event : current).add(e);
    }
    return new JointVector(new Vector(event), tasks);
  }

  private static JointTask jointTask(Vector t) {
    Population p = population(t);
    if (!t.all("definition").isEmpty()) {
      p = Population.of(p.candidates(), p.exclusions(),
          PopulationDefinition.of(t.all("definition")));
    }
    return new JointTask(t.one("task"), t.all("item"), design(t), p);
  }

  @Test
  void theSpecificationsJointVectorsReproduce() throws IOException {
    List<List<String>> blocks = blocks("joint");
    assertTrue(blocks.size() >= 1, "the spec has a joint vector");
    for (List<String> block : blocks) {
      JointVector jv = parseJoint(block);
      Vector v = jv.event();
      String name = v.one("vector");
      assertEquals("recorded", v.one("seed-plan"), name);
      List<JointTask> tasks = new ArrayList<>();
      Map<String, Population> populations = new LinkedHashMap<>();
      for (Vector t : jv.tasks()) {
        JointTask task = jointTask(t);
        tasks.add(task);
        populations.put(task.task(), task.population());
      }
      JointManifest m = JointManifest.create(v.one("event"), v.one("key-stream"), tasks,
          SeedPlan.recorded());
      assertEquals(v.one("expect-manifest-hash"), m.hash(), name);
      JointDrawRecord r = JointDraw.draw(m, new SeedSource.Recorded(v.one("recorded-value")),
          populations);
      assertEquals(v.one("expect-seed"), r.seed(), name);
      Prf prf = new Prf(Codec.unhex("seed", r.seed(), 32), m.keyStream());
      for (String k : v.all("expect-key")) {
        String[] w = words(k);
        assertEquals(w[1], Codec.hex(prf.compute(Prf.ORDER, Codec.utf8(w[0]))), name + " key "
            + w[0]);
      }
      int strata = r.tasks().stream().mapToInt(t -> t.strata().size()).sum();
      assertEquals(strata, v.all("expect-selected").size(), name + ": one line per stratum");
      for (String s : v.all("expect-selected")) {
        String[] w = words(s);
        assertEquals(Arrays.asList(w).subList(2, w.length), r.task(w[0]).orElseThrow()
            .stratum(w[1]).orElseThrow().selected().stream().map(DrawRecord.Drawn::id).toList(),
            name + " selected " + w[0] + " " + w[1]);
      }
      assertEquals(strata, v.all("expect-alternates").size(), name);
      for (String s : v.all("expect-alternates")) {
        String[] w = words(s);
        assertEquals(Arrays.asList(w).subList(2, w.length), r.task(w[0]).orElseThrow()
            .stratum(w[1]).orElseThrow().alternates().stream().map(DrawRecord.Drawn::id)
            .toList(), name + " alternates " + w[0] + " " + w[1]);
      }
      List<String> entities = new ArrayList<>();
      for (JointDrawRecord.EntityTasks e : r.entities()) {
        StringBuilder b = new StringBuilder(e.id());
        e.tasks().forEach(t -> b.append(' ').append(t.task()).append('/').append(t.stratum()));
        entities.add(b.toString());
        for (JointDrawRecord.TaskVisit t : e.tasks()) {
          assertEquals(m.task(t.task()).orElseThrow().items(), t.items(), name);
        }
      }
      assertEquals(v.all("expect-entity"), entities, name + " grouping");
      assertTrue(JointDraw.verify(r, populations).reproduces(), name);
    }
  }

  @Test
  void theSpecificationsJointManifestTextIsTheCanonicalText() throws IOException {
    List<List<String>> manifests = blocks("joint-manifest");
    assertEquals(1, manifests.size());
    List<String> block = manifests.get(0);
    String vectorName = block.get(0).substring("joint-manifest ".length());
    JointVector jv = blocks("joint").stream().map(DrawSpecVectorsTest::parseJoint)
        .filter(x -> x.event().one("vector").equals(vectorName)).findFirst()
        .orElseThrow(() -> new AssertionError("no joint vector " + vectorName));
    List<JointTask> tasks = new ArrayList<>();
    jv.tasks().forEach(t -> tasks.add(jointTask(t)));
    JointManifest m = JointManifest.create(jv.event().one("event"),
        jv.event().one("key-stream"), tasks, SeedPlan.recorded());
    String text = String.join("\n", block.subList(1, block.size())) + "\n";
    if (!text.equals(m.canonicalText())) {
      fail("joint manifest text differs:\n" + m.canonicalText());
    }
    assertEquals(jv.event().one("expect-manifest-hash"),
        Codec.hex(Codec.sha256(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theSpecificationsRfc3797AndDrandVectorsReproduce() throws IOException {
    List<List<String>> rfc = blocks("rfc3797");
    assertEquals(1, rfc.size());
    Vector v = parse(rfc.get(0));
    String key = v.one("key");
    assertEquals(v.one("expect-first-md5"), Codec.hex(Rfc3797.stepHash(key, 0)));
    List<Integer> expected = Arrays.stream(words(v.one("expect-selection")))
        .map(Integer::valueOf).toList();
    assertEquals(expected, Rfc3797.select(key, Integer.parseInt(v.one("pool")), expected.size()));
  }
}
