package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.sample.BundledSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the command line's own input files: the design, rules, history, commit-reveal
 * (commitments and reveals), published manifest and record files, plus the regions table. Each
 * valid file is first checked to give exit 0; then broken copies (seeded truncations, byte
 * flips and insertions, other encodings, deep nesting, a 20 MB field) must give exit 1 or 2 with
 * the project's message: never a stack trace, never the parser's wording, never exit 0 where
 * the file is certainly broken (a cut JSON document, a changed record or manifest).
 *
 * <p>{@code -Ddoublerandom.fuzz.cases=N} raises the number of random cases per file (default
 * 25).
 */
class CliFilesFuzzTest {
  private static final int CASES = Integer.getInteger("doublerandom.fuzz.cases", 8);
  private static final List<String> PARSER_WORDS = List.of("StreamReadConstraints", "creator",
      "Input length", "Unexpected character", "was expecting", "(code ", "Exception", "\tat ",
      "Cannot deserialize", "Unrecognized token");
  private static final byte[] SYNTAX = {0, '"', ',', '\n', '{', '}', '[', ']', ':', '\\',
      (byte) 0x80, (byte) 0xFF, (byte) 0xE4};

  @TempDir Path dir;
  private CliFixture f;
  private final List<Kind> kinds = new ArrayList<>();

  /**
   * A file the command line reads: its valid bytes, the command that reads it from a path, and
   * whether every change of its bytes must fail (a record or manifest compared exactly).
   */
  record Kind(String name, byte[] valid, Function<Path, String[]> command, boolean json,
      boolean exact) {}

