package io.doublerandom.spi;

import io.doublerandom.model.risk.RiskClassificationPush;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the credit-risk classifications come from: the periodic full pushes of the general and
 * the domain classifications (the notice 二(五)), as the credit system delivers them. An
 * integrator implements it over the national or provincial system's interface (or a directory of
 * pushed files); core's {@code io.doublerandom.directory.RiskClassificationHistory#pull} reads it
 * and keeps each entity's history with its as-of dates.
 *
 * <p>Contract (checked by {@code io.doublerandom.testkit.contract.RiskClassificationFeedContract}):
 *
 * <ul>
 *   <li>{@link #pushesAfter} returns every push whose as-of date is strictly after {@code after},
 *       ordered by as-of date and then domain, each (domain, as-of date) once;
 *   <li>asking again returns the same pushes (a push, once delivered, does not change);
 *   <li>nothing is returned for dates not yet pushed: an empty list, never null.
 * </ul>
 */
public interface RiskClassificationFeed {
  /**
   * Every push with an as-of date after {@code after}, ordered by as-of date then domain ({@link
   * LocalDate#MIN} for all of them).
   */
  List<RiskClassificationPush> pushesAfter(LocalDate after);
}
