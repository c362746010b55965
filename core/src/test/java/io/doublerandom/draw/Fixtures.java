package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Shared test data: valid credit codes, deterministic seeds, small populations. */
final class Fixtures {
  /** Twelve valid unified social credit codes (check characters of GB 32100 and GB 11714). */
  static final List<String> IDS = List.of("91140105MA0K00013N", "91140105MA0K00021H",
      "91140105MA0K0003X9", "91140105MA0K000489", "91140105MA0K000564", "91140105MA0K00064Y",
      "91140105MA0K00072R", "91140105MA0K00080L", "91140105MA0K00099H", "91140105MA0K001015",
      "91140105MA0K0011XW", "91140105MA0K00128W");

  private Fixtures() {}

  /** A deterministic 32-byte seed: SHA-256 of "seed-" + i. */
  static byte[] seed(long i) {
    return Codec.sha256(("seed-" + i).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code n} candidates "E000".."E(n-1)" in one stratum. */
  static List<Candidate> uniform(String stratum, int n) {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Candidate.of(String.format("E%03d", i), stratum));
    }
    return list;
  }

  /** A population of 5 in A, 4 in C, 3 in D (the twelve credit codes). */
  static Population threeStrata() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < IDS.size(); i++) {
      list.add(Candidate.of(IDS.get(i), i < 5 ? "A" : i < 9 ? "C" : "D"));
    }
    return Population.of(list, List.of(new Exclusion("91140105MA0K0099XX", "not-operating")));
  }
}
