package io.doublerandom.testkit.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.testkit.stats.Fairness;
import io.doublerandom.testkit.stats.Seeds;
import io.doublerandom.testkit.stats.TargetProbabilities;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's statistical fairness, HMAC keys included, measured with the testkit over fixed
 * seeds (each test fails with probability at most its α with a correct engine, and since the
 * seeds are fixed its outcome never changes). Formerly core's StatisticalFairnessTest.
 */
class DrawFairnessTest {
  private static final double ALPHA = 0.001;

  private static Manifest manifest(Population p, DrawDesign design) {
    return Manifest.create("stat", design, SeedPlan.recorded(), p);
  }

  /** N = 29, n = 10, 2,900 draws: uniform selection, uniform first alternate, fixed size. */
  @Test
  void withinStratumSelectionIsUniformTwentyNineChooseTen() {
    Population p = Populations.uniform(29);
    Manifest m = manifest(p, DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(10))
        .withAlternates(1));
    InclusionTally t = DrawExperiment.rawSeeds(m, p, Seeds.labelled("seed", 2900));
    t.srsworUniformity(ALPHA).orThrow();
    t.fixedSize("all", ALPHA).orThrow();
    assertTrue(Arrays.stream(t.selected("all")).allMatch(c -> c > 0), "no probability zero");
    // the first alternate is one of the 29 per draw: multinomial, every one equally likely
    Fairness.srsworUniformity(t.ids("all"), t.firstAlternate("all"), 1, t.trials(), ALPHA,
        t.seeds()).orThrow();
  }

  /** Three strata of different sizes, each uniform (Bonferroni over the strata). */
  @Test
  void everyStratumIsUniformInAStratifiedDraw() {
    Population p = Populations.strata(Map.of("A", 12, "B", 7, "C", 3));
    Manifest m = manifest(p, DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.34")));
    InclusionTally t = DrawExperiment.rawSeeds(m, p, Seeds.labelled("strata", 1000));
    t.srsworUniformity(ALPHA).orThrow();
    for (String s : t.strata()) {
      t.fixedSize(s, ALPHA).orThrow();
    }
  }

  /** Weights 1:2:3:4, n = 2, 20,000 draws: R's targets 0.2/0.4/0.6/0.8 and fixed size 2. */
  @Test
  void pivotalHitsPointTwoPointFourPointSixPointEight() {
    Population p = Populations.weighted("1", "2", "3", "4");
    Manifest m = manifest(p, DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(2)));
    InclusionTally t = DrawExperiment.rawSeeds(m, p, Seeds.labelled("seed", 20000));
    double[] target = TargetProbabilities.inclusionProbabilities(2, "1", "2", "3", "4");
    assertEquals(Arrays.toString(new double[] {0.2, 0.4, 0.6, 0.8}), Arrays.toString(target));
    assertEquals(Arrays.toString(target), Arrays.toString(t.publishedProbabilities("all")));
    t.inclusionProbabilities("all", target, ALPHA).orThrow();
    t.fixedSize("all", ALPHA).orThrow();
  }

  /** The same weights with Poisson sampling: the targets, and a Poisson-binomial size law. */
  @Test
  void poissonHitsTheTargetsAndItsSizesFollowThePoissonBinomialLaw() {
    Population p = Populations.weighted("1", "2", "3", "4");
    Manifest m = manifest(p, DrawDesign.of(DrawMethod.POISSON, SizeRule.count(2)));
    InclusionTally t = DrawExperiment.rawSeeds(m, p, Seeds.labelled("seed", 20000));
    t.publishedProbabilities("all", ALPHA).orThrow();
    t.poissonSampleSize("all", ALPHA).orThrow();
    assertTrue(t.sizes("all").containsKey(0) && t.sizes("all").containsKey(4),
        "Poisson sample sizes vary from 0 to 4: " + t.sizes("all"));
    assertTrue(!t.fixedSize("all", ALPHA).passed(), "a Poisson draw is not of fixed size");
  }

  /** Scores 1, 2, 3, 5, 30, 100 with n = 3: two certainties, the rest 1/11, 2/11, 3/11, 5/11. */
  @Test
  void pivotalWithCertaintiesHitsTheCappedTargets() {
    String[] scores = {"1", "2", "3", "5", "30", "100"};
    Population p = Populations.weighted(scores);
    Manifest m = manifest(p, DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(3)));
    InclusionTally t = DrawExperiment.rawSeeds(m, p, Seeds.labelled("seed", 20000));
    double[] target = TargetProbabilities.inclusionProbabilities(3, scores);
    double[] published = t.publishedProbabilities("all");
    for (int k = 0; k < target.length; k++) {
      assertEquals(target[k], published[k], 1e-15, "U" + k);
    }
    t.inclusionProbabilities("all", target, ALPHA).orThrow();
    t.fixedSize("all", ALPHA).orThrow();
  }

  /** Two weighted strata drawn together: each hits its own R-style targets exactly. */
  @Test
  void weightedStrataEachHitTheirTargetsExactly() {
    Population p = Populations.weightedStrata(Map.of("A", List.of("1", "1", "2"),
        "B", List.of("5", "1", "0", "4")));
    Manifest m = manifest(p, DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(2)));
    for (String s : List.of("A", "B")) {
      ExactLaw law = DrawOracle.pivotal(m, p, s);
      double[] scores = s.equals("A") ? new double[] {1, 1, 2} : new double[] {5, 1, 0, 4};
      double[] target = TargetProbabilities.inclusionProbabilities(scores, 2);
      int k = 0;
      for (String id : law.inclusion().keySet()) {
        assertEquals(target[k++], law.inclusion(id).doubleValue(), 1e-12, id);
      }
    }
  }

  /** Real, verifiable draws over recorded seeds select as the raw-seed test draws do. */
  @Test
  void realDrawsAreUniformToo() {
    Population p = Populations.uniform(9);
    Manifest m = manifest(p, DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(3)));
    DrawExperiment.realDraws(m, p, Seeds.labelled("real", 900)).srsworUniformity(ALPHA)
        .orThrow();
  }
}
