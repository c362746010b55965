package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.directory.RiskClassificationHistory;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.risk.RiskClassificationPush;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RiskClassAsOfStratifierTest {
  @Test
  void theDefinitionRecordsTheAsOfDateOfTheClassificationUsed() {
    List<MarketEntity> entities = List.of(Entities.plain(1).build(), Entities.plain(2).build(),
        Entities.plain(3).addRiskRatings(RiskRating.general("D", Entities.RATED)).build());
    RiskClassificationHistory history = RiskClassificationHistory.empty()
        .with(new RiskClassificationPush(RiskRating.GENERAL, LocalDate.of(2025, 1, 31),
            Map.of(Entities.id(1), "A", Entities.id(2), "A", Entities.id(3), "A"), "jan"))
        .with(new RiskClassificationPush(RiskRating.GENERAL, LocalDate.of(2025, 2, 28),
            Map.of(Entities.id(1), "C", Entities.id(3), "B"), "feb"));
    Population p = PopulationBuilder.from(entities)
        .stratifier(history, RiskRating.GENERAL, LocalDate.of(2025, 3, 15))
        .build();
    assertTrue(p.definition().lines().contains(
        "population.stratifier=general-risk-class@2025-02-28"), p.definition().lines().toString());
    assertEquals(new TreeMap<>(Map.of("B", 1, "C", 1, "unrated", 1)), p.strata(),
        "classes of the February push, not the entities' own ratings");
  }
}
