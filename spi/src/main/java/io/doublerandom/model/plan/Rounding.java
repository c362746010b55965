package io.doublerandom.model.plan;

/**
 * How a ratio times a population size is rounded to a sample size; the core module maps it to the
 * draw's size rule ({@code io.doublerandom.draw.SizeRule.Rounding}).
 */
public enum Rounding {
  /** Up: the sample never falls short of the ratio (the default). */
  CEILING,
  /** To the nearest integer, halves up. */
  HALF_UP,
  /** Down: the sample never exceeds the ratio. */
  FLOOR
}
