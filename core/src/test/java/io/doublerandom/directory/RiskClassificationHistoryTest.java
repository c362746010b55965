package io.doublerandom.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.risk.RiskClassificationPush;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskClassificationHistoryTest {
  static final EntityId E1 = EntityId.parse("000000000000001");
  static final EntityId E2 = EntityId.parse("000000000000002");
  static final LocalDate JAN = LocalDate.of(2025, 1, 31);
  static final LocalDate FEB = LocalDate.of(2025, 2, 28);
  static final LocalDate MAR = LocalDate.of(2025, 3, 31);

  static RiskClassificationPush push(String domain, LocalDate asOf, Map<EntityId, String> c) {
    return new RiskClassificationPush(domain, asOf, c, "credit system " + asOf);
  }

  static InMemoryRiskClassificationFeed feed() {
    InMemoryRiskClassificationFeed feed = new InMemoryRiskClassificationFeed();
    feed.publish(push(RiskRating.GENERAL, MAR, Map.of(E1, "C", E2, "A")));
    feed.publish(push(RiskRating.GENERAL, JAN, Map.of(E1, "B", E2, "A")));
    feed.publish(push(RiskRating.GENERAL, FEB, Map.of(E1, "B")));
    feed.publish(push(RiskRating.FOOD, FEB, Map.of(E2, "D")));
    return feed;
  }

  @Test
  void theClassAsOfADateIsThatOfTheLatestPushOnOrBeforeIt() {
    RiskClassificationHistory h = RiskClassificationHistory.empty().pull(feed());
    assertEquals(List.of("general@2025-01-31", "food@2025-02-28", "general@2025-02-28",
        "general@2025-03-31"), h.pushes().stream().map(RiskClassificationPush::key).toList());
    assertEquals(Optional.empty(), h.ratingAsOf(E1, RiskRating.GENERAL, JAN.minusDays(1)));
    assertEquals(Optional.of(new RiskRating(RiskRating.GENERAL, "B", JAN)),
        h.ratingAsOf(E1, RiskRating.GENERAL, MAR.minusDays(1)), "B since January");
    assertEquals(Optional.of(new RiskRating(RiskRating.GENERAL, "C", MAR)),
        h.ratingAsOf(E1, RiskRating.GENERAL, MAR));
    // E2 is absent from the full February push: unclassified from then until March
    assertEquals(Optional.empty(), h.ratingAsOf(E2, RiskRating.GENERAL, FEB));
    assertEquals(Optional.of(new RiskRating(RiskRating.GENERAL, "A", MAR)),
        h.ratingAsOf(E2, RiskRating.GENERAL, MAR.plusDays(10)));
    assertEquals(List.of(new RiskClassificationHistory.Change(JAN, Optional.of("A")),
        new RiskClassificationHistory.Change(FEB, Optional.empty()),
        new RiskClassificationHistory.Change(MAR, Optional.of("A"))),
        h.history(E2, RiskRating.GENERAL));
    assertEquals(Optional.of(FEB), h.asOfDate(RiskRating.GENERAL, MAR.minusDays(1)));
  }

  @Test
  void anEntityRebuiltAsOfADateCarriesTheRatingsOfThatDate() {
    RiskClassificationHistory h = RiskClassificationHistory.empty().pull(feed());
    MarketEntity e = MarketEntity.builder().id(E2).name("主体2").kind(EntityKind.ENTERPRISE)
        .registrationAuthority("140105").region(RegionCode.of("140105"))
        .status(RegistrationStatus.OPERATING)
        .addRiskRatings(RiskRating.general("D", LocalDate.of(2024, 1, 1)),
            new RiskRating(RiskRating.SPECIAL_EQUIPMENT, "B", LocalDate.of(2024, 6, 1)))
        .build();
    MarketEntity feb = h.asOf(e, FEB);
    assertEquals(Optional.empty(), feb.generalRiskClass());
    assertEquals(Optional.of("D"), feb.riskClass(RiskRating.FOOD));
    assertEquals(Optional.of("B"), feb.riskClass(RiskRating.SPECIAL_EQUIPMENT), "not in the feed");
    assertEquals(Optional.of("A"), h.asOf(e, MAR).generalRiskClass());
    assertEquals("general-risk-class@2025-02-28", h.stratifierName(RiskRating.GENERAL,
        MAR.minusDays(1)));
    assertEquals("unrated", h.stratifier(RiskRating.GENERAL, FEB, "unrated").apply(e));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> h.stratifierName(RiskRating.FOOD, JAN));
    assertTrue(x.getMessage().contains("food") && x.getMessage().contains("2025-01-31")
        && x.getMessage().contains("[2025-02-28]"), x.getMessage());
  }

  @Test
  void aPushOnceDeliveredDoesNotChange() {
    InMemoryRiskClassificationFeed feed = feed();
    assertFalse(feed.publish(push(RiskRating.GENERAL, JAN, Map.of(E2, "A", E1, "B"))),
        "identical push again");
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> feed.publish(push(RiskRating.GENERAL, JAN, Map.of(E1, "D"))));
    assertTrue(x.getMessage().contains("general@2025-01-31"), x.getMessage());
    RiskClassificationHistory h = RiskClassificationHistory.empty().pull(feed);
    assertSame(h, h.pull(feed), "pulling again changes nothing");
    x = assertThrows(IllegalArgumentException.class,
        () -> h.with(new RiskClassificationPush(RiskRating.GENERAL, JAN, Map.of(E1, "D"), "x")));
    assertTrue(x.getMessage().contains("general@2025-01-31") && x.getMessage().contains("'x'"),
        x.getMessage());
    x = assertThrows(IllegalArgumentException.class,
        () -> push(RiskRating.GENERAL, JAN, Map.of(E1, " ")));
    assertTrue(x.getMessage().contains("risk class of entity 000000000000001"), x.getMessage());
  }
}
