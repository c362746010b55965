package io.doublerandom.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PopulationScope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPopulationsTest {
  private static MarketEntity entity(int n, String region, String industry) {
    return MarketEntity.builder().id(EntityId.parse(String.format("%015d", n))).name("主体" + n)
        .kind(EntityKind.ENTERPRISE).registrationAuthority("140105")
        .region(RegionCode.of(region)).industry(IndustryCode.of(industry))
        .status(RegistrationStatus.OPERATING).build();
  }

  private static final EntityDirectory DIRECTORY = EntityDirectory.of(List.of(
      entity(1, "140105", "C1391"), entity(2, "140106", "C1391"), entity(3, "140105", "F5211"),
      entity(4, "140106", "F5211")));
  private static final Checklist CHECKLIST = PlanFixtures.checklist();

  private static List<String> ids(List<MarketEntity> es) {
    List<String> out = new ArrayList<>();
    es.forEach(e -> out.add(e.id().value()));
    return out;
  }

  @Test
  void thePopulationIsTheQueryAndTheItemsApplicability() {
    // SP-01-01 applies to industry C13 only
    PlanItem food = PlanFixtures.item("1").itemCodes(List.of("SP-01-01")).build();
    assertEquals(List.of("000000000000001", "000000000000002"),
        ids(PlanPopulations.select(DIRECTORY, food, CHECKLIST)));
    PlanItem foodHere = PlanItem.builder().from(food).population(PopulationScope.builder()
        .addRegions(RegionCode.of("140105")).build()).build();
    assertEquals(List.of("000000000000001"),
        ids(PlanPopulations.select(DIRECTORY, foodHere, CHECKLIST)));
    PlanItem everyoneHere = PlanItem.builder().from(foodHere).population(PopulationScope
        .builder().itemApplicability(false).addRegions(RegionCode.of("140105")).build()).build();
    assertEquals(List.of("000000000000001", "000000000000003"),
        ids(PlanPopulations.select(DIRECTORY, everyoneHere, CHECKLIST)));
    // several items: every one must apply
    PlanItem both = PlanFixtures.item("1").itemCodes(List.of("SC-01-01", "SP-01-01")).build();
    assertEquals(List.of("000000000000001", "000000000000002"),
        ids(PlanPopulations.select(DIRECTORY, both, CHECKLIST)));
  }

  @Test
  void theChecklistMustBeTheItemsAndHoldItsCodes() {
    PlanItem bad = PlanFixtures.item("1").itemCodes(List.of("XX")).build();
    assertEquals("item code 'XX' of plan item 1 is not an item of checklist 随机抽查事项清单 v1",
        assertThrows(IllegalArgumentException.class,
            () -> PlanPopulations.select(DIRECTORY, bad, CHECKLIST)).getMessage());
    Checklist other = Checklist.builder().from(CHECKLIST).version(2).build();
    assertEquals("plan item 1 names checklist 随机抽查事项清单 v1, not 随机抽查事项清单 v2",
        assertThrows(IllegalArgumentException.class, () -> PlanPopulations.select(DIRECTORY,
            PlanFixtures.item("1").build(), other)).getMessage());
  }
}
