package io.doublerandom.testkit.draw;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.draw.TestDraws;
import io.doublerandom.testkit.stats.Seeds;
import io.doublerandom.draw.Verification;
import java.util.List;
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
    InclusionTally tally = new InclusionTally(manifest, seeds.toString(), InclusionTally.idsOf(population));
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
    InclusionTally tally = new InclusionTally(manifest, seeds.toString(), InclusionTally.idsOf(population));
    for (int i = 0; i < seeds.count(); i++) {
      DrawRecord r = TargetDraw.draw(manifest, seeds.recorded(i), population);
      tally.add(r.strata());
    }
    return tally;
  }

  /**
   * The tally of published records of one manifest's design over one population (for example a
   * year of draws of the same task design): each record is first verified against the
   * population, so only draws that reproduce are counted.
   *
   * @throws IllegalArgumentException if the list is empty, the records have different designs,
   *     strata or population digests, or a record does not verify (naming it and the differences)
   */
  public static InclusionTally published(List<DrawRecord> records, Population population) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("no records");
    }
    Manifest first = records.get(0).manifest();
    InclusionTally tally = new InclusionTally(first, records.size() + " published records of "
        + "tasks " + records.stream().map(r -> r.manifest().task()).distinct().limit(3).toList()
        + (records.size() > 3 ? " …" : ""), InclusionTally.idsOf(population));
    for (int i = 0; i < records.size(); i++) {
      DrawRecord r = records.get(i);
      if (!r.manifest().design().equals(first.design())
          || !r.manifest().strata().equals(first.strata())
          || !r.manifest().populationDigest().equals(first.populationDigest())) {
        throw new IllegalArgumentException("record " + i + " (task " + r.manifest().task()
            + ") has another design, strata or population than record 0");
      }
      Verification v = TargetDraw.verify(r, population);
      if (!v.reproduces()) {
        throw new IllegalArgumentException("record " + i + " (task " + r.manifest().task()
            + ") does not verify: " + v);
      }
      tally.add(r.strata());
    }
    return tally;
  }
}
