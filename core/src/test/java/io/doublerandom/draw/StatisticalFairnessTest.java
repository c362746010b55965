package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Statistical tests of the whole engine (HMAC keys included) over many fixed seeds {@code
 * SHA-256("seed-" + i)}. Each test states its significance level α: with a correct implementation
 * it fails with probability at most α, and since the seeds are fixed its outcome never changes.
 * Critical values: χ² quantiles from standard tables (χ²_{0.999}(28) = 56.892); normal quantile
 * z_{1−0.000125} = 3.662 (two-sided α = 0.001 with a Bonferroni correction over 4 units).
 */
class StatisticalFairnessTest {
  private static final double CHI2_999_DF28 = 56.892;
  private static final double Z_BONFERRONI_4 = 3.662;

  private static Map<String, int[]> tally(Population population, DrawDesign design, int draws) {
    Manifest manifest = Manifest.create("stat", design, SeedPlan.recorded(), population);
    Map<String, int[]> counts = new TreeMap<>();
    population.candidates().forEach(c -> counts.put(c.id(), new int[3]));
    for (int i = 0; i < draws; i++) {
      List<DrawRecord.StratumDraw> result = DrawEngine.run(Fixtures.seed(i), manifest, population);
      int size = 0;
      for (DrawRecord.StratumDraw s : result) {
        for (DrawRecord.Drawn d : s.selected()) {
          counts.get(d.id())[0]++;
          size++;
        }
        if (!s.alternates().isEmpty()) {
          counts.get(s.alternates().get(0).id())[1]++;
        }
      }
      counts.computeIfAbsent("#size" + size, x -> new int[3])[2]++;
    }
    return counts;
  }

  /**
   * N = 29, n = 10, 2,900 draws. Selection counts of an SRSWOR design have covariance {@code
   * S·p(1−p)·N/(N−1)·(I − J/N)}, so {@code Σ(O−E)²/E · (N−1)/(N(1−p))} is asymptotically χ² with
   * N − 1 = 28 degrees of freedom. α = 0.001. The first alternate is one of 29 per draw
   * (multinomial, plain χ², 28 df, α = 0.001).
   */
  @Test
  void withinStratumSelectionIsUniformTwentyNineChooseTen() {
    Population population = Population.of(Fixtures.uniform("S", 29));
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(10)).withAlternates(1);
    int draws = 2900;
    Map<String, int[]> counts = tally(population, design, draws);
    assertEquals(draws, counts.get("#size10")[2], "every draw selects exactly 10");
    double p = 10.0 / 29;
    double expected = draws * p;
    double x = 0;
    double alt = 0;
    double expectedAlt = draws / 29.0;
    for (Candidate c : population.candidates()) {
      int[] o = counts.get(c.id());
      assertTrue(o[0] > 0, "no candidate has probability zero: " + c.id());
      x += (o[0] - expected) * (o[0] - expected) / expected;
      alt += (o[1] - expectedAlt) * (o[1] - expectedAlt) / expectedAlt;
    }
    x *= 28.0 / (29.0 * (1 - p));
    assertTrue(x < CHI2_999_DF28, "selection chi-square " + x);
    assertTrue(alt < CHI2_999_DF28, "alternate chi-square " + alt);
  }

  private static Population weighted(String... scores) {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      list.add(Candidate.scored("U" + i, "all", new BigDecimal(scores[i])));
    }
    return Population.of(list);
  }

  /** Per-unit two-sided z-tests against the targets, Bonferroni over the units, total α. */
  private static void assertHitsTargets(Map<String, int[]> counts, double[] pi, int draws,
      double z) {
    for (int k = 0; k < pi.length; k++) {
      int o = counts.get("U" + k)[0];
      if (pi[k] == 1.0 || pi[k] == 0.0) {
        assertEquals(pi[k] * draws, o, "certainty or zero U" + k);
        continue;
      }
      double sd = Math.sqrt(draws * pi[k] * (1 - pi[k]));
      double score = (o - draws * pi[k]) / sd;
      assertTrue(Math.abs(score) < z, "U" + k + ": observed " + o + ", expected "
          + draws * pi[k] + ", z = " + score);
    }
  }

  /** Weights 1:2:3:4, n = 2, 20,000 draws: every draw has size 2; α = 0.001 (Bonferroni). */
  @Test
  void pivotalHitsPointTwoPointFourPointSixPointEight() {
    int draws = 20000;
    Map<String, int[]> counts = tally(weighted("1", "2", "3", "4"),
        DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(2)), draws);
    assertEquals(draws, counts.get("#size2")[2], "fixed size 2");
    assertHitsTargets(counts, new double[] {0.2, 0.4, 0.6, 0.8}, draws, Z_BONFERRONI_4);
  }

  /** Weights 1:2:3:4, n = 2, 20,000 draws, α = 0.001 (Bonferroni); the size varies. */
  @Test
  void poissonHitsPointTwoPointFourPointSixPointEight() {
    int draws = 20000;
    Map<String, int[]> counts = tally(weighted("1", "2", "3", "4"),
        DrawDesign.of(DrawMethod.POISSON, SizeRule.count(2)), draws);
    assertHitsTargets(counts, new double[] {0.2, 0.4, 0.6, 0.8}, draws, Z_BONFERRONI_4);
    assertTrue(counts.containsKey("#size0") && counts.containsKey("#size4"),
        "Poisson sample sizes vary from 0 to 4");
  }

  /**
   * Scores 1, 2, 3, 5, 30, 100 with n = 3 cap the last two at 1; the others get 1/11, 2/11, 3/11,
   * 5/11. 20,000 draws, α = 0.001 over the 4 random units (Bonferroni), certainties always in.
   */
  @Test
  void pivotalWithCertaintiesHitsTheCappedTargets() {
    int draws = 20000;
    Map<String, int[]> counts = tally(weighted("1", "2", "3", "5", "30", "100"),
        DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(3)), draws);
    assertEquals(draws, counts.get("#size3")[2]);
    assertHitsTargets(counts, new double[] {1 / 11.0, 2 / 11.0, 3 / 11.0, 5 / 11.0, 1, 1}, draws,
        Z_BONFERRONI_4);
  }
}
