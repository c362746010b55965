package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.sample.BundledSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The bad-input cases of the audit (issue 12) on the command line: each gets the project's
 * message naming the file (and line, field and value where there are any) and its documented
 * exit code; no parser wording, no stack trace.
 */
class BadInputCliTest {
  private static final List<String> JACKSON = List.of("StreamReadConstraints", "creator",
      "Input length", "Unexpected character", "was expecting", "(code ", "Exception", "\tat ");

  @TempDir Path dir;
  private CliFixture f;
  private Path entities;

  @BeforeEach
  void setUp() throws IOException {
    f = new CliFixture(dir);
    entities = f.sampleEntities("entities.csv", 200);
  }

  private void assertClean(String text) {
    for (String j : JACKSON) {
      assertFalse(text.contains(j), () -> j + " in:\n" + text);
    }
  }

  private int draw(Path design, String... more) {
    List<String> a = new java.util.ArrayList<>(List.of("draw", entities.toString(), "-d",
        design.toString(), "--seed-hex", CliFixture.SEED, "-o", f.path("record.json")));
    a.addAll(List.of(more));
    return f.run(a.toArray(String[]::new));
  }

  @Test
  void validateOfADirectorySaysItIsADirectory() throws IOException {
    Files.createDirectory(dir.resolve("entities-dir.csv"));
    assertEquals(2, f.run("validate", "--type", "entities", f.path("entities-dir.csv")));
    assertEquals("unusable input: " + f.path("entities-dir.csv")
        + ": is a directory, not a file\n", f.err());
    assertEquals(2, f.run("validate", "--type", "entities", f.path("none.csv")));
    assertEquals("unusable input: " + f.path("none.csv") + ": no such file\n", f.err());
  }

  @Test
  void anUnknownCharsetIsNamedWithTheChoices() throws IOException {
    f.design();
    String expected = "--charset: unknown charset 'KLINGON'; give auto (UTF-8 or GB18030,"
        + " detected), UTF-8, GB18030 or another charset name Java knows\n";
    assertEquals(2, f.run("validate", "--charset", "KLINGON", entities.toString()));
    assertEquals(expected, f.err());
    assertEquals(2, f.run("draw", entities.toString(), "-d", f.path("design.json"),
        "--charset", "KLINGON", "--manifest-only"));
    assertTrue(f.err().contains(expected), f.err());
  }

  @Test
  void aDesignFileWithAByteOrderMarkIsReadAndOneInGb18030IsNamed() throws IOException {
    String design = "{\"task\": \"晋-2025-0001\", \"method\": \"srswor\", \"size\": {\"count\": 3}}";
    Path bom = f.write("bom.json", "\uFEFF" + design);
    assertEquals(0, draw(bom), f.out() + f.err());
    Path gb = Files.write(dir.resolve("gb.json"), design.getBytes(Charset.forName("GB18030")));
    assertEquals(2, draw(gb));
    assertEquals(gb + ": is not UTF-8 text: byte offset 10 (line 1) starts GB18030 text; this"
        + " file must be UTF-8 (save it as UTF-8, with or without a byte order mark)\n",
        f.err());
  }

