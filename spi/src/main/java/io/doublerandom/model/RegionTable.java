package io.doublerandom.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A versioned table of GB/T 2260 division codes and their names.
 *
 * <p>Division codes are retired and reused as divisions change, so a table always carries the
 * version it was taken from. {@link #shanxi()} is the bundled table of Shanxi Province; a national
 * or another provincial table can be loaded with {@link #read(String, Reader)}.
 *
 * <p>Tables are immutable. Lists are sorted by code.
 */
public final class RegionTable {
  private static final String SHANXI_RESOURCE = "regions/gbt2260-shanxi.tsv";
  private static final String SHANXI_VERSION = "GB/T 2260 (MCA 2023) — Shanxi";

  private final String version;
  private final NavigableMap<RegionCode, String> names;
  private final List<RegionCode> codes;

  private RegionTable(String version, NavigableMap<RegionCode, String> names) {
    this.version = version;
    this.names = Collections.unmodifiableNavigableMap(names);
    this.codes = List.copyOf(names.keySet());
  }

  /**
   * The bundled table of Shanxi Province (140000): the province, its 11 prefecture-level cities and
   * their 117 county-level divisions, by the Ministry of Civil Affairs list of 2023.
   *
   * @return the table, version {@code "GB/T 2260 (MCA 2023) — Shanxi"}
   */
  public static RegionTable shanxi() {
    return Shanxi.TABLE;
  }

  /**
   * Reads a table: one division a line as {@code code<TAB>name} (a run of spaces also separates
   * code and name); blank lines and lines starting with {@code #} are skipped; a leading byte order
   * mark is ignored.
   *
   * @param version the version the table was taken from, for example {@code "GB/T 2260 (MCA 2023)"}
   * @param reader the text; not closed
   * @return the table
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if the version is blank, or naming every bad line (a bad code,
   *     a missing name, a duplicate code) as {@code line N: ...}
   */
  public static RegionTable read(String version, Reader reader) throws IOException {
    Checks.requireNonBlank(version, "version");
    Objects.requireNonNull(reader, "reader");
    BufferedReader lines =
        reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    NavigableMap<RegionCode, String> names = new TreeMap<>();
    Map<RegionCode, Integer> firstLine = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      int separator = 0;
      while (separator < text.length() && !Character.isWhitespace(text.charAt(separator))) {
        separator++;
      }
      String codeText = text.substring(0, separator);
      String name = text.substring(separator).strip();
      RegionCode code = null;
      try {
        code = RegionCode.of(codeText);
      } catch (InvalidIdentifierException e) {
        problems.add("line " + number + ": " + e.getMessage());
      }
      if (name.isEmpty()) {
        problems.add("line " + number + ": missing name after code '" + codeText + "'");
      }
      if (code == null || name.isEmpty()) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(code, number);
      if (first != null) {
        problems.add(
            "line " + number + ": duplicate code " + code + " (first on line " + first + ")");
        continue;
      }
      names.put(code, name);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "region table '"
              + version
              + "' has "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + ":\n"
              + String.join("\n", problems));
    }
    return new RegionTable(version, names);
  }

  /**
   * A table of the given names.
   *
   * @param version the version the names were taken from
   * @param names name of each code; copied
   * @return the table
   * @throws IllegalArgumentException if the version or a name is blank
   * @throws NullPointerException if the map or a code is null
   */
  public static RegionTable of(String version, Map<RegionCode, String> names) {
    Checks.requireNonBlank(version, "version");
    Objects.requireNonNull(names, "names");
    NavigableMap<RegionCode, String> copy = new TreeMap<>();
    names.forEach(
        (code, name) -> {
          Objects.requireNonNull(code, "code");
          Checks.requireNonBlank(name, "name of " + code);
          copy.put(code, name.strip());
        });
    return new RegionTable(version, copy);
  }

  /** The version the table was taken from. */
  public String version() {
    return version;
  }

  /**
   * The name of a division.
   *
   * @param code the code
   * @return the name, or empty if the table has no such code
   */
  public Optional<String> name(RegionCode code) {
    return Optional.ofNullable(names.get(code));
  }

  /**
   * Whether the table has a code.
   *
   * @param code the code
   * @return true if the table lists it
   */
  public boolean contains(RegionCode code) {
    return names.containsKey(code);
  }

  /** All codes of the table, sorted. */
  public List<RegionCode> codes() {
    return codes;
  }

  /**
   * The direct children of a division: the codes below it whose nearest ancestor listed in this
   * table is {@code code}. A county whose prefecture code is not listed (as in tables of the
   * municipalities, which list no 110100) is thus a child of its province.
   *
   * @param code the parent division
   * @return its children, sorted; empty for a county or a code with nothing below it
   */
  public List<RegionCode> children(RegionCode code) {
    List<RegionCode> children = new ArrayList<>();
    for (RegionCode candidate : within(code)) {
      if (!candidate.equals(code) && nearestListedAncestor(candidate).equals(Optional.of(code))) {
        children.add(candidate);
      }
    }
    return List.copyOf(children);
  }

  /**
   * All listed codes within a division (see {@link RegionCode#contains(RegionCode)}), the code
   * itself included if listed.
   *
   * @param code the division
   * @return the codes, sorted
   */
  public List<RegionCode> within(RegionCode code) {
    RegionCode low = new RegionCode(pad(code.prefix(), '0'));
    RegionCode high = new RegionCode(pad(code.prefix(), '9'));
    return List.copyOf(names.subMap(low, true, high, true).keySet());
  }

  /** The number of codes in the table. */
  public int size() {
    return names.size();
  }

  /**
   * The name of a division preceded by the names of its listed ancestors, separated by spaces, for
   * example {@code "山西省 太原市 小店区"} for 140105.
   *
   * @param code a code of the table
   * @return the qualified name
   * @throws IllegalArgumentException if the table does not list the code
   */
  public String qualifiedName(RegionCode code) {
    String name = names.get(code);
    if (name == null) {
      throw new IllegalArgumentException(
          "region code '" + code + "' is not in table '" + version + "'");
    }
    List<String> parts = new ArrayList<>();
    for (Optional<RegionCode> up = nearestListedAncestor(code);
        up.isPresent();
        up = nearestListedAncestor(up.get())) {
      parts.add(0, names.get(up.get()));
    }
    parts.add(name);
    return String.join(" ", parts);
  }

  /** Equal if the versions and all codes and names are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RegionTable table
        && version.equals(table.version)
        && names.equals(table.names);
  }

  /** A hash of the version and the names. */
  @Override
  public int hashCode() {
    return Objects.hash(version, names);
  }

  /** The version and the number of codes. */
  @Override
  public String toString() {
    return "RegionTable[" + version + ", " + names.size() + " codes]";
  }

  private Optional<RegionCode> nearestListedAncestor(RegionCode code) {
    Optional<RegionCode> up = code.parent();
    while (up.isPresent() && !names.containsKey(up.get())) {
      up = up.get().parent();
    }
    return up;
  }

  private static String pad(String prefix, char digit) {
    return prefix + String.valueOf(digit).repeat(6 - prefix.length());
  }

  /** Loads the bundled Shanxi table on first use. */
  private static final class Shanxi {
    static final RegionTable TABLE = load();

    private static RegionTable load() {
      try (InputStream in = RegionTable.class.getResourceAsStream(SHANXI_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "bundled region table resource is missing: '" + SHANXI_RESOURCE + "'");
        }
        return read(SHANXI_VERSION, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled region table " + SHANXI_RESOURCE, e);
      }
    }
  }
}
