package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PopulationBuilderTest {
  private static final SeedSource.Recorded VALUE = new SeedSource.Recorded("3c".repeat(32));

  static InspectionItem item(String code, ApplicabilityRule rule) {
    return InspectionItem.builder().code(code).category("登记事项检查").name("事项" + code)
        .appliesTo(rule).kind(ItemKind.GENERAL).responsibleDepartment("市场监管部门").build();
  }

  private static <T extends Comparable<? super T>> List<T> subset(List<T> values, int bits) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if ((bits >> i & 1) == 1) {
        out.add(values.get(i));
      }
    }
    if (out.isEmpty()) {
      out.add(Entities.pick(values, bits));
    }
    return out;
  }

  private static List<IndustryCode> industries(int bits) {
    return subset(List.of("C", "C13", "C1391", "C14", "F52", "A"), bits).stream()
        .map(IndustryCode::of).toList();
  }

  /** A filter decoded from {@code c} (twelve values 0..9999); each condition one time in three. */
  static PopulationFilter filter(int[] c) {
    EntityQuery.Builder q = EntityQuery.builder();
    if (c[0] % 3 == 0) {
      subset(List.of("140000", "140100", "140105", "140200", "140107"), c[0] / 3)
          .forEach(r -> q.addRegions(RegionCode.of(r)));
    }
    if (c[1] % 3 == 0) {
      q.addAllKinds(subset(List.of(EntityKind.values()), c[1] / 3));
    }
    if (c[2] % 3 == 0) {
      q.addAllIndustries(industries(c[2] / 3));
    }
    if (c[3] % 3 == 0) {
      q.addAllAnyTags(subset(Entities.TAGS, c[3] / 3));
    }
    if (c[4] % 5 == 0) {
      q.addAllAllTags(subset(Entities.TAGS, c[4] / 5));
    }
    if (c[5] % 3 == 0) {
      q.addAllRiskClasses(subset(Entities.CLASSES, c[5] / 3));
    }
    if (c[6] % 3 == 0) {
      q.addAllSizes(subset(List.of(EntitySize.values()), c[6] / 3));
    }
    if (c[7] % 4 == 0) {
      q.abnormalList(c[7] % 8 == 0);
    }
    if (c[8] % 4 == 0) {
      q.rule(ApplicabilityRule.builder().addAllKinds(subset(List.of(EntityKind.values()),
          c[8] / 4)).build());
    }
    PopulationFilter f = PopulationFilter.of(q.build());
    List<InspectionItem> items = new ArrayList<>();
    for (int i = 0; i < c[9] % 3; i++) {
      ApplicabilityRule.Builder r = ApplicabilityRule.builder();
      int x = c[10 + i];
      if (x % 2 == 0) {
        r.addAllIndustries(industries(x / 2));
      }
      if (x % 3 == 0) {
        r.addAllAnyTags(subset(Entities.TAGS, x / 3));
      }
      items.add(item("IT-0" + i, r.build()));
    }
    return f.withItems(items);
  }

  private static Gen<int[]> choices(int n) {
    return Generate.intArrays(Generate.constant(n), Generate.range(0, 9_999));
  }

  private static Gen<List<MarketEntity>> entities() {
    return lists().of(choices(8)).ofSizeBetween(0, 120).map(specs -> {
      List<MarketEntity> out = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        out.add(Entities.decode((int) ((7919L * (i + 1)) % 100_003), specs.get(i)));
      }
      return out;
    });
  }

  @Test
  void directedFiltersSelectWhatABruteForceScanSelects() {
    qt().withFixedSeed(20240701L).withExamples(80)
        .forAll(entities(), lists().of(choices(12)).ofSizeBetween(1, 6))
        .checkAssert((entities, filterChoices) -> {
          EntityDirectory directory = EntityDirectory.of(entities);
          for (int[] c : filterChoices) {
            PopulationFilter f = filter(c);
            List<String> expected = new ArrayList<>();
            for (MarketEntity e : directory.all()) {
              boolean items = f.items().stream().allMatch(i -> i.appliesTo().matches(e));
              if (f.query().matches(e) && items) {
                expected.add(e.id().value());
              }
            }
            assertEquals(expected, f.select(directory).stream().map(e -> e.id().value())
                .toList(), f.toString());
            assertEquals(new HashSet<>(expected), new HashSet<>(f.select(entities).stream()
                .map(e -> e.id().value()).toList()));
          }
        });
  }

  /** The reason of the spec's fixed order, computed independently of {@link Eligibility}. */
  private static Optional<String> expectedReason(MarketEntity e, Set<EntityId> inspected,
      Set<EntityId> drawn, Set<EntityId> named) {
    if (e.status() != RegistrationStatus.OPERATING) {
      return Optional.of(e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    if (e.generalRiskClass().equals(Optional.of("A")) && inspected.contains(e.id())) {
      return Optional.of("low-risk-inspected-this-year");
    }
    if (drawn.contains(e.id())) {
      return Optional.of("drawn-for-item-this-year");
    }
    if (e.abnormalList()) {
      return Optional.of("abnormal-list");
    }
    if (named.contains(e.id())) {
      return Optional.of("explicit");
    }
    return Optional.empty();
  }

  @Test
  void exclusionsAreCountedByTheFirstRuleAndDoNotDependOnInputOrder() {
    qt().withFixedSeed(31337L).withExamples(70)
        .forAll(entities(), choices(12), longs().all())
        .checkAssert((entities, filterChoice, shuffle) -> {
          Random random = new Random(shuffle);
          Set<EntityId> inspected = new HashSet<>();
          Set<EntityId> drawn = new HashSet<>();
          Set<EntityId> named = new HashSet<>();
          Eligibility.Builder b = Eligibility.builder().excludeNotOperating()
              .rule(EligibilityRule.of("abnormal-list", "on the list of abnormal operations",
                  MarketEntity::abnormalList));
          for (MarketEntity e : entities) {
            switch (random.nextInt(6)) {
              case 0 -> inspected.add(e.id());
              case 1 -> drawn.add(e.id());
              case 2 -> {
                named.add(e.id());
                b.exclude(e.id(), "说明 " + e.id().value());
              }
              default -> { }
            }
          }
          Eligibility eligibility = b.excludeLowRiskInspected(inspected, 2024)
              .excludeDrawnForItems(drawn, 2024, List.of("SC-01")).build();
          PopulationFilter f = filter(filterChoice);
          Population fromDirectory = PopulationBuilder.from(EntityDirectory.of(entities))
              .filter(f).eligibility(eligibility).build();
          List<MarketEntity> shuffled = new ArrayList<>(entities);
          Collections.shuffle(shuffled, random);
          Population fromList = PopulationBuilder.from(shuffled).filter(f)
              .eligibility(eligibility).build();
          assertEquals(fromDirectory.digest(), fromList.digest());
          assertEquals(fromDirectory.exclusionsDigest(), fromList.exclusionsDigest());
          assertEquals(fromDirectory.definition(), fromList.definition());
          Map<String, String> expectedExclusions = new TreeMap<>();
          Set<String> expectedCandidates = new HashSet<>();
          Map<String, Integer> expectedCounts = new TreeMap<>(Codec.UTF8_ORDER);
          for (MarketEntity e : entities) {
            if (!f.matches(e)) {
              continue;
            }
            Optional<String> r = expectedReason(e, inspected, drawn, named);
            if (r.isPresent()) {
              expectedExclusions.put(e.id().value(), r.get());
              expectedCounts.merge(r.get(), 1, Integer::sum);
            } else {
              expectedCandidates.add(e.id().value());
            }
          }
          Map<String, String> actualExclusions = new TreeMap<>();
          fromList.exclusions().forEach(x -> actualExclusions.put(x.id(), x.reason()));
          assertEquals(expectedExclusions, actualExclusions);
          assertEquals(expectedCandidates, new HashSet<>(fromList.candidates().stream()
              .map(Candidate::id).toList()));
          assertEquals(expectedCounts, fromList.exclusionCounts());
          if (fromList.size() == 0) {
            return; // nothing to draw: no manifest (draw-spec section 4, "Empty samples")
          }
          Manifest m = Manifest.create("T", DrawDesign.of(DrawMethod.SRSWOR,
              SizeRule.ratio("0.2")), SeedPlan.recorded(), fromList);
          int counted = m.exclusions().stream().mapToInt(Manifest.ExclusionCount::count).sum();
          assertEquals(expectedExclusions.size(), counted);
        });
  }

  private static List<MarketEntity> shop() {
    List<MarketEntity> out = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      MarketEntity.Builder b = Entities.plain(i)
          .industry(IndustryCode.of(i % 2 == 0 ? "F5211" : "C1391"))
          .addRiskRatings(RiskRating.general(i % 3 == 0 ? "A" : "C", Entities.RATED));
      if (i % 4 == 0) {
        b.addTags("食品销售");
      }
      if (i == 5) {
        b.status(RegistrationStatus.MOVED_OUT);
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void theDefinitionDescribesFilterStratifierScorerAndRulesInCanonicalOrder() {
    InspectionItem food = item("SC-01-01", ApplicabilityRule.builder()
        .addIndustries(IndustryCode.of("F52")).addAnyTags("食品销售", "食品生产").build());
    PopulationFilter f = PopulationFilter.of(EntityQuery.builder()
        .addRegions(RegionCode.of("140106"), RegionCode.of("140105"))
        .addKinds(EntityKind.INDIVIDUAL_BUSINESS, EntityKind.ENTERPRISE)
        .addRiskClasses("C", "A").abnormalList(false).addSizes(EntitySize.MICRO).build())
        .withItems(List.of(food));
    Population p = PopulationBuilder.from(shop()).filter(f)
        .eligibility(Eligibility.builder().excludeNotOperating()
            .exclude(Entities.id(8), "已列入专项整治").build())
        .scorer("general-class-weight", e -> Optional.of(BigDecimal.ONE))
        .build();
    assertEquals(List.of(
        "population.definition=doublerandom-population/v1",
        "population.filter.region=140105",
        "population.filter.region=140106",
        "population.filter.kind=enterprise",
        "population.filter.kind=individual-business",
        "population.filter.risk-domain=general",
        "population.filter.risk-class=A",
        "population.filter.risk-class=C",
        "population.filter.abnormal-list=false",
        "population.filter.size=micro",
        "population.filter.item=SC-01-01",
        "population.filter.item.industry=F52",
        "population.filter.item.any-tags=食品生产",
        "population.filter.item.any-tags=食品销售",
        "population.stratifier=general-risk-class",
        "population.scorer=general-class-weight",
        "population.eligibility=deregistered",
        "population.eligibility.rule=registration status deregistered",
        "population.eligibility=revoked",
        "population.eligibility.rule=registration status revoked",
        "population.eligibility=cancelled",
        "population.eligibility.rule=registration status cancelled",
        "population.eligibility=moved-out",
        "population.eligibility.rule=registration status moved-out",
        "population.eligibility=explicit",
        "population.eligibility.rule=excluded by name, each with a recorded reason",
        "population.eligibility.explicit=000000000000008",
        "population.eligibility.explicit.reason=已列入专项整治"), p.definition().lines());
    // sizes are not set on shop(): the size condition selects nothing
    assertEquals(0, p.size() + p.exclusions().size());
    Population q = PopulationBuilder.from(shop()).filter(PopulationFilter.applicableTo(food))
        .eligibility(Eligibility.builder().excludeNotOperating()
            .exclude(Entities.id(8), "已列入专项整治").build()).build();
    // F52 and a food tag: 4, 8 and 12; 8 is excluded by name; 12 is class A, 4 class C
    assertEquals(List.of("000000000000004", "000000000000012"), q.candidates().stream()
        .map(Candidate::id).toList());
    assertEquals(List.of("C", "A"), q.candidates().stream().map(Candidate::stratum).toList());
    assertEquals(Map.of("explicit", 1), q.exclusionCounts());
  }

  @Test
  void theManifestCommitsToTheDefinitionAndVerifyReportsADifferentOne() {
    InspectionItem food = item("SC-01-01", ApplicabilityRule.builder()
        .addIndustries(IndustryCode.of("F52")).build());
    Population byItem = PopulationBuilder.from(shop())
        .filter(PopulationFilter.applicableTo(food)).build();
    Population byIndustry = PopulationBuilder.from(shop())
        .filter(PopulationFilter.of(EntityQuery.builder()
            .addIndustries(IndustryCode.of("F52")).build())).build();
    assertEquals(byItem.digest(), byIndustry.digest(), "the same entities");
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.5")).withAlternates(1);
    Manifest m = Manifest.create("SX-2024-0009", design, SeedPlan.recorded(), byItem);
    Manifest other = Manifest.create("SX-2024-0009", design, SeedPlan.recorded(), byIndustry);
    assertNotEquals(m.hash(), other.hash(), "but defined differently");
    String text = m.canonicalText();
    assertTrue(text.contains("alternates=1\npopulation.definition=doublerandom-population/v1\n"
        + "population.filter.item=SC-01-01\npopulation.filter.item.industry=F52\n"
        + "population.stratifier=general-risk-class\n"), text);
    assertTrue(text.indexOf("population.eligibility=moved-out")
        < text.indexOf("population-digest="), text);
    DrawRecord r = TargetDraw.draw(m, VALUE, byItem);
    assertTrue(TargetDraw.verify(r, byItem).reproduces());
    DrawRecord back = DrawRecord.fromJson(r.toJson());
    assertEquals(r, back);
    assertTrue(r.toJson().contains("\"definition\" : [\n      \"population.definition="),
        r.toJson());
    List<String> diffs = TargetDraw.verify(r, byIndustry).differences().stream()
        .map(Verification.Difference::toString).toList();
    assertEquals(List.of(
        "manifest.definition: recorded population.filter.item=SC-01-01, recomputed absent",
        "manifest.definition: recorded population.filter.item.industry=F52, recomputed absent",
        "manifest.definition: recorded absent, recomputed population.filter.industry=F52"),
        diffs.subList(0, 3));
    assertEquals(4, diffs.size());
    assertTrue(diffs.get(3).startsWith("manifestHash (recomputed from the population)"));
    assertThrows(IllegalArgumentException.class, () -> TargetDraw.draw(m, VALUE, byIndustry));
  }

  @Test
  void aHandAssembledPopulationHasNoDefinitionAndItsJsonIsUnchanged() {
    Population p = Fixtures.threeStrata();
    DrawRecord r = TargetDraw.draw(Manifest.create("T", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(1)), SeedPlan.recorded(), p), VALUE, p);
    assertTrue(r.manifest().definition().isEmpty());
    assertFalse(r.toJson().contains("definition"), r.toJson());
    assertFalse(r.manifest().canonicalText().contains("population."));
    assertEquals(r, DrawRecord.fromJson(r.toJson()));
  }

  @Test
  void definitionsAreValidated() {
    assertThrows(IllegalArgumentException.class,
        () -> PopulationDefinition.of(List.of("population.filter.kind=enterprise")));
    assertThrows(IllegalArgumentException.class, () -> PopulationDefinition.of(List.of(
        PopulationDefinition.HEADER, "filter.kind=enterprise")));
    assertThrows(IllegalArgumentException.class, () -> PopulationDefinition.of(List.of(
        PopulationDefinition.HEADER, "population.Filter=x")));
    assertThrows(IllegalArgumentException.class, () -> PopulationDefinition.of(List.of(
        PopulationDefinition.HEADER, "population.filter.kind=")));
    assertTrue(PopulationDefinition.of(List.of()).isEmpty());
  }

  @Test
  void weightedPopulationsNeedAScoreForEveryEligibleEntity() {
    Map<String, BigDecimal> weights = Map.of("A", BigDecimal.ONE, "C", new BigDecimal("3"));
    Population p = PopulationBuilder.from(shop()).stratifier("all", e -> "all")
        .scorer("class-weight", e -> e.generalRiskClass().map(weights::get)).build();
    assertEquals(11, p.size());
    assertEquals(Map.of("moved-out", 1), p.exclusionCounts());
    assertTrue(p.candidates().stream().allMatch(c -> c.score().isPresent()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationBuilder.from(shop()).scorer("none", x -> Optional.empty()).build());
    assertTrue(e.getMessage().contains("000000000000001"), e.getMessage());
  }
}
