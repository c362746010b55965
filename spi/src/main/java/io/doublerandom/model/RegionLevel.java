package io.doublerandom.model;

/** The level of a GB/T 2260 administrative division code. */
public enum RegionLevel {
  /** Province-level division: the code ends in {@code 0000}, for example 140000 山西省. */
  PROVINCE("省级"),
  /** Prefecture-level division: the code ends in {@code 00}, for example 140100 太原市. */
  PREFECTURE("地级"),
  /** County-level division: any other code, for example 140105 小店区. */
  COUNTY("县级");

  private final String label;

  RegionLevel(String label) {
    this.label = label;
  }

  /** The Chinese label of the level. */
  public String label() {
    return label;
  }
}
