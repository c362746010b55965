package io.doublerandom.testkit.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of seeds (and optionally their label) of a {@link io.doublerandom.testkit.stats.Seeds}
 * parameter that {@link SeedsExtension} resolves.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Trials {
  /** The number of seeds, at least 1. */
  int value();

  /** The label; empty (the default) for {@code <test class simple name>.<test method name>}. */
  String label() default "";
}
