package io.doublerandom.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.doublerandom.model.Checklist;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes every directory and checklist reader with broken files made from valid ones: a
 * truncation at every offset, random byte flips, insertions of syntax bytes, other encodings,
 * deep nesting and a field over the parser's limit. The outcome must always be a report or an
 * {@link UnusableInputException} whose message names the input in the project's words (no
 * Jackson wording, no raw control character); any other exception fails the test.
 *
 * <p>The random cases are seeded ({@code SplittableRandom(12)}); {@code
 * -Ddoublerandom.fuzz.cases=N} raises their number per reader (default 200) for a longer run.
 */
class FileReadersFuzzTest {
  private static final int CASES = Integer.getInteger("doublerandom.fuzz.cases", 200);
  private static final List<String> PARSER_WORDS = List.of("StreamReadConstraints", "creator",
      "Input length", "Unexpected character", "was expecting", "(code ", "Exception",
      "Cannot deserialize", "Unrecognized token");
  private static final byte[] SYNTAX = {0, '"', ',', '\n', '\r', '{', '}', '[', ']', ':', '\\',
      (byte) 0x80, (byte) 0xFF, (byte) 0xE4, (byte) 0xC0};

  /** A reader under test: its name, a valid file and how to read bytes. */
  record Reader(String name, byte[] valid, Function<byte[], ImportResult<?>> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Reader> readers() {
    List<Reader> all = new ArrayList<>();
    var entities = List.of(TestData.fullEntity(TestData.KNOWN_CODE),
        TestData.minimalEntity(TestData.legacyNumber("14010500000001")));
    var inspectors = List.of(TestData.fullInspector("I-001", TestData.KNOWN_CODE),
        TestData.minimalInspector("I-002"));
    var authorities = List.of(TestData.topAuthority("SX-140000-SCJG"),
        TestData.authority("SX-140100-SCJG", "SX-140000-SCJG"));
    Checklist checklist = TestData.checklist();
    for (Format format : Format.values()) {
      String ext = format == Format.CSV ? ".csv" : ".json";
      all.add(new Reader("entities" + ext, Reads.written(out -> EntityFiles.write(entities, out,
          format)), b -> EntityFiles.read(in(b), "entities" + ext, format,
              ImportOptions.defaults())));
      all.add(new Reader("inspectors" + ext, Reads.written(out -> InspectorFiles.write(
          inspectors, out, format)), b -> InspectorFiles.read(in(b), "inspectors" + ext, format,
              ImportOptions.defaults())));
      all.add(new Reader("authorities" + ext, Reads.written(out -> AuthorityFiles.write(
          authorities, out, format)), b -> AuthorityFiles.read(in(b), "authorities" + ext,
              format, ImportOptions.defaults())));
    }
    all.add(new Reader("checklist.json", Reads.written(out -> ChecklistFiles.write(checklist,
        out)), b -> ChecklistFiles.read(in(b), "checklist.json", ImportOptions.defaults())));
    byte[] claims = Reads.written(out -> ChecklistFiles.writeClaimsCsv(checklist, out));
    all.add(new Reader("items.csv", Reads.written(out -> ChecklistFiles.writeItemsCsv(checklist,
        out)), b -> ChecklistFiles.readCsv(in(b), "items.csv", in(claims), "claims.csv",
            ChecklistInfo.of(checklist), ImportOptions.defaults())));
    byte[] items = Reads.written(out -> ChecklistFiles.writeItemsCsv(checklist, out));
    all.add(new Reader("claims.csv", claims, b -> ChecklistFiles.readCsv(in(items), "items.csv",
        in(b), "claims.csv", ChecklistInfo.of(checklist), ImportOptions.defaults())));
    return all;
  }

  private static ByteArrayInputStream in(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  /** Reads {@code bytes}; fails on any outcome but a report or a clear unusable-input error. */
  private static void check(Reader reader, byte[] bytes, String broken) {
    try {
      ImportResult<?> r = reader.read().apply(bytes);
      for (ImportProblem p : r.report().problems()) {
        clean(p.toString(), broken);
      }
    } catch (UnusableInputException e) {
      assertTrue(e.getMessage().startsWith(reader.name() + ": ")
          || e.getMessage().startsWith("items.csv: ") || e.getMessage().startsWith("claims.csv: "),
          () -> broken + ": " + e.getMessage());
      clean(e.getMessage(), broken);
    } catch (Throwable t) {
      fail(reader + ", " + broken + ": " + t, t);
    }
  }

  private static void clean(String message, String broken) {
    for (String w : PARSER_WORDS) {
      assertFalse(message.contains(w), () -> broken + ": parser wording '" + w + "' in "
          + message);
    }
    assertFalse(message.chars().anyMatch(c -> c < 0x20 && c != '\n'),
        () -> broken + ": a raw control character in " + message);
  }

  @ParameterizedTest
  @MethodSource("readers")
  void aTruncationAtEveryOffsetIsAReportOrAClearError(Reader reader) {
    byte[] valid = reader.valid();
    check(reader, valid, "valid");
    for (int n = 0; n < valid.length; n++) {
      check(reader, Arrays.copyOf(valid, n), "cut at " + n);
    }
  }

  @ParameterizedTest
  @MethodSource("readers")
  void randomByteFlipsAndInsertionsAreAReportOrAClearError(Reader reader) {
    SplittableRandom random = new SplittableRandom(12);
    byte[] valid = reader.valid();
    for (int i = 0; i < CASES; i++) {
      byte[] b = valid.clone();
      int at = random.nextInt(b.length);
      String broken;
      switch (random.nextInt(3)) {
        case 0 -> {
          b[at] = (byte) (b[at] ^ (1 << random.nextInt(8)));
          broken = "bit flip at " + at;
        }
        case 1 -> {
          b[at] = SYNTAX[random.nextInt(SYNTAX.length)];
          broken = "byte " + (b[at] & 0xff) + " at " + at;
        }
        default -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.write(b, 0, at);
          int n = 1 + random.nextInt(8);
          for (int k = 0; k < n; k++) {
            out.write(SYNTAX[random.nextInt(SYNTAX.length)]);
          }
          out.write(b, at, b.length - at);
          b = out.toByteArray();
          broken = n + " bytes inserted at " + at;
        }
      }
      check(reader, b, broken);
    }
  }

  @ParameterizedTest
  @MethodSource("readers")
  void otherEncodingsNestingAndHugeFieldsAreAReportOrAClearError(Reader reader) {
    String text = new String(reader.valid(), StandardCharsets.UTF_8);
    for (Charset c : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, Charset.forName("Big5"))) {
      check(reader, text.getBytes(c), "encoded as " + c);
    }
    byte[] utf8 = reader.valid();
    byte[] gb = text.getBytes(Charset.forName("GB18030"));
    byte[] mixed = Arrays.copyOf(gb, gb.length + utf8.length);
    System.arraycopy(utf8, 0, mixed, gb.length, utf8.length);
    check(reader, mixed, "GB18030 then UTF-8");
    check(reader, ("[".repeat(5_000) + text + "]".repeat(5_000))
        .getBytes(StandardCharsets.UTF_8), "nested 5,000 deep");
    check(reader, ("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000))
        .getBytes(StandardCharsets.UTF_8), "objects nested 2,000 deep");
    int quote = text.indexOf('"');
    String huge = "y".repeat(20_000_001);
    String withHuge = quote >= 0 ? text.substring(0, quote + 1) + huge + text.substring(quote + 1)
        : text.replaceFirst("\n", "," + huge + "\n");
    check(reader, withHuge.getBytes(StandardCharsets.UTF_8), "a 20 MB field");
  }
}
