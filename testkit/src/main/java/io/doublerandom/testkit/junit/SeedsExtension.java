package io.doublerandom.testkit.junit;

import io.doublerandom.testkit.stats.Seeds;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives a test method fixed, named seeds: a parameter {@code @Trials(2000)
 * Seeds seeds} receives {@code Seeds.labelled("<TestClass>.<method>", 2000)} (or the
 * annotation's label). The seeds never change between runs, so a statistical test's outcome does
 * not either, and a failure's message ({@code TestOutcome.orThrow()}) names them. Renaming the
 * test without giving a label changes the seeds. The assertions themselves need no JUnit; this
 * is a convenience on top.
 *
 * <pre>{@code
 * @ExtendWith(SeedsExtension.class)
 * class MyDrawTest {
 *   @Test
 *   void uniform(@Trials(2000) Seeds seeds) {
 *     DrawExperiment.rawSeeds(manifest, population, seeds).srsworUniformity(0.001).orThrow();
 *   }
 * }
 * }</pre>
 */
public final class SeedsExtension implements ParameterResolver {
  /** Creates the extension (JUnit instantiates it). */
  public SeedsExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Seeds.class
        && parameter.isAnnotated(Trials.class);
  }

  @Override
  public Seeds resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Trials trials = parameter.findAnnotation(Trials.class).orElseThrow();
    if (trials.value() < 1) {
      throw new ParameterResolutionException("@Trials needs at least 1 seed, got "
          + trials.value() + " on " + parameter.getDeclaringExecutable());
    }
    String label = trials.label().isEmpty()
        ? context.getRequiredTestClass().getSimpleName() + "."
            + context.getRequiredTestMethod().getName()
        : trials.label();
    return Seeds.labelled(label, trials.value());
  }
}
