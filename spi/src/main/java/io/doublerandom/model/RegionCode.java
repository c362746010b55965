package io.doublerandom.model;

/** Placeholder replaced by the identifiers work (GB/T 2260 division code). */
public record RegionCode(String value) {
  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  public boolean contains(RegionCode other) {
    return other.value.startsWith(value.replaceAll("(00)+$", ""));
  }
}
