package io.doublerandom.model;

import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;

/** QuickTheories generators of valid identifiers, shared by the property tests. */
final class Generators {
  private Generators() {}

  /** Valid division codes of all three levels. */
  static Gen<RegionCode> regionCodes() {
    Gen<String> province = integers().between(1, 99).map(p -> String.format("%02d", p));
    Gen<String> pair = integers().between(0, 99).map(p -> String.format("%02d", p));
    return province.zip(pair, pair, (a, b, c) -> RegionCode.of(a + b + c));
  }
}
