package io.doublerandom.testkit.draw;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.draw.TestDraws;
import io.doublerandom.testkit.stats.Seeds;
import java.util.Objects;

/**
 * Runs one manifest over many seeds and tallies what was selected.
 *
 * <pre>{@code
 * InclusionTally t = DrawExperiment.rawSeeds(manifest, population, Seeds.labelled("u", 2000));
 * t.srsworUniformity(0.001).orThrow();
 * }</pre>
 *
 * <p>{@link #rawSeeds} uses each seed directly as the draw seed through the test-only {@link
 * TestDraws} (fast: no record, no seed derivation); {@link #realDraws} makes real, verifiable
 * draws with each seed as recorded seed material through {@link TargetDraw#draw}, for a
 * manifest with the recorded seed plan. Both select exactly as a published draw does.
 */
public final class DrawExperiment {
  private DrawExperiment() {}

  /** {@code seeds.count()} test draws, seed {@code i} used as the raw draw seed. */
  public static InclusionTally rawSeeds(Manifest manifest, Population population, Seeds seeds) {
    Objects.requireNonNull(seeds, "seeds");
    TestDraws draws = TestDraws.of(manifest, population);
    InclusionTally tally = new InclusionTally(manifest, seeds, InclusionTally.idsOf(population));
    for (int i = 0; i < seeds.count(); i++) {
      tally.add(draws.withRawSeed(seeds.seed(i)).strata());
    }
    return tally;
  }

  /**
   * {@code seeds.count()} real draws with {@code TargetDraw.draw(manifest, seeds.recorded(i),
   * population)}; the manifest's seed plan must be {@code recorded}.
   */
  public static InclusionTally realDraws(Manifest manifest, Population population, Seeds seeds) {
    Objects.requireNonNull(seeds, "seeds");
    InclusionTally tally = new InclusionTally(manifest, seeds, InclusionTally.idsOf(population));
    for (int i = 0; i < seeds.count(); i++) {
      DrawRecord r = TargetDraw.draw(manifest, seeds.recorded(i), population);
      tally.add(r.strata());
    }
    return tally;
  }
}
