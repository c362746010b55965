/**
 * Testing target draws: {@link io.doublerandom.testkit.draw.DrawExperiment} (one manifest over
 * many seeds) and its {@link io.doublerandom.testkit.draw.InclusionTally}, {@link
 * io.doublerandom.testkit.draw.DrawOracle} (exact sample laws of small strata by enumeration of
 * every key order and duel branch) and its {@link io.doublerandom.testkit.draw.ExactLaw}, {@link
 * io.doublerandom.testkit.draw.Populations} (populations with chosen strata and weights, and
 * generators of random ones). Key access is in core: {@code io.doublerandom.draw.DrawKeys} and the
 * test-only {@code io.doublerandom.draw.TestDraws}.
 */
package io.doublerandom.testkit.draw;
