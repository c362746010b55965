package io.doublerandom.result;

import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultCategory;
import io.doublerandom.model.result.ResultCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Result catalogues as data: {@link #standard()} is the library's default (the notice's nine
 * categories plus the entity statuses, codes {@code R01}–{@code R11} and {@code S01}–{@code S04});
 * {@link #read} loads a province's own table in the same format (docs/results.md).
 *
 * <p>Format: UTF-8, one code per line, five tab-separated columns — code, {@link ResultCategory}
 * name, flags (a comma list of {@code exclusive}, {@code text}, {@code deadline}, {@code
 * internal}, or {@code -}), group ({@code -} for none), published text. Blank lines and lines
 * starting with {@code #} are ignored.
 */
public final class ResultCatalogues {
  /** The name of the default catalogue: {@value}. */
  public static final String STANDARD_NAME = "doublerandom";
  /** The version of the default catalogue: {@value}. */
  public static final int STANDARD_VERSION = 1;

  private static final ResultCatalogue STANDARD = loadStandard();

  private ResultCatalogues() {}

  /** The default catalogue, {@code doublerandom@1}. */
  public static ResultCatalogue standard() {
    return STANDARD;
  }

  /**
   * Reads a catalogue table.
   *
   * @throws IllegalArgumentException listing every problem with its line and column
   */
  public static ResultCatalogue read(String name, int version, Reader table) {
    List<ResultCode> codes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader in = new BufferedReader(table)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] col = line.split("\t", -1);
        if (col.length != 5) {
          problems.add("line " + n + ": expected 5 tab-separated columns, found " + col.length);
          continue;
        }
        int before = problems.size();
        String code = col[0].strip();
        if (!code.matches("[A-Za-z0-9_-]{1,32}")) {
          problems.add("line " + n + ", column code: '" + code + "' is not 1 to 32 letters, "
              + "digits, '-' or '_'");
        } else if (!seen.add(code)) {
          problems.add("line " + n + ", column code: '" + code + "' appears twice");
        }
        ResultCategory category = null;
        try {
          category = ResultCategory.valueOf(col[1].strip());
        } catch (IllegalArgumentException e) {
          problems.add("line " + n + ", column category: unknown category '" + col[1].strip()
              + "'");
        }
        boolean exclusive = false;
        boolean text = false;
        boolean deadline = false;
        boolean internal = false;
        if (!col[2].strip().equals("-")) {
          for (String f : col[2].split(",")) {
            switch (f.strip().toLowerCase(Locale.ROOT)) {
              case "exclusive" -> exclusive = true;
              case "text" -> text = true;
              case "deadline" -> deadline = true;
              case "internal" -> internal = true;
              default -> problems.add("line " + n + ", column flags: unknown flag '" + f.strip()
                  + "' (exclusive, text, deadline, internal)");
            }
          }
        }
        String group = col[3].strip().equals("-") ? "" : col[3].strip();
        String published = col[4].strip();
        if (published.isEmpty()) {
          problems.add("line " + n + ", column text: the published text is empty");
        }
        if (problems.size() == before) {
          codes.add(new ResultCode(code, published, category, exclusive, group, text, deadline,
              internal));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalogue " + name, e);
    }
    if (codes.isEmpty() && problems.isEmpty()) {
      problems.add("the table has no code");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("catalogue " + name + "@" + version + " has "
          + problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
    return new ResultCatalogue(name, version, codes);
  }

  private static ResultCatalogue loadStandard() {
    InputStream in = ResultCatalogues.class.getResourceAsStream("standard-catalogue.tsv");
    if (in == null) {
      throw new IllegalStateException("standard-catalogue.tsv is missing from the class path");
    }
    return read(STANDARD_NAME, STANDARD_VERSION, new InputStreamReader(in,
        StandardCharsets.UTF_8));
  }
}
