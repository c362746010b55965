package io.doublerandom.testkit.draw;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.Population;
import io.doublerandom.fixtures.Gen;
import io.doublerandom.fixtures.Ids;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Populations with chosen strata and weights, and generators of random ones. Candidate ids are
 * valid credit codes ({@link Ids#creditCode(int)}) unless stated otherwise, so the same ids can
 * be named by directories and conflicts.
 */
public final class Populations {
  private Populations() {}

  /**
   * Unscored candidates: {@code sizes} maps each stratum label to its size; ids are credit codes
   * numbered from 0 across the strata in the map's order.
   */
  public static Population strata(Map<String, Integer> sizes) {
    List<Candidate> out = new ArrayList<>();
    int k = 0;
    for (Map.Entry<String, Integer> s : sizes.entrySet()) {
      for (int i = 0; i < s.getValue(); i++) {
        out.add(Candidate.of(Ids.creditCode(k++), s.getKey()));
      }
    }
    return Population.of(out);
  }

  /** {@code n} unscored candidates in one stratum {@code "all"}, ids {@code U0 … U(n−1)}. */
  public static Population uniform(int n) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Candidate.of("U" + i, "all"));
    }
    return Population.of(out);
  }

  /**
   * One stratum {@code "all"} of candidates {@code U0, U1, …} with these risk scores (decimal
   * text), in order.
   */
  public static Population weighted(String... scores) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      out.add(Candidate.scored("U" + i, "all", new BigDecimal(scores[i])));
    }
    return Population.of(out);
  }

  /**
   * Scored candidates in several strata: {@code scores} maps each stratum label to its
   * candidates' risk scores (decimal text); ids are {@code <stratum>-<k>}, {@code k} from 0.
   */
  public static Population weightedStrata(Map<String, List<String>> scores) {
    List<Candidate> out = new ArrayList<>();
    scores.forEach((stratum, list) -> {
      for (int k = 0; k < list.size(); k++) {
        out.add(Candidate.scored(stratum + "-" + k, stratum, new BigDecimal(list.get(k))));
      }
    });
    return Population.of(out);
  }

  /** The ids {@code U0 … U(n−1)} of {@link #uniform} and {@link #weighted}, in that order. */
  public static List<String> ids(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("U" + i);
    }
    return out;
  }

  /**
   * Random stratified populations: 1 to {@code maxStrata} strata labelled {@code A, B, …}, each of
   * 1 to {@code maxSize} candidates; with {@code scored}, each candidate has a score of 0 to 9.99
   * (about one in ten zero, so zero scores and certainties occur).
   */
  public static Gen<Population> random(int maxStrata, int maxSize, boolean scored) {
    if (maxStrata < 1 || maxStrata > 26 || maxSize < 1) {
      throw new IllegalArgumentException("need 1 <= maxStrata <= 26 and maxSize >= 1, got "
          + maxStrata + ", " + maxSize);
    }
    return r -> {
      int strata = 1 + r.nextInt(maxStrata);
      Map<String, Integer> sizes = new LinkedHashMap<>();
      for (int s = 0; s < strata; s++) {
        sizes.put(String.valueOf((char) ('A' + s)), 1 + r.nextInt(maxSize));
      }
      if (!scored) {
        return strata(sizes);
      }
      List<Candidate> out = new ArrayList<>();
      int k = 0;
      for (Map.Entry<String, Integer> s : sizes.entrySet()) {
        for (int i = 0; i < s.getValue(); i++) {
          BigDecimal score = r.nextInt(10) == 0 ? BigDecimal.ZERO
              : BigDecimal.valueOf(1 + r.nextInt(999), 2);
          out.add(Candidate.scored(Ids.creditCode(k++), s.getKey(), score));
        }
      }
      return Population.of(out);
    };
  }
}
