package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * <b>For tests only.</b> Runs the selection of a manifest with a raw 32-byte seed, or with keys
 * the caller chooses, without a seed source, a seed derivation or a record: the entry point for
 * loops over thousands of seeds and for exact enumeration over every key order.
 *
 * <p>It cannot produce a draw that verifies. It returns a {@link RawSample}, which is not a
 * {@link DrawRecord} and which nothing in this library accepts as a draw, carries no seed source
 * and no manifest hash, and cannot be turned into a record: a record's seed must be derived from
 * seed material and the manifest hash (docs/draw-spec.md section 6), and {@link
 * TargetDraw#verify} re-derives it, so a record built by hand around a raw seed fails
 * verification at the seed step. Real draws go through {@link TargetDraw#draw} or {@link
 * DrawSession}.
 *
 * <pre>{@code
 * TestDraws draws = TestDraws.of(manifest, population);   // checks the manifest once
 * for (int i = 0; i < 2000; i++) {
 *   RawSample s = draws.withRawSeed(seed(i));              // the same selection TargetDraw makes
 *   ...
 * }
 * }</pre>
 */
public final class TestDraws {
  private final Manifest manifest;
  private final Population population;

  private TestDraws(Manifest manifest, Population population) {
    this.manifest = manifest;
    this.population = population;
  }

  /**
   * Prepares test draws of {@code population} under {@code manifest}.
   *
   * @throws IllegalArgumentException if the manifest does not describe this population (as {@link
   *     TargetDraw#draw} checks)
   */
  public static TestDraws of(Manifest manifest, Population population) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(population, "population");
    Manifest expected = Manifest.create(manifest.task(), manifest.keyStream(), manifest.design(),
        manifest.seedPlan(), population);
    if (!expected.equals(manifest)) {
      List<Verification.Difference> diffs = new ArrayList<>();
      TargetDraw.compareManifests("manifest.", manifest, expected, diffs);
      throw new IllegalArgumentException("the manifest does not describe this population: "
          + (diffs.isEmpty() ? "spec " + manifest.spec() : diffs.toString()));
    }
    return new TestDraws(manifest, population);
  }

  /** The manifest. */
  public Manifest manifest() {
    return manifest;
  }

  /** The population. */
  public Population population() {
    return population;
  }

  /**
   * The selection with this raw 32-byte seed as the draw seed: what {@link TargetDraw#draw} selects
   * when its seed derivation yields {@code seed}.
   */
  public RawSample withRawSeed(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    checkArgument(seed.length == 32, "seed must be 32 bytes, got %s", seed.length);
    return new RawSample(DrawEngine.run(seed.clone(), manifest, population));
  }

  /**
   * The selection with keys the caller chooses instead of the PRF's: {@code k} gives each
   * candidate's 32-byte order key, {@code v} its 32-byte duel key (used by the pivotal method
   * only). For exact enumeration: every key order, every duel branch ({@code v} all zero bytes
   * takes a duel's first branch, all {@code 0xff} bytes its second).
   *
   * @throws IllegalArgumentException if a function returns anything but 32 bytes
   */
  public RawSample withKeys(Function<String, byte[]> k, Function<String, byte[]> v) {
    Objects.requireNonNull(k, "k");
    Objects.requireNonNull(v, "v");
    KeyFunction keys = new KeyFunction() {
      @Override
      public byte[] order(Candidate c) {
        return checked("order key", c, k.apply(c.id()));
      }

      @Override
      public byte[] pivot(Candidate c) {
        return checked("duel key", c, v.apply(c.id()));
      }
    };
    return new RawSample(DrawEngine.run(keys, manifest, population));
  }

  private static byte[] checked(String what, Candidate c, byte[] key) {
    checkArgument(key != null && key.length == 32, "the %s of %s must be 32 bytes, got %s", what,
        c.id(), key == null ? "null" : key.length);
    return key.clone();
  }

  /**
   * <b>For tests only:</b> the selection of a test draw, per stratum in label order, as a draw
   * record would list it (selected in rank order, alternates, probabilities). Not a record, not
   * verifiable.
   *
   * @param strata the strata in label order
   */
  public record RawSample(List<DrawRecord.StratumDraw> strata) {
    /** Copies the list. */
    public RawSample {
      strata = List.copyOf(strata);
    }

    /** Every selected id, strata in label order, each in rank order. */
    public List<String> selected() {
      List<String> out = new ArrayList<>();
      strata.forEach(s -> s.selected().forEach(d -> out.add(d.id())));
      return out;
    }

    /** The stratum with this label. */
    public Optional<DrawRecord.StratumDraw> stratum(String label) {
      return strata.stream().filter(s -> s.stratum().equals(label)).findFirst();
    }

    /** The total number of selected candidates. */
    public int size() {
      return strata.stream().mapToInt(s -> s.selected().size()).sum();
    }
  }
}
