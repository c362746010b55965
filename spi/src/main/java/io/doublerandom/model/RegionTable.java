package io.doublerandom.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stand-in for the identifiers work (replaced on merge): a versioned table of administrative
 * division codes with their names. Only the methods the io branch uses.
 */
public final class RegionTable {
  private final String version;
  private final TreeMap<String, String> names = new TreeMap<>();

  private RegionTable(String version, Map<RegionCode, String> names) {
    this.version = version;
    names.forEach((k, v) -> this.names.put(k.value(), v));
  }

  /** A table of these codes and names. */
  public static RegionTable of(String version, Map<RegionCode, String> names) {
    return new RegionTable(version, names);
  }

  /** The table's version. */
  public String version() {
    return version;
  }

  /** Whether the table holds the code. */
  public boolean contains(RegionCode code) {
    return names.containsKey(code.value());
  }

  /** The name of the code. */
  public Optional<String> name(RegionCode code) {
    return Optional.ofNullable(names.get(code.value()));
  }

  /** The codes, sorted. */
  public List<RegionCode> codes() {
    return names.keySet().stream().map(RegionCode::of).toList();
  }
}
