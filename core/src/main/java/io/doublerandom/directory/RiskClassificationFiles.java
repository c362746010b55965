package io.doublerandom.directory;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.risk.RiskClassificationPush;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file form of a {@link RiskClassificationPush}: one UTF-8 CSV file per push, named {@code
 * DOMAIN@YYYY-MM-DD.csv} (for example {@code general@2025-02-28.csv}), with the header {@code
 * entity_id,risk_class} and one line per classified entity; lines starting {@code #} are comments.
 * The file's name is the push's source. Entity ids and class codes hold no commas, so no field is
 * quoted.
 *
 * <p>{@link #read} reports every problem of a file at once, each with its line; {@link #write}
 * writes to a temporary file and moves it into place, so a reader never sees half a push.
 */
public final class RiskClassificationFiles {
  /** The header line. */
  public static final String HEADER = "entity_id,risk_class";
  private static final Pattern NAME = Pattern.compile("([^,@/\\\\]+)@(\\d{4}-\\d{2}-\\d{2})\\.csv");

  private RiskClassificationFiles() {}

  /** The file name of {@code push}: {@code DOMAIN@YYYY-MM-DD.csv}. */
  public static String fileName(RiskClassificationPush push) {
    return push.domain() + "@" + push.asOf() + ".csv";
  }

  /** Whether {@code fileName} has the form {@code DOMAIN@YYYY-MM-DD.csv}. */
  static boolean isPushFileName(String fileName) {
    return NAME.matcher(fileName).matches();
  }

  /**
   * Reads a push file.
   *
   * @throws RiskClassificationFormatException listing every problem with {@code file:line}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RiskClassificationPush read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString();
    List<String> problems = new ArrayList<>();
    String domain = null;
    LocalDate asOf = null;
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      problems.add(name + ": the file name must be DOMAIN@YYYY-MM-DD.csv, for example "
          + "general@2025-02-28.csv");
    } else {
      domain = m.group(1);
      try {
        asOf = LocalDate.parse(m.group(2));
      } catch (DateTimeParseException e) {
        problems.add(name + ": the as-of date '" + m.group(2) + "' of the file name is not a "
            + "valid date");
      }
    }
    Map<EntityId, String> classes = new TreeMap<>();
    Map<EntityId, Integer> lineOf = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      boolean header = false;
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String at = name + ":" + lineNo;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          if (!line.strip().equals(HEADER)) {
            problems.add(at + ": expected the header '" + HEADER + "', got '" + line + "'");
            break;
          }
          header = true;
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 2) {
          problems.add(at + ": expected 2 fields (entity_id, risk_class), got " + f.length
              + " in '" + line + "'");
          continue;
        }
        EntityId id = null;
        try {
          id = EntityId.parse(f[0]);
        } catch (IllegalArgumentException e) {
          problems.add(at + ": entity_id '" + f[0].strip() + "': " + e.getMessage());
        }
        String cls = f[1].strip();
        if (cls.isEmpty()) {
          problems.add(at + ": risk_class of entity '" + f[0].strip() + "' is blank");
          continue;
        }
        if (id == null) {
          continue;
        }
        Integer earlier = lineOf.putIfAbsent(id, lineNo);
        if (earlier != null) {
          problems.add(at + ": entity_id " + id.value() + " is already classified at line "
              + earlier);
          continue;
        }
        classes.put(id, cls);
      }
      if (!header && problems.isEmpty()) {
        problems.add(name + ":" + lineNo + ": no header line '" + HEADER + "' found");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read risk classification file " + file, e);
    }
    if (!problems.isEmpty()) {
      throw new RiskClassificationFormatException(problems);
    }
    return new RiskClassificationPush(domain, asOf, classes, name);
  }

  /**
   * Writes {@code push} into {@code directory} as {@link #fileName(RiskClassificationPush)},
   * through a temporary file moved into place.
   *
   * @return the file written
   * @throws IllegalArgumentException if the domain cannot be part of a file name
   */
  public static Path write(Path directory, RiskClassificationPush push) throws IOException {
    Objects.requireNonNull(directory, "directory");
    String name = fileName(Objects.requireNonNull(push, "push"));
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("domain '" + push.domain()
          + "' cannot be part of a push file name (no '@', '/' or '\\')");
    }
    Path target = directory.resolve(name);
    Path tmp = Files.createTempFile(directory, name, ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(HEADER + "\n");
        for (Map.Entry<EntityId, String> e : push.classes().entrySet()) {
          w.write(e.getKey().value() + "," + e.getValue() + "\n");
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

}
