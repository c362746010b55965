package io.doublerandom.directory;

import static io.doublerandom.directory.Fixtures.entity;
import static io.doublerandom.directory.Fixtures.id;
import static io.doublerandom.directory.Fixtures.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EntityDirectoryTest {
  private final EntityDirectory dir = EntityDirectory.of(Fixtures.six());

  private List<Integer> select(EntityQuery q) {
    List<MarketEntity> result = dir.query(q);
    assertEquals(result.size(), dir.count(q), "count agrees with query for " + q);
    for (MarketEntity e : dir.all()) {
      assertEquals(result.contains(e), q.matches(e), "index agrees with matches() for " + q);
    }
    return numbers(result);
  }

  @Test
  void keepsEntitiesInIdOrder() {
    assertEquals(6, dir.size());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers(dir.all()));
  }

  @Test
  void getFindsByIdAndReportsAbsence() {
    assertEquals("主体4", dir.get(id(4)).orElseThrow().name());
    assertEquals("主体1", dir.get(id(1)).orElseThrow().name());
    assertEquals("主体6", dir.get(id(6)).orElseThrow().name());
    assertTrue(dir.get(id(7)).isEmpty());
    assertTrue(dir.get(id(0)).isEmpty());
  }

  @Test
  void rejectsDuplicateIdsListingEach() {
    List<MarketEntity> entities = new ArrayList<>(Fixtures.six());
    entities.add(entity(3, EntityKind.OTHER, "140105").build());
    entities.add(entity(5, EntityKind.OTHER, "140105").build());
    entities.add(entity(5, EntityKind.OTHER, "140106").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntityDirectory.of(entities));
    assertEquals("entity id must be unique, got 2 repeated ids: 000000000000003, 000000000000005",
        e.getMessage());
  }

  @Test
  void duplicateMessageListsTwentyAndCountsTheRest() {
    List<MarketEntity> entities = new ArrayList<>();
    for (int n = 1; n <= 25; n++) {
      entities.add(entity(n, EntityKind.ENTERPRISE, "140105").build());
      entities.add(entity(n, EntityKind.BRANCH, "140105").build());
    }
    String m = assertThrows(IllegalArgumentException.class,
        () -> EntityDirectory.of(entities)).getMessage();
    assertTrue(m.startsWith("entity id must be unique, got 25 repeated ids: 000000000000001, "), m);
    assertTrue(m.contains("000000000000020 and 5 more"), m);
    assertFalse(m.contains("000000000000021"), m);
  }

  @Test
  void rejectsNullElements() {
    List<MarketEntity> entities = new ArrayList<>(Fixtures.six());
    entities.add(null);
    assertThrows(NullPointerException.class, () -> EntityDirectory.of(entities));
  }

  @Test
  void emptyDirectoryAnswersEverything() {
    EntityDirectory empty = EntityDirectory.of(List.of());
    assertEquals(0, empty.size());
    assertEquals(List.of(), empty.query(EntityQuery.builder().addKinds(EntityKind.BRANCH).build()));
    assertEquals(0, empty.count(EntityQuery.all()));
    assertEquals(Map.of(), empty.countByPrefecture());
    assertEquals(Map.of(), empty.countByRiskClass(RiskRating.GENERAL));
    assertTrue(empty.get(id(1)).isEmpty());
  }

  @Test
  void allSelectsEverything() {
    assertEquals(List.of(1, 2, 3, 4, 5, 6), select(EntityQuery.all()));
    assertSame(dir.all(), dir.query(EntityQuery.all()));
  }

  @Test
  void regionsSelectByContainment() {
    assertEquals(List.of(1, 2, 3, 4, 5, 6),
        select(EntityQuery.builder().addRegions(RegionCode.of("140000")).build()));
    assertEquals(List.of(1, 2, 4, 6),
        select(EntityQuery.builder().addRegions(RegionCode.of("140100")).build()));
    assertEquals(List.of(1, 6),
        select(EntityQuery.builder().addRegions(RegionCode.of("140105")).build()));
    assertEquals(List.of(1, 3, 6), select(EntityQuery.builder()
        .addRegions(RegionCode.of("140105"), RegionCode.of("140200")).build()));
    assertEquals(List.of(),
        select(EntityQuery.builder().addRegions(RegionCode.of("150000")).build()));
  }

  @Test
  void kindsSelectAnyOf() {
    assertEquals(List.of(1, 3, 6),
        select(EntityQuery.builder().addKinds(EntityKind.ENTERPRISE).build()));
    assertEquals(List.of(2, 4), select(EntityQuery.builder()
        .addKinds(EntityKind.INDIVIDUAL_BUSINESS, EntityKind.FARMERS_COOPERATIVE).build()));
    assertEquals(List.of(),
        select(EntityQuery.builder().addKinds(EntityKind.FOREIGN_REPRESENTATIVE_OFFICE).build()));
  }

  @Test
  void industriesSelectByPrefixAndSkipEntitiesWithoutIndustry() {
    assertEquals(List.of(1, 3, 5),
        select(EntityQuery.builder().addIndustries(IndustryCode.of("C")).build()));
    assertEquals(List.of(1, 3, 5),
        select(EntityQuery.builder().addIndustries(IndustryCode.of("C13")).build()));
    assertEquals(List.of(1, 5),
        select(EntityQuery.builder().addIndustries(IndustryCode.of("C1391")).build()));
    assertEquals(List.of(1, 2, 3, 5), select(EntityQuery.builder()
        .addIndustries(IndustryCode.of("C13"), IndustryCode.of("C1391"), IndustryCode.of("F52"))
        .build()));
    assertEquals(List.of(),
        select(EntityQuery.builder().addIndustries(IndustryCode.of("C14")).build()));
  }

  @Test
  void allTagsRequireEveryTag() {
    assertEquals(List.of(1, 5), select(EntityQuery.builder().addAllTags("食品生产").build()));
    assertEquals(List.of(5),
        select(EntityQuery.builder().addAllTags("食品生产", "网络经营").build()));
    assertEquals(List.of(), select(EntityQuery.builder().addAllTags("食品生产", "无此标签").build()));
  }

  @Test
  void anyTagsRequireOneTag() {
    assertEquals(List.of(1, 2, 5),
        select(EntityQuery.builder().addAnyTags("食品生产", "食品销售").build()));
    assertEquals(List.of(4), select(EntityQuery.builder().addAnyTags("农产品", "无此标签").build()));
  }

  @Test
  void statusesSelectAnyOf() {
    assertEquals(List.of(1, 2, 4, 6),
        select(EntityQuery.builder().addStatuses(RegistrationStatus.OPERATING).build()));
    assertEquals(List.of(3, 5), select(EntityQuery.builder()
        .addStatuses(RegistrationStatus.DEREGISTERED, RegistrationStatus.REVOKED).build()));
  }

  @Test
  void riskClassesUseTheGeneralDomainByDefault() {
    assertEquals(List.of(1, 6), select(EntityQuery.builder().addRiskClasses("A").build()));
    assertEquals(List.of(2, 3), select(EntityQuery.builder().addRiskClasses("C", "D").build()));
  }

  @Test
  void riskClassesOfAnotherDomainSkipUnratedEntities() {
    assertEquals(List.of(1, 5), select(EntityQuery.builder()
        .riskDomain(RiskRating.FOOD).addRiskClasses("A", "B", "C", "D").build()));
    assertEquals(List.of(5), select(EntityQuery.builder()
        .riskDomain(RiskRating.FOOD).addRiskClasses("D").build()));
    assertEquals(List.of(), select(EntityQuery.builder()
        .riskDomain("no-such-domain").addRiskClasses("A").build()));
  }

  @Test
  void riskDomainWithoutClassesImposesNothing() {
    assertEquals(List.of(1, 2, 3, 4, 5, 6),
        select(EntityQuery.builder().riskDomain(RiskRating.FOOD).build()));
  }

  @Test
  void blankRiskDomainIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntityQuery.builder().riskDomain(" ").build());
    assertEquals("riskDomain must not be blank, got ' '", e.getMessage());
  }

  @Test
  void abnormalListSelectsEitherWay() {
    assertEquals(List.of(2, 6), select(EntityQuery.builder().abnormalList(true).build()));
    assertEquals(List.of(1, 3, 4, 5), select(EntityQuery.builder().abnormalList(false).build()));
  }

  @Test
  void sizesSkipEntitiesWithoutSize() {
    assertEquals(List.of(1, 2),
        select(EntityQuery.builder().addSizes(EntitySize.MICRO, EntitySize.SMALL).build()));
    assertEquals(List.of(5), select(EntityQuery.builder().addSizes(EntitySize.LARGE).build()));
  }

  @Test
  void ruleIsAppliedWithTheOtherConditions() {
    ApplicabilityRule food = ApplicabilityRule.builder()
        .addAnyTags("食品生产", "食品销售").build();
    assertEquals(List.of(1, 2, 5), select(EntityQuery.of(food)));
    assertEquals(List.of(1, 2), select(EntityQuery.builder().rule(food)
        .addStatuses(RegistrationStatus.OPERATING).build()));
  }

  @Test
  void conditionsAreAnded() {
    EntityQuery q = EntityQuery.builder()
        .addRegions(RegionCode.of("140100"))
        .addKinds(EntityKind.ENTERPRISE)
        .addStatuses(RegistrationStatus.OPERATING)
        .addRiskClasses("A")
        .abnormalList(false)
        .build();
    assertEquals(List.of(1), select(q));
  }

  @Test
  void applicableToFollowsTheItemsRule() {
    InspectionItem foodProduction = InspectionItem.builder()
        .code("SC-05-01")
        .category("食品生产检查")
        .name("食品生产者生产条件检查")
        .kind(ItemKind.GENERAL)
        .responsibleDepartment("市场监管部门")
        .appliesTo(ApplicabilityRule.builder()
            .addKinds(EntityKind.ENTERPRISE, EntityKind.BRANCH)
            .addIndustries(IndustryCode.of("C13"))
            .addAllTags("食品生产")
            .build())
        .build();
    assertEquals(List.of(1, 5), numbers(dir.applicableTo(foodProduction)));
    assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers(dir.applicableTo(ApplicabilityRule.any())));
  }

  @Test
  void countByPrefectureCountsProvinceLevelEntitiesUnderTheProvince() {
    Map<RegionCode, Integer> expected = new LinkedHashMap<>();
    expected.put(RegionCode.of("140000"), 1);
    expected.put(RegionCode.of("140100"), 4);
    expected.put(RegionCode.of("140200"), 1);
    assertEquals(expected, dir.countByPrefecture());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(dir.countByPrefecture().keySet()));
  }

  @Test
  void countByRegionIsPerRegisteredRegion() {
    TreeMap<RegionCode, Integer> expected = new TreeMap<>();
    expected.put(RegionCode.of("140000"), 1);
    expected.put(RegionCode.of("140100"), 1);
    expected.put(RegionCode.of("140105"), 2);
    expected.put(RegionCode.of("140106"), 1);
    expected.put(RegionCode.of("140202"), 1);
    assertEquals(expected, dir.countByRegion());
  }

  @Test
  void countByKindListsEveryKindInEnumOrder() {
    Map<EntityKind, Integer> counts = dir.countByKind();
    assertEquals(List.of(EntityKind.values()), List.copyOf(counts.keySet()));
    assertEquals(List.of(3, 1, 1, 1, 0, 0), List.copyOf(counts.values()));
  }

  @Test
  void countByStatusListsEveryStatusInEnumOrder() {
    Map<RegistrationStatus, Integer> counts = dir.countByStatus();
    assertEquals(List.of(RegistrationStatus.values()), List.copyOf(counts.keySet()));
    assertEquals(List.of(4, 1, 1, 0, 0), List.copyOf(counts.values()));
  }

  @Test
  void countByRiskClassPutsUnratedEntitiesUnderDash() {
    assertEquals(List.of("-", "A", "B", "C", "D"),
        List.copyOf(dir.countByRiskClass(RiskRating.GENERAL).keySet()));
    assertEquals(List.of(1, 2, 1, 1, 1),
        List.copyOf(dir.countByRiskClass(RiskRating.GENERAL).values()));
    assertEquals(Map.of("-", 4, "B", 1, "D", 1), dir.countByRiskClass(RiskRating.FOOD));
    assertEquals(Map.of("-", 6), dir.countByRiskClass("no-such-domain"));
    assertEquals(List.of(RiskRating.FOOD, RiskRating.GENERAL, RiskRating.SPECIAL_EQUIPMENT),
        List.copyOf(dir.riskDomains()));
  }

  @Test
  void countByTagCountsEachTagOfEachEntity() {
    assertEquals(Map.of("农产品", 1, "特种设备使用", 1, "网络经营", 2, "食品生产", 2, "食品销售", 1),
        dir.countByTag());
  }

  @Test
  void repeatedValuesAreSharedAfterBuilding() {
    String authorityA = new String("140105管理局".toCharArray());
    String authorityB = new String("140105管理局".toCharArray());
    String tagA = new String("食品生产".toCharArray());
    String tagB = new String("食品生产".toCharArray());
    MarketEntity a = entity(1, EntityKind.ENTERPRISE, "140105")
        .registrationAuthority(authorityA).addTags(tagA)
        .region(RegionCode.of(new String("140105".toCharArray())))
        .industry(IndustryCode.of("C1391"))
        .addRiskRatings(RiskRating.general(new String("A".toCharArray()), Fixtures.RATED))
        .establishedOn(LocalDate.of(2001, 2, 3))
        .build();
    MarketEntity b = entity(2, EntityKind.ENTERPRISE, "140105")
        .registrationAuthority(authorityB).addTags(tagB)
        .region(RegionCode.of(new String("140105".toCharArray())))
        .industry(IndustryCode.of("C1391"))
        .addRiskRatings(RiskRating.general(new String("A".toCharArray()), Fixtures.RATED))
        .establishedOn(LocalDate.of(2001, 2, 3))
        .build();
    EntityDirectory d = EntityDirectory.of(List.of(a, b));
    MarketEntity a2 = d.get(id(1)).orElseThrow();
    MarketEntity b2 = d.get(id(2)).orElseThrow();
    assertEquals(a, a2);
    assertEquals(b, b2);
    assertSame(a2.registrationAuthority(), b2.registrationAuthority());
    assertSame(a2.tags().first(), b2.tags().first());
    assertSame(a2.region(), b2.region());
    assertSame(a2.industry().orElseThrow(), b2.industry().orElseThrow());
    assertSame(a2.riskRatings().get(0), b2.riskRatings().get(0));
    assertSame(a2.establishedOn().orElseThrow(), b2.establishedOn().orElseThrow());
  }

  @Test
  void canonicalEntitiesAreKeptAsTheyAre() {
    EntityDirectory again = EntityDirectory.of(dir.all());
    for (int i = 0; i < dir.size(); i++) {
      assertSame(dir.all().get(i), again.all().get(i));
    }
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<MarketEntity> given = Fixtures.six();
    List<MarketEntity> reversed = new ArrayList<>(given);
    Collections.reverse(reversed);
    EntityDirectory one = EntityDirectory.of(given);
    EntityDirectory other = EntityDirectory.of(reversed);
    assertEquals(one.all(), other.all());
    assertEquals(one.countByTag(), other.countByTag());
  }
}
