package io.doublerandom.testkit.quicktheories;

import org.quicktheories.generators.SourceDSL;

/**
 * Adapts the testkit's engine-neutral generators to QuickTheories (an optional dependency: add
 * {@code org.quicktheories:quicktheories} to your test scope). QuickTheories generates a {@code
 * long} seed; the value is {@code gen.fromSeed(seed)}, so QuickTheories' fixed seed and example
 * count reproduce a run and a failing case is reported with the value's seed. Shrinking shrinks the
 * seed, not the value.
 *
 * <pre>{@code
 * qt().withFixedSeed(20241126L).withExamples(300)
 *     .forAll(QuickTheoriesGens.of(AssignmentInstances.random(3, 4, 10)))
 *     .checkAssert(instance -> ...);
 * }</pre>
 *
 * <p>Other engines plug in the same way: a plain loop over seeds works with any test framework ({@code
 * gen.fromSeed(i)}); an engine with arbitrary longs maps them through {@code gen::fromSeed}.
 */
public final class QuickTheoriesGens {
  private QuickTheoriesGens() {}

  /** The QuickTheories generator of {@code gen}'s values. */
  public static <T> org.quicktheories.core.Gen<T> of(io.doublerandom.fixtures.Gen<T> gen) {
    return SourceDSL.longs().all().map(gen::fromSeed);
  }
}
