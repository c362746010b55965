package io.doublerandom.testkit.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.fixtures.Gen;
import io.doublerandom.testkit.stats.TargetProbabilities;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The engine against the exact enumeration of {@link DrawOracle}. */
class DrawOracleTest {
  @Test
  void srsworSixChooseTwoIsExactlyUniformOverSubsetsAndFirstAlternates() {
    Population p = Populations.uniform(6);
    Manifest m = Manifest.create("exact", DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2))
        .withAlternates(1), SeedPlan.recorded(), p);
    ExactLaw law = DrawOracle.srswor(m, p, "all");
    assertEquals(720, law.cases());
    assertEquals(15, law.samples().size(), "every 2-subset occurs");
    law.samples().values().forEach(q -> assertEquals(new BigFraction(1, 15), q));
    law.inclusion().values().forEach(q -> assertEquals(new BigFraction(1, 3), q));
    law.firstAlternate().values().forEach(q -> assertEquals(new BigFraction(1, 6), q));
  }

  @Test
  void pivotalOneTwoThreeFourHitsItsTargetsExactlyInEveryOrder() {
    Population p = Populations.weighted("1", "2", "3", "4");
    Manifest m = Manifest.create("exact", DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(2)),
        SeedPlan.recorded(), p);
    ExactLaw law = DrawOracle.pivotal(m, p, "all");
    assertEquals(Map.of("U0", new BigFraction(1, 5), "U1", new BigFraction(2, 5),
        "U2", new BigFraction(3, 5), "U3", new BigFraction(4, 5)), law.inclusion());
    assertEquals(Set.of(2), law.sizes());
    assertEquals(BigFraction.ONE, law.samples().values().stream()
        .reduce(BigFraction.ZERO, BigFraction::add));
  }

  /** Random small weighted strata (zeros, certainties, ties s = D included). */
  @Test
  void pivotalOnRandomSmallStrataIsExactAgainstRStyleTargets() {
    Gen<Population> gen = Populations.random(2, 5, true);
    int checked = 0;
    for (long seed = 0; seed < 40; seed++) {
      Population p = gen.fromSeed(seed);
      Map<String, Integer> strata = p.strata();
      int n = 1 + (int) (seed % 3);
      Manifest m;
      try {
        m = Manifest.create("exact", DrawDesign.of(DrawMethod.PIVOTAL, SizeRule.count(n)),
            SeedPlan.recorded(), p);
      } catch (IllegalArgumentException e) {
        continue; // a stratum without a positive score
      }
      for (Manifest.StratumPlan s : m.strata()) {
        ExactLaw law = DrawOracle.pivotal(m, p, s.stratum());
        assertEquals(Set.of(s.sample()), law.sizes(), "seed " + seed);
        double[] scores = p.candidates().stream().filter(c -> c.stratum().equals(s.stratum()))
            .mapToDouble(c -> c.score().orElseThrow().doubleValue()).toArray();
        double[] target = TargetProbabilities.inclusionProbabilities(scores, s.sample());
        int k = 0;
        for (BigFraction q : law.inclusion().values()) {
          assertEquals(target[k++], q.doubleValue(), 1e-12, "seed " + seed + " " + strata);
        }
        checked++;
      }
    }
    assertEquals(true, checked > 30, "strata checked: " + checked);
  }
}
