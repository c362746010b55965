package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JointDrawTest {
  private static final SeedSource.Recorded VALUE = new SeedSource.Recorded("a7".repeat(32));
  private static final String EVENT = "SX-2024-J07";

  private static List<String> fields(Verification v) {
    return v.differences().stream().map(Verification.Difference::field).toList();
  }

  private static Set<String> ids(List<DrawRecord.Drawn> drawn) {
    Set<String> s = new HashSet<>();
    drawn.forEach(d -> s.add(d.id()));
    return s;
  }

  /** Three tasks over the twelve credit codes: 5 in A, 4 in C, 3 in D for the first two. */
  private static Map<String, Population> populations() {
    Map<String, Population> p = new LinkedHashMap<>();
    p.put("SX-2024-0101", Fixtures.threeStrata());
    p.put("SX-2024-0102", Fixtures.threeStrata());
    List<Candidate> some = new ArrayList<>();
    for (int i = 2; i < 12; i++) {
      some.add(Candidate.of(Fixtures.IDS.get(i), i % 2 == 0 ? "even" : "odd"));
    }
    p.put("SX-2024-0103", Population.of(some));
    return p;
  }

  private static List<JointTask> tasks(Map<String, Population> p) {
    return List.of(
        new JointTask("SX-2024-0102", List.of("SC-02-03", "SC-01-01"),
            DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.6")).withAlternates(2),
            p.get("SX-2024-0102")),
        new JointTask("SX-2024-0101", List.of("ZL-01-01"),
            DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.2")).withAlternates(1),
            p.get("SX-2024-0101")),
        new JointTask("SX-2024-0103", List.of(),
            DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)).withAlternates(1),
            p.get("SX-2024-0103")));
  }

  private static JointDrawRecord jointDraw() {
    Map<String, Population> p = populations();
    return JointDraw.draw(JointManifest.create(EVENT, tasks(p), SeedPlan.recorded()), VALUE, p);
  }

  // ---- the designs are kept, the samples overlap ----

  @Test
  void eachTaskDrawsExactlyWhatASingleDrawOfItsDesignWithTheSharedKeyStreamDraws() {
    Map<String, Population> p = populations();
    JointManifest m = JointManifest.create(EVENT, tasks(p), SeedPlan.recorded());
    JointDrawRecord r = JointDraw.draw(m, VALUE, p);
    byte[] seed = Codec.unhex("seed", r.seed(), 32);
    assertEquals(List.of("SX-2024-0101", "SX-2024-0102", "SX-2024-0103"), r.tasks().stream()
        .map(JointDrawRecord.TaskDraw::task).toList());
    for (JointTask t : tasks(p)) {
      Manifest single = Manifest.create(t.task(), EVENT, t.design(), SeedPlan.recorded(),
          t.population());
      assertEquals(DrawEngine.run(seed, single, t.population()),
          r.task(t.task()).orElseThrow().strata(), t.task());
    }
    assertTrue(JointDraw.verify(r, p).reproduces());
  }

  @Test
  void nestedDesignsGiveNestedSamplesForEverySeed() {
    qt().withFixedSeed(8080L).withExamples(60)
        .forAll(longs().all(), integers().between(20, 200), integers().between(1, 4))
        .checkAssert((seed, size, strata) -> {
          List<Candidate> cs = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            cs.add(Candidate.of("E" + i, "S" + (i % strata)));
          }
          Population p = Population.of(cs);
          JointManifest m = JointManifest.create("J", List.of(
              new JointTask("small", List.of("a"), DrawDesign.of(DrawMethod.SRSWOR,
                  SizeRule.ratio("0.05")).withAlternates(1), p),
              new JointTask("large", List.of("b"), DrawDesign.of(DrawMethod.SRSWOR,
                  SizeRule.ratio("0.3")), p)), SeedPlan.recorded());
          JointDrawRecord r = JointDraw.draw(m, new SeedSource.Recorded(
              Codec.hex(Fixtures.seed(seed))), Map.of("small", p, "large", p));
          int visits = 0;
          for (DrawRecord.StratumDraw s : r.task("small").orElseThrow().strata()) {
            Set<String> large = ids(r.task("large").orElseThrow().stratum(s.stratum())
                .orElseThrow().selected());
            assertTrue(large.containsAll(ids(s.selected())), "nested in " + s.stratum());
            visits += large.size();
          }
          assertEquals(visits, r.entities().size(), "one visit per entity of the larger sample");
        });
  }

  /** Synthetic order keys: the rank of each id in a permutation, as a 256-bit integer. */
  private static KeyFunction ranks(Map<String, Integer> rank) {
    return new KeyFunction() {
      @Override
      public byte[] order(Candidate c) {
        byte[] k = new byte[32];
        k[31] = (byte) (int) rank.get(c.id());
        return k;
      }

      @Override
      public byte[] pivot(Candidate c) {
        throw new AssertionError("srswor needs no duel");
      }
    };
  }

  private static void permutations(List<String> items, int k, List<List<String>> out) {
    if (k == items.size()) {
      out.add(List.copyOf(items));
      return;
    }
    for (int i = k; i < items.size(); i++) {
      Collections.swap(items, k, i);
      permutations(items, k + 1, out);
      Collections.swap(items, k, i);
    }
  }

  private static Map<String, JointManifest.TaskPlan> plans(JointManifest m) {
    Map<String, JointManifest.TaskPlan> plans = new HashMap<>();
    m.tasks().forEach(t -> plans.put(t.task(), t));
    return plans;
  }

  @Test
  void exactEnumerationOverEveryKeyOrderKeepsEachTasksInclusionProbabilities() {
    List<String> ids = List.of("E0", "E1", "E2", "E3", "E4", "E5");
    List<Candidate> strat = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      strat.add(Candidate.of(ids.get(i), i < 3 ? "A" : "B"));
    }
    Population stratified = Population.of(strat);
    List<Candidate> five = new ArrayList<>();
    for (int i = 1; i < 6; i++) {
      five.add(Candidate.of(ids.get(i), "all"));
    }
    Population other = Population.of(five);
    JointManifest m = JointManifest.create("J", List.of(
        new JointTask("T1", List.of(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(1)),
            stratified),
        new JointTask("T2", List.of(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)),
            stratified),
        new JointTask("T3", List.of(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)),
            other)), SeedPlan.recorded());
    Map<String, Population> pops = Map.of("T1", stratified, "T2", stratified, "T3", other);
    List<List<String>> orders = new ArrayList<>();
    permutations(new ArrayList<>(ids), 0, orders);
    assertEquals(720, orders.size());
    Map<String, Integer> counts = new TreeMap<>();
    int bothT1T2 = 0;
    int bothT1T3 = 0;
    for (List<String> order : orders) {
      Map<String, Integer> rank = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        rank.put(order.get(i), i);
      }
      List<JointDrawRecord.TaskDraw> draws = JointDraw.select(ranks(rank), m, plans(m), pops);
      Map<String, Set<String>> samples = new HashMap<>();
      for (JointDrawRecord.TaskDraw t : draws) {
        Set<String> sample = new HashSet<>();
        t.strata().forEach(s -> sample.addAll(ids(s.selected())));
        samples.put(t.task(), sample);
        sample.forEach(id -> counts.merge(t.task() + " " + id, 1, Integer::sum));
      }
      assertTrue(samples.get("T2").containsAll(samples.get("T1")), "nested for " + order);
      for (String id : samples.get("T1")) {
        bothT1T2 += samples.get("T2").contains(id) ? 1 : 0;
        bothT1T3 += samples.get("T3").contains(id) ? 1 : 0;
      }
    }
    for (String id : ids) {
      assertEquals(720 / 3, counts.get("T1 " + id), "T1 " + id + ": 1/3");
      assertEquals(720 * 2 / 3, counts.get("T2 " + id), "T2 " + id + ": 2/3");
      if (!id.equals("E0")) {
        assertEquals(720 * 2 / 5, counts.get("T3 " + id), "T3 " + id + ": 2/5");
      }
    }
    assertEquals(2 * 720, bothT1T2, "every unit of T1 is in T2: the overlap is the maximum");
    // T1 and T3 are positively coordinated: more common units than independent draws would give
    // (E(|T1 ∩ T3|) = 5 · 1/3 · 2/5 = 2/3 per draw for independent samples)
    assertTrue(bothT1T3 > 720 * 2 / 3, "coordinated: " + bothT1T3);
  }

  @Test
  void exactEnumerationOfPoissonTasksGivesEachTheirProbabilitiesAndTheMinimumJointly() {
    List<Candidate> a = new ArrayList<>();
    List<Candidate> b = new ArrayList<>();
    String[] sa = {"1", "2", "3", "4"};
    String[] sb = {"4", "3", "2", "1"};
    for (int i = 0; i < 4; i++) {
      a.add(Candidate.scored(Fixtures.IDS.get(i), "all", new BigDecimal(sa[i])));
      b.add(Candidate.scored(Fixtures.IDS.get(i), "all", new BigDecimal(sb[i])));
    }
    Population pa = Population.of(a);
    Population pb = Population.of(b);
    JointManifest m = JointManifest.create("J", List.of(
        new JointTask("P1", List.of(), DrawDesign.of(DrawMethod.POISSON, SizeRule.count(2)), pa),
        new JointTask("P2", List.of(), DrawDesign.of(DrawMethod.POISSON, SizeRule.count(1)),
            pb)), SeedPlan.recorded());
    // targets: P1 1/5, 2/5, 3/5, 4/5; P2 4/10, 3/10, 2/10, 1/10 -> a grid of 10 uniforms is exact
    int grid = 10;
    Map<String, Integer> counts = new TreeMap<>();
    for (int g = 0; g < grid; g++) {
      BigInteger k = BigInteger.valueOf(g).shiftLeft(256).add(BigInteger.valueOf(grid - 1))
          .divide(BigInteger.valueOf(grid)); // ceil(g·2^256/grid)
      byte[] key = new byte[32];
      byte[] raw = k.toByteArray();
      int len = Math.min(raw.length, 32);
      System.arraycopy(raw, raw.length - len, key, 32 - len, len);
      KeyFunction same = new KeyFunction() {
        @Override
        public byte[] order(Candidate c) {
          return key.clone();
        }

        @Override
        public byte[] pivot(Candidate c) {
          throw new AssertionError("poisson needs no duel");
        }
      };
      List<JointDrawRecord.TaskDraw> draws = JointDraw.select(same, m, plans(m),
          Map.of("P1", pa, "P2", pb));
      Set<String> in1 = ids(draws.get(0).strata().get(0).selected());
      Set<String> in2 = ids(draws.get(1).strata().get(0).selected());
      in1.forEach(id -> counts.merge("P1 " + id, 1, Integer::sum));
      in2.forEach(id -> counts.merge("P2 " + id, 1, Integer::sum));
      in1.stream().filter(in2::contains).forEach(id -> counts.merge("both " + id, 1,
          Integer::sum));
    }
    int[] p1 = {2, 4, 6, 8};
    int[] p2 = {4, 3, 2, 1};
    for (int i = 0; i < 4; i++) {
      String id = Fixtures.IDS.get(i);
      assertEquals(p1[i], counts.getOrDefault("P1 " + id, 0), "P1 " + id);
      assertEquals(p2[i], counts.getOrDefault("P2 " + id, 0), "P2 " + id);
      assertEquals(Math.min(p1[i], p2[i]), counts.getOrDefault("both " + id, 0),
          "joint " + id + " is min(π1, π2), the largest possible");
    }
  }

  // ---- grouping by entity ----

  @Test
  void theOutputGroupsEveryEntityWithEveryTaskAndItemInByteOrder() {
    JointDrawRecord r = jointDraw();
    Map<String, List<String>> expected = new TreeMap<>(Codec.UTF8_ORDER);
    Map<String, List<String>> items = Map.of("SX-2024-0101", List.of("ZL-01-01"),
        "SX-2024-0102", List.of("SC-01-01", "SC-02-03"), "SX-2024-0103", List.of());
    int drawn = 0;
    for (JointDrawRecord.TaskDraw t : r.tasks()) {
      for (DrawRecord.StratumDraw s : t.strata()) {
        for (DrawRecord.Drawn d : s.selected()) {
          expected.computeIfAbsent(d.id(), x -> new ArrayList<>())
              .add(t.task() + "/" + s.stratum() + " " + items.get(t.task()));
          drawn++;
        }
      }
    }
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (JointDrawRecord.EntityTasks e : r.entities()) {
      actual.put(e.id(), e.tasks().stream().map(v -> v.task() + "/" + v.stratum() + " "
          + v.items()).toList());
    }
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()),
        "entities in byte order");
    assertEquals(expected, new TreeMap<>(actual));
    assertTrue(r.entities().size() < drawn, "shared keys: fewer visits than drawn slots");
    JointDrawRecord.EntityTasks first = r.entities().stream()
        .filter(e -> e.tasks().size() >= 2).findFirst().orElseThrow();
    assertEquals(first.tasks().stream().flatMap(v -> v.items().stream()).toList(),
        first.items());
  }

  @Test
  void shuffledPopulationsAndTaskOrderGiveTheIdenticalRecord() {
    qt().withFixedSeed(99L).withExamples(20).forAll(longs().all()).checkAssert(shuffle -> {
      Map<String, Population> p = populations();
      Map<String, Population> shuffled = new TreeMap<>(Collections.reverseOrder());
      Random random = new Random(shuffle);
      p.forEach((task, pop) -> {
        List<Candidate> cs = new ArrayList<>(pop.candidates());
        Collections.shuffle(cs, random);
        shuffled.put(task, Population.of(cs, pop.exclusions()));
      });
      List<JointTask> ts = new ArrayList<>(tasks(shuffled));
      Collections.shuffle(ts, random);
      JointDrawRecord r = JointDraw.draw(JointManifest.create(EVENT, ts, SeedPlan.recorded()),
          VALUE, shuffled);
      assertEquals(jointDraw().toJson(), r.toJson());
    });
  }

  // ---- JSON, replacements ----

  @Test
  void jointRecordsRoundTripThroughJsonWithDefinitionsAndReplacements() {
    Map<String, Population> p = new LinkedHashMap<>(populations());
    Population defined = Population.of(p.get("SX-2024-0103").candidates(), List.of(
        new Exclusion(Fixtures.IDS.get(0), Eligibility.DEREGISTERED)),
        PopulationDefinition.of(List.of(PopulationDefinition.HEADER,
            "population.filter.region=140105", "population.stratifier=parity")));
    p.put("SX-2024-0103", defined);
    byte[] secret = "联合抽查的市场监管局秘密值".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    SeedPlan plan = SeedPlan.commitReveal(List.of(new SeedPlan.Commitment("市场监管局",
        SeedSource.commitment(secret))));
    JointManifest m = JointManifest.create(EVENT, tasks(p), plan);
    assertTrue(m.canonicalText().contains("task=SX-2024-0103\ntask.method=srswor\n"
        + "task.size=count 2\ntask.alternates=1\n"
        + "task.population.definition=doublerandom-population/v1\n"
        + "task.population.filter.region=140105\ntask.population.stratifier=parity\n"
        + "task.population-digest="), m.canonicalText());
    JointDrawRecord r = JointDraw.draw(m, new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("市场监管局", secret))), p);
    String gone = r.currentSample("SX-2024-0102").get(0);
    JointDrawRecord replaced = r.withReplacementInEveryTask(gone, "注销 2024-07-02");
    String json = replaced.toJson();
    JointDrawRecord back = JointDrawRecord.fromJson(json);
    assertEquals(replaced, back);
    assertEquals(json, back.toJson());
    assertTrue(json.endsWith("}\n") && !json.contains("\r"));
    assertEquals(1, json.split("\"definition\"", -1).length - 1, "only the defined task");
    assertTrue(JointDraw.verify(back, p).reproduces(), JointDraw.verify(back, p).toString());
    assertEquals(replaced.jsonHash(), back.jsonHash());
  }

  @Test
  void anEntityGoneIsReplacedInEveryTaskByThatTasksNextAlternate() {
    Map<String, Population> p = populations();
    JointDrawRecord r = jointDraw();
    String gone = r.entities().stream().filter(e -> e.tasks().size() >= 2).findFirst()
        .orElseThrow().id();
    List<String> concerned = r.tasks().stream().map(JointDrawRecord.TaskDraw::task)
        .filter(t -> r.currentSample(t).contains(gone)).toList();
    JointDrawRecord after = r.withReplacementInEveryTask(gone, "吊销营业执照");
    assertEquals(concerned, after.replacements().stream()
        .map(JointDrawRecord.Replacement::task).toList());
    for (JointDrawRecord.Replacement x : after.replacements()) {
      DrawRecord.StratumDraw s = r.task(x.task()).orElseThrow().stratum(x.stratum())
          .orElseThrow();
      assertEquals(s.alternates().get(0).id(), x.replacement());
      int at = r.currentSample(x.task(), x.stratum()).indexOf(gone);
      assertEquals(x.replacement(), after.currentSample(x.task(), x.stratum()).get(at));
    }
    assertTrue(after.entities().stream().noneMatch(e -> e.id().equals(gone)));
    assertTrue(JointDraw.verify(after, p).reproduces());
    // one task again, then its stratum has no alternate left
    String task = "SX-2024-0101";
    String next = after.currentSample(task).get(0);
    String stratum = r.task(task).orElseThrow().strata().stream()
        .filter(s -> after.currentSample(task, s.stratum()).contains(next)).findFirst()
        .orElseThrow().stratum();
    if (after.nextAlternate(task, stratum).isPresent()) {
      JointDrawRecord again = after.withReplacement(task, next, "无法联系");
      assertTrue(JointDraw.verify(again, p).reproduces());
      String last = again.currentSample(task, stratum).get(0);
      assertThrows(IllegalStateException.class,
          () -> again.withReplacement(task, last, "无法联系"));
    } else {
      assertThrows(IllegalStateException.class, () -> after.withReplacement(task, next, "x"));
    }
    assertThrows(IllegalArgumentException.class, () -> r.withReplacement(task, "nobody", "x"));
    assertThrows(IllegalArgumentException.class,
        () -> r.withReplacementInEveryTask("nobody", "x"));
    assertThrows(IllegalArgumentException.class, () -> r.withReplacement(task,
        r.currentSample(task).get(0), " "));
  }

  @Test
  void aFailingReplacementInOneTaskReplacesNothing() {
    Population p = Population.of(Fixtures.uniform("S", 6));
    JointManifest m = JointManifest.create("J", List.of(
        new JointTask("with", List.of(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2))
            .withAlternates(2), p),
        new JointTask("without", List.of(), DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)),
            p)), SeedPlan.recorded());
    JointDrawRecord r = JointDraw.draw(m, VALUE, Map.of("with", p, "without", p));
    String shared = r.currentSample("with").get(0);
    assertTrue(r.currentSample("without").contains(shared), "same design: same sample");
    assertThrows(IllegalStateException.class, () -> r.withReplacementInEveryTask(shared, "gone"));
    assertTrue(r.replacements().isEmpty());
  }

  // ---- refusals and tampering ----

  @Test
  void aJointManifestOfOtherPopulationsIsRefused() {
    Map<String, Population> p = populations();
    JointManifest m = JointManifest.create(EVENT, tasks(p), SeedPlan.recorded());
    Map<String, Population> missing = new HashMap<>(p);
    missing.remove("SX-2024-0103");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JointDraw.draw(m, VALUE, missing));
    assertTrue(e.getMessage().contains("populations[SX-2024-0103]"), e.getMessage());
    Map<String, Population> changed = new HashMap<>(p);
    changed.put("SX-2024-0101", Population.of(Fixtures.threeStrata().candidates()));
    e = assertThrows(IllegalArgumentException.class, () -> JointDraw.draw(m, VALUE, changed));
    assertTrue(e.getMessage().contains("manifest.tasks[SX-2024-0101].exclusionsDigest"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JointManifest.create(EVENT, List.of(
        tasks(p).get(0), tasks(p).get(0)), SeedPlan.recorded()));
    assertThrows(IllegalArgumentException.class, () -> JointManifest.create(EVENT, List.of(),
        SeedPlan.recorded()));
    assertThrows(IllegalArgumentException.class, () -> new JointTask("T", List.of("a", "a"),
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(1)), p.get("SX-2024-0101")));
  }

  private static JointDrawRecord withTasks(JointDrawRecord r, List<JointDrawRecord.TaskDraw> tasks,
      List<JointDrawRecord.Replacement> replacements, List<JointDrawRecord.EntityTasks> entities) {
    return new JointDrawRecord(r.spec(), r.manifest(), r.manifestHash(), r.seedSource(), r.seed(),
        tasks, replacements, entities);
  }

  @Test
  void aChangedSelectionIsReportedPerEntityOfTheTask() {
    Map<String, Population> p = populations();
    JointDrawRecord r = jointDraw();
    String task = "SX-2024-0101";
    JointDrawRecord.TaskDraw t = r.task(task).orElseThrow();
    DrawRecord.StratumDraw a = t.strata().get(0);
    DrawRecord.Drawn chosen = a.selected().get(0);
    Set<String> drawn = ids(a.selected());
    drawn.addAll(ids(a.alternates()));
    String notChosen = p.get(task).candidates().stream()
        .filter(c -> c.stratum().equals(a.stratum()) && !drawn.contains(c.id()))
        .findFirst().orElseThrow().id();
    List<DrawRecord.Drawn> selected = new ArrayList<>(a.selected());
    selected.set(0, new DrawRecord.Drawn(notChosen, chosen.key(), chosen.probability()));
    List<DrawRecord.StratumDraw> strata = new ArrayList<>(t.strata());
    strata.set(0, new DrawRecord.StratumDraw(a.stratum(), a.population(), a.sample(), selected,
        a.alternates(), a.probabilities()));
    List<JointDrawRecord.TaskDraw> tasks = new ArrayList<>(r.tasks());
    tasks.set(tasks.indexOf(t), new JointDrawRecord.TaskDraw(task, strata));
    JointDrawRecord tampered = withTasks(r, tasks, r.replacements(), r.entities());
    String f = "tasks[" + task + "].strata[" + a.stratum() + "].selected";
    assertEquals(List.of(f + "[" + notChosen + "]", f + "[" + chosen.id() + "]"),
        fields(JointDraw.verify(JointDrawRecord.fromJson(tampered.toJson()), p)));
    List<JointDrawRecord.TaskDraw> fewer = new ArrayList<>(r.tasks());
    fewer.remove(t);
    List<String> g = fields(JointDraw.verify(withTasks(r, fewer, r.replacements(),
        r.entities()), p));
    assertTrue(g.contains("tasks[" + task + "]") && g.contains("tasks[" + task + "].strata["
        + a.stratum() + "]"), g.toString());
  }

  @Test
  void aChangedGroupingIsReportedPerEntity() {
    Map<String, Population> p = populations();
    JointDrawRecord r = jointDraw();
    List<JointDrawRecord.EntityTasks> entities = new ArrayList<>(r.entities());
    JointDrawRecord.EntityTasks dropped = entities.remove(0);
    JointDrawRecord.EntityTasks shared = entities.stream().filter(e -> e.tasks().size() >= 2)
        .findFirst().orElseThrow();
    int at = entities.indexOf(shared);
    entities.set(at, new JointDrawRecord.EntityTasks(shared.id(), shared.tasks().subList(0, 1)));
    Verification v = JointDraw.verify(withTasks(r, r.tasks(), r.replacements(), entities), p);
    assertEquals(List.of("entities[" + shared.id() + "].tasks", "entities[" + dropped.id() + "]"),
        fields(v));
    Collections.reverse(entities);
    entities.set(entities.indexOf(entities.stream().filter(e -> e.id().equals(shared.id()))
        .findFirst().orElseThrow()), shared);
    entities.add(dropped);
    assertEquals(List.of("entities order"), fields(JointDraw.verify(withTasks(r, r.tasks(),
        r.replacements(), entities), p)));
  }

  @Test
  void changedPopulationsSeedsHashesAndReplacementsAreReported() {
    Map<String, Population> p = populations();
    JointDrawRecord r = jointDraw();
    String json = r.toJson();
    assertEquals(List.of("seed"), fields(JointDraw.verify(JointDrawRecord.fromJson(
        json.replace(r.seed(), "ff" + r.seed().substring(2))), p)));
    assertEquals(List.of("manifestHash"), fields(JointDraw.verify(JointDrawRecord.fromJson(
        json.replace(r.manifestHash(), "ee" + r.manifestHash().substring(2))), p)));
    Map<String, Population> changed = new HashMap<>(p);
    List<Candidate> fewer = new ArrayList<>(p.get("SX-2024-0103").candidates());
    fewer.remove(0);
    changed.put("SX-2024-0103", Population.of(fewer));
    List<String> f = fields(JointDraw.verify(r, changed));
    assertTrue(f.containsAll(List.of("manifest.tasks[SX-2024-0103].populationDigest",
        "manifest.tasks[SX-2024-0103].populationSize",
        "manifest.tasks[SX-2024-0103].strata[even].population",
        "manifestHash (recomputed from the populations)",
        "tasks[SX-2024-0103].strata[even].population")), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.contains("SX-2024-0101")), f.toString());
    Map<String, Population> missing = new HashMap<>(p);
    missing.remove("SX-2024-0101");
    missing.put("SX-2024-0999", p.get("SX-2024-0101"));
    assertEquals(List.of("populations[SX-2024-0101]", "populations[SX-2024-0999]"),
        fields(JointDraw.verify(r, missing)));
    String task = "SX-2024-0102";
    DrawRecord.StratumDraw s = r.task(task).orElseThrow().strata().get(0);
    List<JointDrawRecord.Replacement> forged = List.of(new JointDrawRecord.Replacement(task,
        s.stratum(), s.selected().get(0).id(), s.alternates().get(1).id(), "跳过第一个备选"));
    JointDrawRecord skipped = withTasks(r, r.tasks(), forged,
        JointDrawRecord.group(r.manifest(), r.tasks(), forged));
    assertEquals(List.of("replacements[0].replacement"), fields(JointDraw.verify(
        JointDrawRecord.fromJson(skipped.toJson()), p)));
    List<JointDrawRecord.Replacement> unknown = List.of(new JointDrawRecord.Replacement(
        "SX-2024-0999", "A", "x", "y", "no such task"));
    assertEquals(List.of("replacements[0].task"), fields(JointDraw.verify(withTasks(r,
        r.tasks(), unknown, r.entities()), p)));
  }
}
