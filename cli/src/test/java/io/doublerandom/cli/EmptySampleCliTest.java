package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draw whose sample is empty says so on the console (docs/draw-spec.md section 4, "Empty
 * samples"; issue 12, correctness item 4): a header-only population is an error, a weighted
 * stratum whose scores are all zero a warning.
 */
class EmptySampleCliTest {
  @Test
  void aHeaderOnlyPopulationIsAnErrorAndWritesNothing(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path header = f.sampleEntities("header.csv", 0);
    assertEquals(1, Files.readAllLines(header).size());
    Path design = f.design();
    int code = f.run("draw", header.toString(), "--design", design.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("record.json"));
    assertEquals(DoubleRandomCli.UNUSABLE, code, f.out() + f.err());
    assertTrue(f.err().contains(header.toString()) && f.err().contains("no candidate"),
        f.err());
    assertFalse(Files.exists(dir.resolve("record.json")));
    assertEquals(DoubleRandomCli.UNUSABLE, f.run("draw", header.toString(), "--design",
        design.toString(), "--manifest-only"), f.out() + f.err());
  }

  @Test
  void aWeightedStratumWithOnlyZeroScoresIsAWarning(@TempDir Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    Path entities = f.sampleEntities("entities.csv", 400);
    Path design = f.write("zero.json", """
        {"task": "SX-2025-0003", "method": "pivotal", "size": "count 5",
         "scores": {"A": 0, "B": 1, "C": 2, "D": 4, "unrated": 1}}
        """);
    assertEquals(0, f.run("draw", entities.toString(), "-d", design.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("r.json")), f.out() + f.err());
    List<String> warnings = f.err().lines().filter(l -> l.startsWith("warning:")).toList();
    assertEquals(1, warnings.size(), f.err());
    assertTrue(warnings.get(0).contains("stratum A: nothing drawn: no candidate has a positive"
        + " score"), warnings.toString());
  }
}
