package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityCandidatesTest {
  private static MarketEntity entity(String id, RiskRating... ratings) {
    return MarketEntity.builder()
        .id(EntityId.parse(id))
        .name("太原某某商贸有限公司")
        .kind(EntityKind.ENTERPRISE)
        .registrationAuthority("140105")
        .region(RegionCode.of("140105"))
        .status(RegistrationStatus.OPERATING)
        .addRiskRatings(ratings)
        .build();
  }

  private static final LocalDate ON = LocalDate.of(2024, 6, 1);

  @Test
  void idIsTheCreditCodeAndStratumTheGeneralRiskClass() {
    MarketEntity rated = entity(Fixtures.IDS.get(0), RiskRating.general("C", ON),
        new RiskRating(RiskRating.FOOD, "D", ON));
    MarketEntity unrated = entity(Fixtures.IDS.get(1));
    assertEquals(Candidate.of(Fixtures.IDS.get(0), "C"), EntityCandidates.candidate(rated));
    assertEquals(Candidate.of(Fixtures.IDS.get(1), EntityCandidates.UNRATED),
        EntityCandidates.candidate(unrated));
    assertEquals(Candidate.of(Fixtures.IDS.get(0), "D"), EntityCandidates.candidate(rated,
        EntityCandidates.byRiskClass(RiskRating.FOOD, "未分类")));
    assertEquals(Candidate.of(Fixtures.IDS.get(1), "未分类"), EntityCandidates.candidate(unrated,
        EntityCandidates.byRiskClass(RiskRating.FOOD, "未分类")));
    assertEquals(List.of(Candidate.of(Fixtures.IDS.get(0), "all"),
        Candidate.of(Fixtures.IDS.get(1), "all")), EntityCandidates.candidates(
        List.of(rated, unrated), EntityCandidates.unstratified("all")));
  }

  @Test
  void kindRegionAndPrefectureStratifiers() {
    MarketEntity county = entity(Fixtures.IDS.get(0));
    MarketEntity province = MarketEntity.builder().from(entity(Fixtures.IDS.get(1)))
        .kind(EntityKind.INDIVIDUAL_BUSINESS).region(RegionCode.of("140000")).build();
    assertEquals("ENTERPRISE", EntityCandidates.byKind().apply(county));
    assertEquals("INDIVIDUAL_BUSINESS", EntityCandidates.byKind().apply(province));
    assertEquals("140105", EntityCandidates.byRegion().apply(county));
    assertEquals("140100", EntityCandidates.byPrefecture().apply(county));
    assertEquals("140000", EntityCandidates.byPrefecture().apply(province));
  }

  @Test
  void scoresComeFromTheScorer() {
    Map<String, BigDecimal> byClass = Map.of("A", BigDecimal.ONE, "C", new BigDecimal("4.0"));
    MarketEntity rated = entity(Fixtures.IDS.get(2), RiskRating.general("C", ON));
    Candidate c = EntityCandidates.candidate(rated, EntityCandidates.unstratified("all"),
        e -> e.generalRiskClass().map(byClass::get));
    assertEquals(Optional.of(new BigDecimal("4")), c.score());
    MarketEntity unrated = entity(Fixtures.IDS.get(3));
    assertThrows(IllegalArgumentException.class, () -> EntityCandidates.candidate(unrated,
        EntityCandidates.unstratified("all"), e -> e.generalRiskClass().map(byClass::get)));
  }
}
