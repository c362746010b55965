package io.doublerandom.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.testkit.draw.DrawExperiment;
import io.doublerandom.testkit.draw.Populations;
import io.doublerandom.testkit.stats.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SeedsExtension.class)
class SeedsExtensionTest {
  @Test
  void namedAfterTheTestMethod(@Trials(500) Seeds seeds) {
    assertEquals(Seeds.labelled("SeedsExtensionTest.namedAfterTheTestMethod", 500), seeds);
    Population p = Populations.uniform(8);
    Manifest m = Manifest.create("T", DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)),
        SeedPlan.recorded(), p);
    DrawExperiment.rawSeeds(m, p, seeds).srsworUniformity(0.001).orThrow();
  }

  @Test
  void orLabelled(@Trials(value = 3, label = "fair") Seeds seeds) {
    assertArrayEquals(Seeds.labelled("fair", 3).seed(2), seeds.seed(2));
  }
}
