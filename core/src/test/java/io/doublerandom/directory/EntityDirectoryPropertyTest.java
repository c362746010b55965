package io.doublerandom.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The indexes answer exactly what a scan with {@link EntityQuery#matches} and
 * {@link ApplicabilityRule#matches} answers, on random directories and random queries.
 *
 * <p>Entities and queries are decoded from arrays of random ints so that QuickTheories can
 * generate and shrink them. Vocabularies mix frequent and rare values, and directories go up to
 * a few hundred entities, so that both set representations (bitset and posting list) and both
 * intersection strategies (union-and-AND, probing) are exercised.
 */
class EntityDirectoryPropertyTest {
  private static final long SEED = 20240617L;

  private static final List<String> REGIONS = List.of("140000", "140100", "140105", "140105",
      "140105", "140106", "140106", "140107", "140200", "140202", "140202", "149900");
  private static final List<String> QUERY_REGIONS = List.of("140000", "140100", "140105",
      "140106", "140200", "140202", "140211", "150000", "149900");
  private static final List<String> INDUSTRIES = List.of("C", "C13", "C1391", "C1391", "C1392",
      "C14", "F", "F52", "F5211", "F5211", "F5212", "A0111");
  private static final List<String> QUERY_INDUSTRIES = List.of("C", "C13", "C139", "C1391",
      "C1392", "C14", "F", "F52", "F5211", "A", "A01", "T", "S");
  private static final List<String> TAGS = List.of("食品生产", "食品生产", "食品销售", "食品销售",
      "网络经营", "特种设备使用", "药品零售");
  private static final List<String> QUERY_TAGS = List.of("食品生产", "食品销售", "网络经营",
      "特种设备使用", "药品零售", "罕见标签", "无此标签");
  private static final List<String> CLASSES = List.of("A", "A", "A", "B", "B", "C");
  private static final List<String> QUERY_CLASSES = List.of("A", "B", "C", "D", "E");
  private static final List<String> DOMAINS = List.of(RiskRating.GENERAL, RiskRating.FOOD,
      RiskRating.SPECIAL_EQUIPMENT, "no-such-domain");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private static final int ENTITY_CHOICES = 12;
  private static final int QUERY_CHOICES = 16;

  private static <T> T pick(List<T> values, int choice) {
    return values.get(Math.floorMod(choice, values.size()));
  }

  /** A rare value one time in 40, else a common one. */
  private static String weighted(List<String> common, String rare, int choice) {
    return choice % 40 == 0 ? rare : pick(common, choice / 40);
  }

  /** An entity decoded from {@code c} (values 0..9999), with the id {@code n}. */
  static MarketEntity entity(int n, int[] c) {
    EntityKind kind = c[0] % 3 == 0 ? EntityKind.ENTERPRISE
        : pick(List.of(EntityKind.values()), c[0] / 3);
    MarketEntity.Builder b = Fixtures.entity(n, kind, weighted(REGIONS, "140211", c[1]))
        .status(c[2] % 10 < 7 ? RegistrationStatus.OPERATING
            : pick(List.of(RegistrationStatus.values()), c[2]))
        .abnormalList(c[3] % 5 == 0);
    if (c[4] % 6 != 0) {
      b.industry(IndustryCode.of(weighted(INDUSTRIES, "T", c[4] / 6)));
    }
    int tagCount = c[5] % 4;
    for (int t = 0; t < tagCount; t++) {
      b.addTags(weighted(TAGS, "罕见标签", c[6 + t]));
    }
    if (c[9] % 8 != 0) {
      b.addRiskRatings(RiskRating.general(weighted(CLASSES, "D", c[9] / 8), DAY));
    }
    if (c[10] % 3 == 0) {
      b.addRiskRatings(new RiskRating(c[10] % 2 == 0 ? RiskRating.FOOD
          : RiskRating.SPECIAL_EQUIPMENT, pick(CLASSES, c[10] / 6), DAY));
    }
    if (c[11] % 4 != 0) {
      b.size(pick(List.of(EntitySize.values()), c[11] / 4));
    }
    return b.build();
  }

  /** Whether a condition is present: about one time in three. */
  private static boolean present(int choice) {
    return choice % 3 == 0;
  }

  /** A non-empty subset of {@code values} chosen by the bits of {@code choice / 3}. */
  private static <T extends Comparable<? super T>> TreeSet<T> subset(List<T> values, int choice) {
    TreeSet<T> out = new TreeSet<>();
    int bits = choice / 3;
    for (int i = 0; i < values.size(); i++) {
      if ((bits >> i & 1) == 1) {
        out.add(values.get(i));
      }
    }
    if (out.isEmpty()) {
      out.add(pick(values, bits));
    }
    return out;
  }

  static ApplicabilityRule rule(int[] c, int from) {
    ApplicabilityRule.Builder b = ApplicabilityRule.builder();
    if (present(c[from])) {
      b.addAllKinds(subset(List.of(EntityKind.values()), c[from]));
    }
    if (present(c[from + 1])) {
      b.addAllIndustries(industries(c[from + 1]));
    }
    if (present(c[from + 2])) {
      b.addAllAllTags(subset(QUERY_TAGS, c[from + 2]));
    }
    if (present(c[from + 3])) {
      b.addAllAnyTags(subset(QUERY_TAGS, c[from + 3]));
    }
    return b.build();
  }

  private static List<IndustryCode> industries(int choice) {
    List<IndustryCode> out = new ArrayList<>();
    subset(QUERY_INDUSTRIES, choice).forEach(s -> out.add(IndustryCode.of(s)));
    return out;
  }

  static EntityQuery query(int[] c) {
    EntityQuery.Builder b = EntityQuery.builder();
    if (present(c[0])) {
      subset(QUERY_REGIONS, c[0]).forEach(r -> b.addRegions(RegionCode.of(r)));
    }
    if (present(c[1])) {
      b.addAllKinds(subset(List.of(EntityKind.values()), c[1]));
    }
    if (present(c[2])) {
      b.addAllIndustries(industries(c[2]));
    }
    if (present(c[3])) {
      b.addAllAllTags(subset(QUERY_TAGS, c[3]));
    }
    if (present(c[4])) {
      b.addAllAnyTags(subset(QUERY_TAGS, c[4]));
    }
    if (present(c[5])) {
      b.addAllStatuses(subset(List.of(RegistrationStatus.values()), c[5]));
    }
    if (c[6] % 4 != 0) {
      b.riskDomain(pick(DOMAINS, c[6] / 4));
    }
    if (present(c[7])) {
      b.addAllRiskClasses(subset(QUERY_CLASSES, c[7]));
    }
    if (present(c[8])) {
      b.abnormalList(c[8] % 2 == 0);
    }
    if (present(c[9])) {
      b.addAllSizes(subset(List.of(EntitySize.values()), c[9]));
    }
    if (present(c[10])) {
      b.rule(rule(c, 11));
    }
    return b.build();
  }

  private static Gen<int[]> choices(int length) {
    return Generate.intArrays(Generate.constant(length), Generate.range(0, 9_999));
  }

  private static Gen<List<MarketEntity>> entities(int maxSize) {
    return lists().of(choices(ENTITY_CHOICES)).ofSizeBetween(0, maxSize).map(specs -> {
      List<MarketEntity> out = new ArrayList<>(specs.size());
      for (int i = 0; i < specs.size(); i++) {
        // ids deliberately not in list order: n = (7919 * i) mod 100003 is a permutation
        out.add(entity((int) ((7919L * (i + 1)) % 100_003), specs.get(i)));
      }
      return out;
    });
  }

  private static Gen<List<EntityQuery>> queries() {
    return lists().of(choices(QUERY_CHOICES).map(EntityDirectoryPropertyTest::query))
        .ofSizeBetween(1, 12);
  }

  private static List<MarketEntity> bruteForce(List<MarketEntity> sortedAll, EntityQuery q) {
    List<MarketEntity> out = new ArrayList<>();
    for (MarketEntity e : sortedAll) {
      if (q.matches(e)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void queriesEqualBruteForce() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(entities(400), queries())
        .checkAssert((entities, qs) -> {
          EntityDirectory dir = EntityDirectory.of(entities);
          for (EntityQuery q : qs) {
            List<MarketEntity> expected = bruteForce(dir.all(), q);
            assertEquals(expected, dir.query(q), () -> "query " + q);
            assertEquals(expected.size(), dir.count(q), () -> "count " + q);
          }
        });
  }

  @Test
  void applicableToEqualsRuleMatches() {
    qt().withFixedSeed(SEED + 1).withExamples(300)
        .forAll(entities(300), choices(4).map(c -> rule(c, 0)))
        .checkAssert((entities, rule) -> {
          EntityDirectory dir = EntityDirectory.of(entities);
          List<MarketEntity> expected = new ArrayList<>();
          for (MarketEntity e : dir.all()) {
            if (rule.matches(e)) {
              expected.add(e);
            }
          }
          assertEquals(expected, dir.applicableTo(rule), () -> "rule " + rule);
        });
  }

  @Test
  void directoryIsSortedByIdAndKeepsEveryEntity() {
    qt().withFixedSeed(SEED + 2).withExamples(100).forAll(entities(200))
        .checkAssert(entities -> {
          EntityDirectory dir = EntityDirectory.of(entities);
          List<MarketEntity> sorted = new ArrayList<>(entities);
          sorted.sort((a, b) -> a.id().compareTo(b.id()));
          assertEquals(sorted, dir.all());
          for (MarketEntity e : entities) {
            assertEquals(Optional.of(e), dir.get(e.id()));
          }
        });
  }

  @Test
  void summariesEqualBruteForceCounts() {
    qt().withFixedSeed(SEED + 3).withExamples(100).forAll(entities(300))
        .checkAssert(entities -> {
          EntityDirectory dir = EntityDirectory.of(entities);
          Map<String, Integer> risk = new TreeMap<>();
          Map<RegionCode, Integer> prefecture = new TreeMap<>();
          Map<String, Integer> tags = new TreeMap<>();
          for (MarketEntity e : entities) {
            risk.merge(e.riskClass(RiskRating.FOOD).orElse(EntityDirectory.NO_RATING), 1,
                Integer::sum);
            prefecture.merge(e.region().prefecture().orElse(e.region()), 1, Integer::sum);
            e.tags().forEach(t -> tags.merge(t, 1, Integer::sum));
          }
          assertEquals(risk, dir.countByRiskClass(RiskRating.FOOD));
          assertEquals(prefecture, dir.countByPrefecture());
          assertEquals(tags, dir.countByTag());
          for (EntityKind k : EntityKind.values()) {
            assertEquals(entities.stream().filter(e -> e.kind() == k).count(),
                (long) dir.countByKind().get(k));
          }
          for (RegistrationStatus s : RegistrationStatus.values()) {
            assertEquals(entities.stream().filter(e -> e.status() == s).count(),
                (long) dir.countByStatus().get(s));
          }
        });
  }
}
