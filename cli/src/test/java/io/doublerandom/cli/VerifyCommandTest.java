package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private CliFixture f;
  private Path entities;
  private Path record;

  @BeforeEach
  void draw() throws IOException {
    f = new CliFixture(dir);
    entities = f.sampleEntities("entities.csv", 4_000);
    record = dir.resolve("record.json");
    assertEquals(0, f.run("draw", entities.toString(), "-d", f.design().toString(),
        "--seed-hex", CliFixture.SEED, "-o", record.toString()), f.out() + f.err());
  }

  private ObjectNode tree() throws IOException {
    return (ObjectNode) JSON.readTree(record.toFile());
  }

  private Path save(String name, JsonNode tree) throws IOException {
    Path p = dir.resolve(name);
    JSON.writerWithDefaultPrettyPrinter().writeValue(p.toFile(), tree);
    return p;
  }

  @Test
  void anUntouchedRecordReproduces() {
    assertEquals(0, f.run("verify", record.toString(), entities.toString()), f.out() + f.err());
    assertTrue(f.out().contains("reproduces: population digest, manifest hash, seed"), f.out());
  }

  @Test
  void aSelectedIdChangedToAnotherCandidateIsListedWithRecordedAndRecomputedValues()
      throws IOException {
    ObjectNode tree = tree();
    ObjectNode stratum = (ObjectNode) tree.get("strata").get(0);
    String label = stratum.get("stratum").asText();
    ObjectNode first = (ObjectNode) stratum.get("selected").get(0);
    String original = first.get("id").asText();
    // an entity of the same stratum that was not drawn: the first alternate's id
    String other = stratum.get("alternates").get(0).get("id").asText();
    first.put("id", other);
    Path tampered = save("tampered.json", tree);
    assertEquals(1, f.run("verify", tampered.toString(), entities.toString()));
    String text = f.out();
    assertTrue(text.contains("strata[" + label + "].selected[" + original
        + "]: recorded absent, recomputed present"), text);
    assertTrue(text.contains("strata[" + label + "].selected[" + other
        + "]: recorded present, recomputed absent"), text);
    assertTrue(text.contains("does not reproduce"), text);
  }

  @Test
  void aChangedSeedAndManifestHashAreEachListed() throws IOException {
    ObjectNode tree = tree();
    tree.put("seed", "00".repeat(32));
    tree.put("manifestHash", "11".repeat(32));
    Path tampered = save("t.json", tree);
    assertEquals(1, f.run("verify", tampered.toString(), entities.toString()));
    assertTrue(f.out().contains("seed: recorded " + "00".repeat(32)), f.out());
    assertTrue(f.out().contains("manifestHash: recorded " + "11".repeat(32)), f.out());
  }

  @Test
  void aModifiedPopulationIsListedFromTheDigestOn() throws IOException {
    List<String> lines = CliFixture.sampleLines(4_000);
    // one operating entity gets another general risk class; one line is dropped
    int changed = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains(",OPERATING,") && lines.get(i).contains("general:A@")) {
        changed = i;
        break;
      }
    }
    List<String> modified = new java.util.ArrayList<>(lines);
    modified.set(changed, lines.get(changed).replace("general:A@", "general:D@"));
    modified.remove(modified.size() - 1);
    Path population = f.write("modified.csv", String.join("\n", modified) + "\n");
    assertEquals(1, f.run("verify", record.toString(), population.toString()));
    String text = f.out();
    assertTrue(text.contains("manifest.populationDigest: recorded "), text);
    assertTrue(text.contains("manifest.strata[A].population"), text);
    assertTrue(text.contains("manifest.strata[D].population"), text);
    assertTrue(text.contains("manifestHash (recomputed from the population)"), text);
  }

  @Test
  void unusableRecordsAndFilesExitTwo() throws IOException {
    assertEquals(2, f.run("verify", f.path("none.json"), entities.toString()));
    assertTrue(f.err().contains("no such file"), f.err());
    assertEquals(2, f.run("verify", record.toString(), f.path("none.csv")));
    assertEquals(2, f.run("verify", f.write("bad.json", "{").toString(), entities.toString()));
    assertTrue(f.err().contains("malformed JSON"), f.err());

    ObjectNode other = JSON.createObjectNode();
    other.put("spec", "doublerandom/results/v1");
    assertEquals(2, f.run("verify", save("results.json", other).toString(), entities.toString()));
    assertTrue(f.err().contains("not a record verify knows: \"spec\" is"
        + " \"doublerandom/results/v1\"; known: doublerandom/draw/v1 (target draw record),"
        + " doublerandom/assign/v1 (inspector assignment record)"), f.err());

    ObjectNode tree = tree();
    tree.put("unexpected", 1);
    assertEquals(2, f.run("verify", save("extra.json", tree).toString(), entities.toString()));
    assertEquals(2, f.run("verify", record.toString()));
    assertTrue(Files.exists(record));
  }

  @Test
  void aReplacementIsReplayedAgainstTheAlternates() throws IOException {
    ObjectNode tree = tree();
    JsonNode stratum = tree.get("strata").get(0);
    ObjectNode replacement = JSON.createObjectNode();
    replacement.put("stratum", stratum.get("stratum").asText());
    replacement.put("replaced", stratum.get("selected").get(1).get("id").asText());
    replacement.put("replacement", stratum.get("alternates").get(0).get("id").asText());
    replacement.put("reason", "注销");
    tree.putArray("replacements").add(replacement);
    assertEquals(0, f.run("verify", save("replaced.json", tree).toString(),
        entities.toString()), f.out());
    assertTrue(f.out().contains("1 replacements"), f.out());

    replacement.put("replacement", stratum.get("alternates").get(1).get("id").asText());
    assertEquals(1, f.run("verify", save("skipped.json", tree).toString(),
        entities.toString()));
    assertTrue(f.out().contains("replacements[0].replacement"), f.out());
  }
}
