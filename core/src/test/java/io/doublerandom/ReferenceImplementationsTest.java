package io.doublerandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the independent Python implementations under {@code tools/reference/}, written from the
 * specifications alone, against the test vectors of those specifications: a vector that only this
 * library reproduces would be a vector of the library, not of the specification. Needs
 * {@code python3} (standard library only); skipped where there is none. CI installs it
 * ({@code .ci/run}), so there it always runs.
 */
class ReferenceImplementationsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) expected values checked in \\d+ groups: (\\d+) OK, (\\d+) MISMATCH");

  @Test
  void theAssignmentReferenceReproducesEveryVectorOfTheAssignmentSpec() throws Exception {
    check("assign_reference.py", "assignment-spec.md", 100);
  }

  /**
   * Runs {@code python3 tools/reference/SCRIPT check docs/SPEC} and asserts exit 0 with at least
   * {@code minimum} values checked and no mismatch.
   */
  static void check(String script, String spec, int minimum) throws Exception {
    assumeTrue(python3Available(), "python3 not found: the reference implementations not run");
    Path log = Files.createTempFile("reference", ".log");
    try {
      Process p = new ProcessBuilder("python3",
          ROOT.resolve("tools/reference").resolve(script).toString(), "check",
          ROOT.resolve("docs").resolve(spec).toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), script + " did not finish in 300 s");
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), script + " exited " + p.exitValue() + ":\n" + out);
      Matcher m = SUMMARY.matcher(out);
      assertTrue(m.find(), "no summary line in:\n" + out);
      assertTrue(Integer.parseInt(m.group(1)) >= minimum,
          "only " + m.group(1) + " values checked:\n" + out);
      assertEquals("0", m.group(3), out);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean python3Available() {
    try {
      Process p = new ProcessBuilder(List.of("python3", "--version")).redirectErrorStream(true)
          .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
