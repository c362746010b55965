package io.doublerandom.model;

import java.util.Optional;

/** Placeholder replaced by the identifiers work (GB/T 2260 division code). */
public record RegionCode(String value) implements Comparable<RegionCode> {
  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  public boolean contains(RegionCode other) {
    return other.value.startsWith(prefix());
  }

  /** Stand-in: "14" for 140000, "1401" for 140100, the full code for a county. */
  public String prefix() {
    if (value.endsWith("0000")) {
      return value.substring(0, 2);
    }
    if (value.endsWith("00")) {
      return value.substring(0, 4);
    }
    return value;
  }

  /** Stand-in: the prefecture of a prefecture or county code; empty for a province. */
  public Optional<RegionCode> prefecture() {
    if (value.endsWith("0000")) {
      return Optional.empty();
    }
    return Optional.of(new RegionCode(value.substring(0, 4) + "00"));
  }

  @Override
  public int compareTo(RegionCode o) {
    return value.compareTo(o.value);
  }
}
