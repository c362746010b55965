package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.Scope;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.json.Json;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.RegionCode;
import io.doublerandom.sample.BundledSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doublerandom assign} and {@code verify} of assignment records, end to end on the bundled
 * sample: 4,000 entities drawn with a fixed seed (5% per risk class, D at 20%), the 360 sample
 * inspectors.
 */
class AssignCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED2 =
      "1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100";

  @TempDir Path dir;
  private CliFixture f;
  private Path entities;
  private Path draw;
  private Path inspectors;
  private Path rules;

  @BeforeEach
  void drawAndPrepare() throws IOException {
    f = new CliFixture(dir);
    entities = f.sampleEntities("entities.csv", 4_000);
    draw = dir.resolve("draw.json");
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-hex", CliFixture.SEED, "-o", draw.toString()), f.out() + f.err());
    inspectors = dir.resolve("inspectors.csv");
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      Files.copy(in, inspectors);
    }
    rules = f.write("rules.json", """
        {"defaults": {"officers": 2, "rotationDays": 365, "taskCapacity": 400}}
        """);
  }

  /** The common input arguments after the command name. */
  private List<String> inputs(String... more) {
    List<String> a = new ArrayList<>(List.of(draw.toString(), entities.toString(),
        "-i", inspectors.toString(), "--from", "2025-06-02", "--to", "2025-06-03",
        "--specialty", "特种设备"));
    a.addAll(List.of(more));
    return a;
  }

  private int assign(String... more) {
    List<String> a = new ArrayList<>(List.of("assign"));
    a.addAll(inputs(more));
    return f.run(a.toArray(String[]::new));
  }

  private int verify(Path record, String... more) {
    List<String> a = new ArrayList<>(List.of("verify", record.toString(), entities.toString(),
        "--draw-record", draw.toString(), "-i", inspectors.toString(), "--from", "2025-06-02",
        "--to", "2025-06-03", "--specialty", "特种设备"));
    a.addAll(List.of(more));
    return f.run(a.toArray(String[]::new));
  }

  private Path assigned() {
    Path out = dir.resolve("assignment.json");
    assertEquals(0, assign("-r", rules.toString(), "--seed-hex", SEED2, "-o", out.toString()),
        f.out() + f.err());
    return out;
  }

  private Path save(String name, JsonNode tree) throws IOException {
    Path p = dir.resolve(name);
    JSON.writerWithDefaultPrettyPrinter().writeValue(p.toFile(), tree);
    return p;
  }

  @Test
  void assignsEveryDrawnEntityAndTheRecordVerifies() throws IOException {
    Path out = assigned();
    String summary = f.out();
    AssignmentRecord r = AssignmentRecord.fromJson(Files.readString(out));
    int drawn = JSON.readTree(draw.toFile()).get("strata").findValues("selected").stream()
        .mapToInt(JsonNode::size).sum();
    assertTrue(drawn > 100, "drawn " + drawn);
    assertEquals(drawn, r.visits().size());
    assertEquals("SX-2025-0001", r.manifest().assignment());
    assertEquals(64, r.manifest().drawRecordHash().length());
    for (AssignmentRecord.VisitTeam v : r.visits()) {
      assertTrue(v.visit().startsWith("SX-2025-0001/"), v.visit());
      assertEquals(2, v.team().stream().filter(m -> m.group().equals("officers")).count());
      assertEquals(1, v.team().stream().filter(m -> m.group().equals("expert:特种设备")).count());
    }
    assertTrue(summary.contains("staffed " + drawn + " visits"), summary);
    assertTrue(summary.contains("record written to " + out), summary);

    assertEquals(0, verify(out), f.out() + f.err());
    assertTrue(f.out().contains("reproduces: digests, manifest hash, seed, " + drawn
        + " visits"), f.out());

    // the same command again writes the same bytes
    byte[] first = Files.readAllBytes(out);
    Path again = dir.resolve("again.json");
    assertEquals(0, assign("-r", rules.toString(), "--seed-hex", SEED2, "-o",
        again.toString()));
    assertArrayEquals(first, Files.readAllBytes(again));
  }

  @Test
  void aTamperedTeamMemberIsListedByVerify() throws IOException {
    Path out = assigned();
    ObjectNode tree = (ObjectNode) JSON.readTree(out.toFile());
    ObjectNode visit = (ObjectNode) tree.get("visits").get(0);
    String id = visit.get("visit").asText();
    ObjectNode member = (ObjectNode) visit.get("team").get(1);
    String original = member.get("id").asText();
    member.put("id", "SX-INS-99999");
    Path tampered = save("tampered.json", tree);
    assertEquals(1, verify(tampered));
    String text = f.out();
    assertTrue(text.contains("visits[" + id + "].team[" + original
        + "]: recorded absent, recomputed present in officers"), text);
    assertTrue(text.contains("visits[" + id + "].team[SX-INS-99999]: recorded present in"
        + " officers, recomputed absent"), text);
    assertTrue(text.contains("does not reproduce: 2 differences"), text);
  }

  @Test
  void verifyListsOtherInputsAndAnotherDrawRecord() throws IOException {
    Path out = assigned();
    // other dates: the visits digest and hence the manifest hash differ
    List<String> a = new ArrayList<>(List.of("verify", out.toString(), entities.toString(),
        "--draw-record", draw.toString(), "-i", inspectors.toString(), "--from", "2025-06-09",
        "--specialty", "特种设备"));
    assertEquals(1, f.run(a.toArray(String[]::new)));
    assertTrue(f.out().contains("manifest.visitsDigest: recorded "), f.out());
    assertTrue(f.out().contains("manifestHash (recomputed from the inputs)"), f.out());

    // a draw record file with other bytes but the same content (re-indented) is the same record:
    // the record hash is over the canonical JSON form (draw-spec section 2)
    Path copy = save("draw-copy.json", JSON.readTree(draw.toFile()));
    List<String> b = new ArrayList<>(List.of("verify", out.toString(), entities.toString(),
        "--draw-record", copy.toString(), "-i", inspectors.toString(), "--from", "2025-06-02",
        "--to", "2025-06-03", "--specialty", "特种设备"));
    assertEquals(0, f.run(b.toArray(String[]::new)), f.out() + f.err());
    // another draw record (a replacement changes its content) is not
    com.fasterxml.jackson.databind.node.ObjectNode changed =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(draw.toFile());
    changed.putArray("replacements").addObject().put("stratum", "A").put("replaced", "x")
        .put("replacement", "y").put("reason", "edited");
    copy = save("draw-changed.json", changed);
    b.set(b.indexOf(dir.resolve("draw-copy.json").toString()), copy.toString());
    assertEquals(1, f.run(b.toArray(String[]::new)));
    assertTrue(f.out().contains("manifest.drawRecordHash: recorded "), f.out());
    assertTrue(f.out().contains("does not reproduce: 1 difference\n")
        || f.out().contains("does not reproduce: 1 difference"), f.out());

    // an assignment record without the draw record is unusable
    assertEquals(2, f.run("verify", out.toString(), entities.toString()));
    assertTrue(f.err().contains("give --draw-record FILE"), f.err());
  }

  @Test
  void infeasibleRulesReportEveryVisitAndWriteNothing() throws IOException {
    Path tooMany = f.write("fifty.json", "{\"defaults\": {\"officers\": 50}}");
    Path out = dir.resolve("never.json");
    List<String> before = f.files();
    assertEquals(1, assign("-r", tooMany.toString(), "--seed-hex", SEED2, "-o",
        out.toString()));
    String text = f.out();
    assertTrue(text.startsWith("no feasible assignment: "), text);
    assertTrue(text.contains("nothing assigned, nothing written"), text);
    assertTrue(text.contains("too few eligible inspectors; removed "), text);
    assertTrue(text.contains("officers "), text);
    assertTrue(text.contains(" eligible for 50"), text);
    int reported = (int) text.lines().filter(l -> l.startsWith("  visit ")).count();
    int drawn = JSON.readTree(draw.toFile()).get("strata").findValues("selected").stream()
        .mapToInt(JsonNode::size).sum();
    assertEquals(drawn, reported, text);
    assertFalse(Files.exists(out));
    assertEquals(before, f.files());
  }

  @Test
  void manifestOnlyPrintsTheHashThatTheAssignmentThenUses() throws IOException {
    Path manifest = dir.resolve("manifest.txt");
    assertEquals(0, assign("-r", rules.toString(), "--manifest-only", "-o",
        manifest.toString()), f.err());
    String text = Files.readString(manifest);
    assertTrue(text.startsWith("manifest=doublerandom-assignment-manifest/v1\n"), text);
    assertTrue(text.contains("\ndefault.task-capacity=400\n"), text);
    assertTrue(text.contains("\nseed-plan=recorded\n"), text);
    String hash = f.out().lines().filter(l -> l.startsWith("manifest hash: ")).findFirst()
        .orElseThrow().substring("manifest hash: ".length());

    Path out = dir.resolve("a.json");
    assertEquals(0, assign("-r", rules.toString(), "--seed-hex", SEED2, "--manifest",
        manifest.toString(), "-o", out.toString()), f.out() + f.err());
    assertEquals(hash, AssignmentRecord.fromJson(Files.readString(out)).manifestHash());

    // other rules than published: refused, nothing written
    Path other = f.write("other.json", "{\"defaults\": {\"officers\": 3}}");
    Path refused = dir.resolve("refused.json");
    assertEquals(1, assign("-r", other.toString(), "--seed-hex", SEED2, "--manifest",
        manifest.toString(), "-o", refused.toString()));
    assertTrue(f.out().contains("published default.officers=2, recomputed"
        + " default.officers=3"), f.out());
    assertFalse(Files.exists(refused));
  }

  @Test
  void aReplacementIsDeterministicRecordedAndVerified() throws IOException {
    Path out = assigned();
    AssignmentRecord r = AssignmentRecord.fromJson(Files.readString(out));
    AssignmentRecord.VisitTeam v = r.visits().get(0);
    String ill = v.team().get(0).id();
    Path copy = dir.resolve("copy.json");
    Files.copy(out, copy);
    List<String> args = new ArrayList<>(List.of("assign", "--replace", v.visit(), ill,
        "--cause", "unavailable", "--reason", "病假", "--record", out.toString()));
    args.addAll(inputs());
    assertEquals(0, f.run(args.toArray(String[]::new)), f.out() + f.err());
    assertTrue(f.out().contains(ill + " replaced by "), f.out());
    AssignmentRecord after = AssignmentRecord.fromJson(Files.readString(out));
    assertEquals(1, after.replacements().size());
    AssignmentRecord.Replacement rep = after.replacements().get(0);
    assertEquals(ill, rep.replaced());
    assertEquals("病假", rep.reason());
    assertFalse(after.currentTeam(v.visit()).stream().anyMatch(m -> m.id().equals(ill)));
    assertEquals(0, verify(out), f.out());
    assertTrue(f.out().contains("1 replacements"), f.out());

    // the same replacement on the copy gives the same record
    args.set(args.indexOf(out.toString()), copy.toString());
    assertEquals(0, f.run(args.toArray(String[]::new)), f.out() + f.err());
    assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(copy));

    // replacing someone not on the team: exit 1, record unchanged
    byte[] bytes = Files.readAllBytes(out);
    List<String> bad = new ArrayList<>(List.of("assign", "--replace", v.visit(), ill,
        "--cause", "conflict", "--reason", "x", "--record", out.toString()));
    bad.addAll(inputs());
    assertEquals(1, f.run(bad.toArray(String[]::new)));
    assertTrue(f.out().contains("record unchanged"), f.out());
    assertArrayEquals(bytes, Files.readAllBytes(out));

    // a bad cause is unusable
    bad.set(bad.indexOf("conflict"), "ill");
    assertEquals(2, f.run(bad.toArray(String[]::new)));
    assertTrue(f.err().contains("--cause: unknown replacement cause"), f.err());
  }

  @Test
  void theRotationHistoryIsPartOfTheManifestAndRemovesInspectors() throws IOException {
    Path out = assigned();
    AssignmentRecord r = AssignmentRecord.fromJson(Files.readString(out));
    AssignmentRecord.VisitTeam v = r.visits().get(0);
    String member = v.team().get(0).id();
    Path history = f.write("history.csv", "entity_id,inspector_id,date\n" + v.entity() + ","
        + member + ",2025-01-15\n" + v.entity() + "," + member + ",2023-01-15\n");
    Path out2 = dir.resolve("rotated.json");
    assertEquals(0, assign("-r", rules.toString(), "--seed-hex", SEED2, "--history",
        history.toString(), "-o", out2.toString()), f.out() + f.err());
    AssignmentRecord r2 = AssignmentRecord.fromJson(Files.readString(out2));
    assertEquals(2, r2.manifest().historySize());
    AssignmentRecord.VisitTeam v2 = r2.visit(v.visit()).orElseThrow();
    assertFalse(v2.team().stream().anyMatch(m -> m.id().equals(member)));
    assertEquals(1, v2.removed().stream().filter(x -> x.rule().token().equals("rotation"))
        .findFirst().orElseThrow().count());
    assertEquals(0, verify(out2, "--history", history.toString()), f.out());
    assertEquals(1, verify(out2));
    assertTrue(f.out().contains("manifest.historySize: recorded 2, recomputed 0"), f.out());

    Path bad = f.write("bad-history.csv", "entity_id,inspector_id,date\nE1,I1,2025-13-01\n");
    assertEquals(1, assign("-r", rules.toString(), "--seed-hex", SEED2, "--history",
        bad.toString(), "-o", dir.resolve("x.json").toString()));
    assertTrue(f.out().contains("bad-history.csv:2: date '2025-13-01'"), f.out());
    Path header = f.write("header.csv", "entity,inspector,day\nE1,I1,2025-01-01\n");
    assertEquals(2, assign("-r", rules.toString(), "--seed-hex", SEED2, "--history",
        header.toString(), "-o", dir.resolve("x.json").toString()));
    assertTrue(f.err().contains("the header must be entity_id,inspector_id,date"), f.err());
  }

  @Test
  void specialtiesComeFromTheChecklistItems() throws IOException {
    Path checklist = dir.resolve("checklist.json");
    try (InputStream in = BundledSample.open(BundledSample.CHECKLIST)) {
      Files.copy(in, checklist);
    }
    // SC-10-01 requires 特种设备 in the sample checklist; SC-01-01 requires none
    String code = "SC-10-01";
    JsonNode item = null;
    for (JsonNode i : JSON.readTree(checklist.toFile()).get("items")) {
      if (i.get("code").asText().equals(code)) {
        item = i;
      }
    }
    assertEquals("[\"特种设备\"]", item.get("requiredSpecialties").toString());
    String specialty = "特种设备";
    Path out = dir.resolve("items.json");
    assertEquals(0, f.run("assign", draw.toString(), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "-r", rules.toString(), "--item", code + ",SC-01-01",
        "--checklist", checklist.toString(), "--seed-hex", SEED2, "-o", out.toString()),
        f.out() + f.err());
    AssignmentRecord r = AssignmentRecord.fromJson(Files.readString(out));
    String group = "expert:" + specialty;
    assertTrue(r.visits().stream().allMatch(v -> v.groups().stream()
        .anyMatch(g -> g.group().equals(group))), group);

    assertEquals(2, f.run("assign", draw.toString(), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "-r", rules.toString(), "--item",
        "NO-SUCH", "--checklist", checklist.toString(), "--seed-hex", SEED2, "-o",
        out.toString()));
    assertTrue(f.err().contains("no item NO-SUCH"), f.err());
  }

  @Test
  void unusableInputsExitTwoAndWriteNothing() throws IOException {
    Path out = dir.resolve("out.json");
    Path bad = f.write("bad-rules.json", "{\"defaults\": {\"officer\": 2, \"scope\": \"x\","
        + " \"taskCapacity\": 0}, \"batchCapacity\": \"lots\"}");
    List<String> before = f.files();
    // no rules file, a missing rules file, malformed rules
    assertEquals(2, assign("--seed-hex", SEED2, "-o", out.toString()));
    assertTrue(f.err().contains("-r/--rules"), f.err());
    assertEquals(2, assign("-r", f.path("none.json"), "--seed-hex", SEED2, "-o",
        out.toString()));
    assertTrue(f.err().contains("no such file"), f.err());
    assertEquals(2, assign("-r", bad.toString(), "--seed-hex", SEED2, "-o", out.toString()));
    String err = f.err();
    assertTrue(err.contains("defaults.officer: unknown field"), err);
    assertTrue(err.contains("defaults.scope: unknown scope \"x\""), err);
    assertTrue(err.contains("defaults.taskCapacity: must be an integer >= 1 or"
        + " \"unlimited\", got 0"), err);
    assertTrue(err.contains("batchCapacity: must be an integer >= 1"), err);
    // no seed, no dates, no inspectors, missing draw record, not a draw record
    assertEquals(2, assign("-r", rules.toString(), "-o", out.toString()));
    assertEquals(2, f.run("assign", draw.toString(), entities.toString(), "-i",
        inspectors.toString(), "-r", rules.toString(), "--seed-hex", SEED2, "-o",
        out.toString()));
    assertTrue(f.err().contains("--from"), f.err());
    assertEquals(2, f.run("assign", draw.toString(), entities.toString(), "--from",
        "2025-06-02", "-r", rules.toString(), "--seed-hex", SEED2, "-o", out.toString()));
    assertTrue(f.err().contains("-i/--inspectors"), f.err());
    assertEquals(2, f.run("assign", f.path("none.json"), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "-r", rules.toString(), "--seed-hex",
        SEED2, "-o", out.toString()));
    assertEquals(2, f.run("assign", rules.toString(), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "-r", rules.toString(), "--seed-hex",
        SEED2, "-o", out.toString()));
    assertTrue(f.err().contains("not a draw record"), f.err());
    // to before from, a bad seed value
    assertEquals(2, assign("-r", rules.toString(), "--to", "2025-06-01", "--seed-hex", SEED2,
        "-o", out.toString()));
    assertEquals(2, assign("-r", rules.toString(), "--seed-hex", "abc", "-o", out.toString()));
    // an output in a directory that does not exist
    assertEquals(2, assign("-r", rules.toString(), "--seed-hex", SEED2, "-o",
        f.path("no/such/dir/out.json")));
    assertEquals(before, f.files());
  }

  @Test
  void invalidDataExitsOne() throws IOException {
    Path out = dir.resolve("out.json");
    // the entity file misses drawn entities
    Path few = f.sampleEntities("few.csv", 10);
    assertEquals(1, f.run("assign", draw.toString(), few.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "-r", rules.toString(), "--seed-hex",
        SEED2, "-o", out.toString()));
    assertTrue(f.out().contains("is not in the entity directory"), f.out());
    // an inspector file with errors
    List<String> lines = Files.readAllLines(inspectors);
    lines.set(1, lines.get(1).replace(",PROVINCE,", ",GALAXY,"));
    Path broken = Files.write(dir.resolve("inspectors-broken.csv"), lines,
        StandardCharsets.UTF_8);
    assertEquals(1, f.run("assign", draw.toString(), entities.toString(), "-i",
        broken.toString(), "--from", "2025-06-02", "-r", rules.toString(), "--seed-hex",
        SEED2, "-o", out.toString()));
    assertTrue(f.out().contains("GALAXY"), f.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void anExistingRecordIsReplacedOnlyOnSuccess() throws IOException {
    Path out = assigned();
    byte[] before = Files.readAllBytes(out);
    Path tooMany = f.write("fifty.json", "{\"defaults\": {\"officers\": 50}}");
    assertEquals(1, assign("-r", tooMany.toString(), "--seed-hex", SEED2, "-o",
        out.toString()));
    assertArrayEquals(before, Files.readAllBytes(out));
    assertEquals(0, assign("-r", rules.toString(), "--seed-hex", CliFixture.SEED, "-o",
        out.toString()));
    assertNotEquals(new String(before, StandardCharsets.UTF_8), Files.readString(out));
    assertFalse(f.files().stream().anyMatch(n -> n.endsWith(".tmp")), f.files().toString());
  }

  @Test
  void rulesFileDefaultsOverridesAndTheRecordForm() throws IOException {
    AssignmentRules parsed = RulesFile.parse("r.json", """
        {"defaults": {"officers": 3, "levels": ["county", "CITY"], "taskCapacity": "unlimited"},
         "tasks": [{"task": "T2", "rules": {"scope": "cross-county", "partners": ["140100"]}}],
         "batchCapacity": 9}
        """);
    TaskRules defaults = TaskRules.standard().withOfficers(3)
        .withLevels(EnumSet.of(AuthorityLevel.COUNTY, AuthorityLevel.CITY));
    assertEquals(new AssignmentRules(defaults, List.of(new AssignmentRules.TaskOverride("T2",
        defaults.withScope(Scope.CROSS_COUNTY, List.of(RegionCode.of("140100"))))), 9), parsed);
    assertEquals(AssignmentRules.standard(), RulesFile.parse("empty.json", "{}"));
    // the form Jackson writes (as in an assignment record's manifest.rules) reads back
    String written = Json.newMapper().writeValueAsString(parsed);
    assertEquals(parsed, RulesFile.parse("written.json", written));
  }
}
