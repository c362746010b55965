/**
 * Statistical fairness tests with stated significance levels and reproducible seeds, framework
 * neutral. Entry points: {@link io.doublerandom.testkit.stats.Fairness} (the tests), {@link
 * io.doublerandom.testkit.stats.TestOutcome} (what each returns; {@code orThrow()} fails with
 * expected, seen and seeds), {@link io.doublerandom.testkit.stats.Seeds} (fixed, named seeds),
 * {@link io.doublerandom.testkit.stats.TargetProbabilities} (R-style target inclusion
 * probabilities), {@link io.doublerandom.testkit.stats.PoissonBinomial}.
 */
package io.doublerandom.testkit.stats;