  @Test
  void garbageManifestRegionsAndRulesFilesAreNamedNotDecoded() throws IOException {
    byte[] garbage = {(byte) 0x80, (byte) 0xFF, (byte) 0xFD, 'x', '\n', (byte) 0x80};
    Path bin = Files.write(dir.resolve("garbage.bin"), garbage);
    Path design = f.design();
    assertEquals(2, draw(design, "--manifest", bin.toString()));
    assertTrue(f.err().startsWith(bin + ": is not UTF-8 text: byte offset 0 (line 1)"), f.err());
    assertClean(f.err());
    assertEquals(2, draw(design, "--regions", bin.toString()));
    assertTrue(f.err().startsWith("--regions: " + bin + ": is neither UTF-8 nor GB18030 text"),
        f.err());
    assertClean(f.err());
    assertEquals(2, f.run("validate", "--regions", bin.toString(), entities.toString()));
    assertTrue(f.err().startsWith("--regions: " + bin + ": is neither UTF-8 nor GB18030"),
        f.err());
    Path inspectors = dir.resolve("inspectors.csv");
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      Files.copy(in, inspectors);
    }
    assertEquals(0, draw(design), f.err());
    assertEquals(2, f.run("assign", f.path("record.json"), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "-r", bin.toString(), "--seed-hex",
        CliFixture.SEED, "-o", f.path("a.json")));
    assertTrue(f.err().startsWith(bin + ": is not UTF-8 text"), f.err());
    assertClean(f.err());
  }

  @Test
  void parserLimitsInADesignFileAreNamed() throws IOException {
    Path huge = f.write("huge.json", "{\"task\": \"" + "x".repeat(20_000_001) + "\"}");
    assertEquals(2, draw(huge));
    assertEquals(huge + ": malformed JSON: a text value is longer than the limit of 20,000,000"
        + " characters\n", f.err());
    Path deep = f.write("deep.json", "{\"task\": " + "[".repeat(10_000) + "]".repeat(10_000)
        + "}");
    assertEquals(2, draw(deep));
    assertEquals(deep + ": malformed JSON: arrays and objects are nested deeper than the limit of"
        + " 1,000 levels\n", f.err());
    Path broken = f.write("broken.json", "{\"task\": \"T\",\n \"method\" \"srswor\"}");
    assertEquals(2, draw(broken));
    assertEquals(broken + ": line 2, column 11: malformed JSON: unexpected character '\"';"
        + " expected ':' after the property name\n", f.err());
  }

  @Test
  void aRecordOfTheWrongShapeSaysWhatIsMissing() throws IOException {
    assertEquals(0, draw(f.design()), f.err());
    String record = Files.readString(dir.resolve("record.json"));
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind
            .ObjectMapper().readTree(record);
    tree.remove("manifest");
    Path cut = f.write("cut.json", tree.toString());
    assertEquals(2, f.run("verify", cut.toString(), entities.toString(), "-d",
        f.path("design.json")));
    assertTrue(f.err().contains("missing required property 'manifest'"), f.err());
    assertClean(f.err());
    // an assignment record where a draw record is expected
    assertEquals(2, f.run("assign", f.path("design.json"), entities.toString(), "-i",
        entities.toString(), "--from", "2025-06-02", "-r", f.path("design.json"), "--seed-hex",
        CliFixture.SEED, "-o", f.path("a.json")));
    assertClean(f.err());
  }

  @Test
  void anUnknownSpecialtyIsNamed() throws IOException {
    Path inspectors = dir.resolve("inspectors.csv");
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      Files.copy(in, inspectors);
    }
    assertEquals(0, draw(f.design()), f.err());
    Path rules = f.write("rules.json", "{}");
    assertEquals(2, f.run("assign", f.path("record.json"), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "--specialty", "克林贡语", "-r",
        rules.toString(), "--seed-hex", CliFixture.SEED, "-o", f.path("a.json")));
    assertTrue(f.err().startsWith("--specialty: no inspector in " + inspectors
        + " has the specialty '克林贡语'; the specialties of the directory are "), f.err());
    assertFalse(f.out().contains("no feasible assignment"), f.out());
  }

  @Test
  void aHistoryRowCutShortIsNamedWithItsLine() throws IOException {
    Path inspectors = dir.resolve("inspectors.csv");
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      Files.copy(in, inspectors);
    }
    assertEquals(0, draw(f.design()), f.err());
    Path history = f.write("history.csv", "entity_id,inspector_id,date\n"
        + "91140105MA0K000640,SX-0001,2025-01-02\n91140105MA0K000640,SX-0002\n");
    assertEquals(2, f.run("assign", f.path("record.json"), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "--history", history.toString(), "-r",
        f.write("rules.json", "{}").toString(), "--seed-hex", CliFixture.SEED, "-o",
        f.path("a.json")));
    assertEquals(history + ": line 3: the row has 2 cells but the header"
        + " has 3: date is missing (is the file cut short?)\n", f.err());
    Path nul = f.write("nul.csv", "entity_id,inspector_id,date\n"
        + "91140105MA0K000640,SX\u00000001,2025-01-02\n");
    assertEquals(2, f.run("assign", f.path("record.json"), entities.toString(), "-i",
        inspectors.toString(), "--from", "2025-06-02", "--history", nul.toString(), "-r",
        f.path("rules.json"), "--seed-hex", CliFixture.SEED, "-o", f.path("a.json")));
    assertEquals(nul + ": line 2: inspector_id 'SX\\u00000001': control"
        + " character U+0000 at position 3; remove it (a NUL usually means a binary or UTF-16"
        + " file)\n", f.err());
  }

  /** A command that fails as a population too large for the heap does. */
  @Command(name = "oom")
  static final class OutOfMemory implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  /** A command with a bug. */
  @Command(name = "bug")
  static final class Bug implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(DoubleRandomCli.class);
    cli.addSubcommand(new OutOfMemory());
    cli.addSubcommand(new Bug());
    int code = DoubleRandomCli.execute(cli, new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void outOfMemoryHasItsOwnExitCodeAndSaysWhatToDo() {
    String[] r = run("oom");
    assertEquals(String.valueOf(DoubleRandomCli.OUT_OF_MEMORY), r[0]);
    assertEquals("3", r[0]);
    assertEquals("out of memory (Java heap space): the input does not fit in the Java heap;"
        + " run with a larger heap, for example JAVA_TOOL_OPTIONS=-Xmx8g doublerandom ...,"
        + " or split the input\n", r[2]);
    String[] debug = run("--debug", "oom");
    assertEquals("3", debug[0]);
    assertTrue(debug[2].contains("java.lang.OutOfMemoryError: Java heap space\n\tat "),
        debug[2]);
  }

  @Test
  void anUnexpectedFailureIsOneLineWithoutDebug() {
    String[] r = run("bug");
    assertEquals("4", r[0]);
    assertEquals("internal error: IllegalStateException: a bug (this is a bug in doublerandom;"
        + " run again with --debug for the stack trace and report it)\n", r[2]);
    String[] debug = run("--debug", "bug");
    assertEquals("4", debug[0]);
    assertTrue(debug[2].contains("\tat io.doublerandom.cli.BadInputCliTest$Bug.call"), debug[2]);
  }
}
