package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.spi.RiskClassificationFeed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RiskClassificationFeed}: extend it with a feed that serves the pushes it
 * is given (for an integrator's feed, through a stub of the system it reads). Pushes come back
 * whole (domain, as-of date and every entity's class; the source text is the feed's own), strictly
 * after the date asked, ordered by as-of date then domain, the same on every call; an empty list
 * when there are none.
 */
public abstract class RiskClassificationFeedContract {
  private static final EntityId E1 = EntityId.parse("000000000000001");
  private static final EntityId E2 = EntityId.parse("000000000000002");
  private static final LocalDate JAN = LocalDate.of(2025, 1, 31);
  private static final LocalDate FEB = LocalDate.of(2025, 2, 28);

  /** A feed serving exactly {@code pushes} (given in no particular order). */
  protected abstract RiskClassificationFeed feedServing(List<RiskClassificationPush> pushes);

  private static final RiskClassificationPush GENERAL_FEB = new RiskClassificationPush(
      RiskRating.GENERAL, FEB, Map.of(E1, "B", E2, "C"), "contract feb");
  private static final RiskClassificationPush FOOD_FEB = new RiskClassificationPush(
      RiskRating.FOOD, FEB, Map.of(E2, "D"), "contract food feb");
  private static final RiskClassificationPush GENERAL_JAN = new RiskClassificationPush(
      RiskRating.GENERAL, JAN, Map.of(E1, "A"), "contract jan");

  /** What the contract compares: each push's domain, as-of date and classes. */
  private static List<String> view(List<RiskClassificationPush> pushes) {
    return pushes.stream().map(p -> p.key() + " " + p.classes()).toList();
  }

  private RiskClassificationFeed feed() {
    return feedServing(List.of(GENERAL_FEB, GENERAL_JAN, FOOD_FEB));
  }

  @Test
  void servesEveryPushWholeInAsOfThenDomainOrder() {
    assertEquals(view(List.of(GENERAL_JAN, FOOD_FEB, GENERAL_FEB)),
        view(feed().pushesAfter(LocalDate.MIN)));
  }

  @Test
  void afterIsExclusive() {
    RiskClassificationFeed feed = feed();
    assertEquals(view(List.of(FOOD_FEB, GENERAL_FEB)), view(feed.pushesAfter(JAN)));
    assertEquals(view(List.of(FOOD_FEB, GENERAL_FEB)), view(feed.pushesAfter(JAN.plusDays(1))));
    assertTrue(feed.pushesAfter(FEB).isEmpty());
  }

  @Test
  void askingAgainGivesTheSamePushes() {
    RiskClassificationFeed feed = feed();
    assertEquals(feed.pushesAfter(LocalDate.MIN), feed.pushesAfter(LocalDate.MIN));
  }

  @Test
  void aFeedWithNothingServesAnEmptyList() {
    assertEquals(List.of(), feedServing(List.of()).pushesAfter(LocalDate.MIN));
  }
}