  private static String sha256(String hex) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(HexFormat.of().parseHex(hex)));
  }

  @BeforeEach
  void setUp() throws Exception {
    f = new CliFixture(dir);
    String entities = f.sampleEntities("entities.csv", 200).toString();
    String design = f.design().toString();
    Path inspectors = dir.resolve("inspectors.csv");
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      Files.copy(in, inspectors);
    }
    String record = f.path("record.json");
    assertEquals(0, f.run("draw", entities, "-d", design, "--seed-hex", CliFixture.SEED, "-o",
        record), f.err());
    assertEquals(0, f.run("draw", entities, "-d", design, "--manifest-only", "-o",
        f.path("manifest.txt")), f.err());
    String market = "11".repeat(32);
    String rules = f.write("rules.json", "{\"defaults\": {\"officers\": 2, \"rotationDays\":"
        + " 365}}").toString();
    String history = f.write("history.csv", "entity_id,inspector_id,date\n"
        + "91140105MA0K000640,I-0001,2025-01-02\n").toString();
    f.write("commitments.json", "[{\"party\": \"太原市市场监督管理局\", \"hash\": \""
        + sha256(market) + "\"}]");
    f.write("reveals.csv", "party,secret\n太原市市场监督管理局," + market + "\n");
    String[] assign = {"assign", record, entities, "-i", inspectors.toString(), "--from",
        "2025-06-02", "-r", rules, "--seed-hex", CliFixture.SEED, "-o", f.path("a.json")};

    kinds.add(new Kind("design.json", bytes("design.json"), p -> new String[] {"draw",
        entities, "-d", p.toString(), "--manifest-only"}, true, false));
    kinds.add(new Kind("rules.json", bytes("rules.json"), p -> with(assign, "-r", p), true,
        false));
    kinds.add(new Kind("history.csv", bytes("history.csv"), p -> concat(assign,
        "--history", p.toString()), false, false));
    kinds.add(new Kind("commitments.json", bytes("commitments.json"), p -> new String[] {"draw",
        entities, "-d", design, "--commitments", p.toString(), "--reveals",
        f.path("reveals.csv"), "-o", f.path("cr.json")}, true, false));
    kinds.add(new Kind("reveals.csv", bytes("reveals.csv"), p -> new String[] {"draw",
        entities, "-d", design, "--commitments", f.path("commitments.json"), "--reveals",
        p.toString(), "-o", f.path("cr.json")}, false, false));
    kinds.add(new Kind("manifest.txt", bytes("manifest.txt"), p -> new String[] {"draw",
        entities, "-d", design, "--seed-hex", CliFixture.SEED, "--manifest", p.toString(),
        "-o", f.path("m.json")}, false, true));
    kinds.add(new Kind("record.json", bytes("record.json"), p -> new String[] {"verify",
        p.toString(), entities, "-d", design}, true, true));
    kinds.add(new Kind("draw-record.json", bytes("record.json"), p -> with(assign, "",
        p), true, false));
    f.write("regions.tsv", "140000\t山西省\n140100\t太原市\n140105\t小店区\n");
    String authorities = f.write("authorities.csv",
        "code,name,level,region,parent\nSX-1,太原市局,CITY,140100,\n").toString();
    kinds.add(new Kind("regions.tsv", bytes("regions.tsv"), p -> new String[] {"validate",
        "--type", "authorities", "--regions", p.toString(), authorities}, false, false));
    assertEquals(9, kinds.size());
  }

  private byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(dir.resolve(name));
  }

  /** {@code args} with the value after {@code option} replaced (the first, for "": index 1). */
  private static String[] with(String[] args, String option, Path value) {
    String[] a = args.clone();
    int i = option.isEmpty() ? 0 : Arrays.asList(a).indexOf(option);
    a[i + 1] = value.toString();
    return a;
  }

  private static String[] concat(String[] a, String... more) {
    String[] all = Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, all, a.length, more.length);
    return all;
  }

  /** Runs the command of {@code kind} on {@code bytes}; returns the exit code. */
  private int run(Kind kind, byte[] bytes, String broken) throws IOException {
    Path file = dir.resolve("fuzz-" + kind.name());
    Files.write(file, bytes);
    int code = f.run(kind.command().apply(file));
    String said = f.out() + f.err();
    for (String w : PARSER_WORDS) {
      assertFalse(said.contains(w), () -> kind.name() + ", " + broken + ": '" + w + "' in:\n"
          + said);
    }
    assertTrue(code >= 0 && code <= 2, () -> kind.name() + ", " + broken + ": exit " + code
        + "\n" + said);
    if (code != 0) {
      assertFalse(said.isBlank(), () -> kind.name() + ", " + broken + ": exit " + code
          + " without a message");
    }
    return code;
  }

  @Test
  void brokenCopiesOfEveryFileGiveAClearErrorAndNeverAStackTrace() throws IOException {
    SplittableRandom random = new SplittableRandom(12);
    for (Kind kind : kinds) {
      byte[] valid = kind.valid();
      assertEquals(0, run(kind, valid, "valid"), () -> kind.name() + ": " + f.err());
      int last = lastSignificant(valid);
      for (int i = 0; i < CASES; i++) {
        int cut = random.nextInt(valid.length);
        int code = run(kind, Arrays.copyOf(valid, cut), "cut at " + cut);
        if ((kind.json() || kind.exact()) && cut <= last) {
          assertNotEquals(0, code, kind.name() + " cut at " + cut + " gave exit 0");
        }
      }
      for (int i = 0; i < CASES; i++) {
        byte[] b = valid.clone();
        int at = random.nextInt(b.length);
        int bit = 1 << random.nextInt(8);
        boolean caseFlip = bit == 0x20 && Character.isLetter(b[at] & 0xff);
        b[at] = (byte) (b[at] ^ bit);
        int code = run(kind, b, "bit " + bit + " flipped at " + at);
        if (kind.exact() && !caseFlip && !Character.isWhitespace(valid[at])) {
          assertNotEquals(0, code, kind.name() + ": bit " + bit + " flipped at " + at
              + " gave exit 0");
        }
        byte[] inserted = new byte[valid.length + 1];
        System.arraycopy(valid, 0, inserted, 0, at);
        inserted[at] = SYNTAX[random.nextInt(SYNTAX.length)];
        System.arraycopy(valid, at, inserted, at + 1, valid.length - at);
        run(kind, inserted, "byte " + (inserted[at] & 0xff) + " inserted at " + at);
      }
      String text = new String(valid, StandardCharsets.UTF_8);
      for (Charset c : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16)) {
        int code = run(kind, text.getBytes(c), "encoded as " + c);
        if (kind.json() && !c.name().equals("GB18030")) {
          assertNotEquals(0, code, kind.name() + " in " + c);
        }
      }
      byte[] bom = new byte[valid.length + 3];
      bom[0] = (byte) 0xEF;
      bom[1] = (byte) 0xBB;
      bom[2] = (byte) 0xBF;
      System.arraycopy(valid, 0, bom, 3, valid.length);
      if (!kind.exact() || kind.json()) {
        assertEquals(0, run(kind, bom, "with a byte order mark"), () -> kind.name()
            + " with a BOM: " + f.err());
      }
      if (kind.json()) {
        assertNotEquals(0, run(kind, ("[".repeat(10_000) + "]".repeat(10_000))
            .getBytes(StandardCharsets.UTF_8), "nested 10,000 deep"));
      }
    }
  }

  @Test
  void aHugeFieldInEveryJsonFileIsNamed() throws IOException {
    for (Kind kind : kinds) {
      if (!kind.json()) {
        continue;
      }
      String text = new String(kind.valid(), StandardCharsets.UTF_8);
      int quote = text.indexOf('"');
      String huge = text.substring(0, quote + 1) + "z".repeat(20_000_001)
          + text.substring(quote + 1);
      assertNotEquals(0, run(kind, huge.getBytes(StandardCharsets.UTF_8), "a 20 MB field"));
    }
  }

  private static int lastSignificant(byte[] b) {
    int i = b.length - 1;
    while (i >= 0 && Character.isWhitespace(b[i])) {
      i--;
    }
    return i;
  }
}
