package io.doublerandom.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.CreditCode;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.LegacyRegistrationNumber;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.testkit.ShanxiSampleGenerator.SampleData;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShanxiSampleGeneratorTest {
  private static SampleData sample;

  @BeforeAll
  static void generate() {
    sample = ShanxiSampleGenerator.bundledSample();
  }

  @Test
  void sameSeedGivesSameDataAndAnotherSeedDifferentData() {
    SampleData again = new ShanxiSampleGenerator(ShanxiSampleGenerator.DEFAULT_SEED)
        .generate(ShanxiSampleGenerator.DEFAULT_ENTITIES, ShanxiSampleGenerator.DEFAULT_INSPECTORS);
    assertEquals(sample, again);
    SampleData other = new ShanxiSampleGenerator(1).generate(500, 60);
    assertNotEquals(sample.entities().subList(0, 500), other.entities());
  }

  @Test
  void sizesAreAsRequested() {
    assertEquals(20_000, sample.entities().size());
    assertEquals(360, sample.inspectors().size());
    assertEquals(1 + 11 + 117, sample.authorities().size());
  }

  @Test
  void everyIdentifierIsValidAndUnique() {
    Set<EntityId> ids = new HashSet<>();
    int legacy = 0;
    for (MarketEntity e : sample.entities()) {
      assertTrue(ids.add(e.id()), "duplicate " + e.id());
      if (e.id() instanceof CreditCode code) {
        // strict: the embedded organisation code is valid too
        assertEquals(code, CreditCode.parseStrict(code.value()));
        assertEquals(e.region(), code.divisionCode());
        char category = code.entityCategoryCode();
        switch (e.kind()) {
          case INDIVIDUAL_BUSINESS -> assertEquals('2', category);
          case FARMERS_COOPERATIVE -> assertEquals('3', category);
          default -> assertEquals('1', category);
        }
      } else {
        LegacyRegistrationNumber number = (LegacyRegistrationNumber) e.id();
        assertTrue(number.checkDigitValid(), number.value());
        legacy++;
      }
    }
    assertTrue(legacy > 20 && legacy < 300, "legacy numbers: " + legacy);
  }

  @Test
  void entitiesCoverEveryCityAndCountyInPlausibleProportions() {
    Set<RegionCode> counties = new HashSet<>();
    Map<RegionCode, Integer> perCity = new TreeMap<>();
    for (MarketEntity e : sample.entities()) {
      counties.add(e.region());
      perCity.merge(e.region().prefecture().orElseThrow(), 1, Integer::sum);
      assertTrue(sample.regions().contains(e.region()), e.region().value());
    }
    assertEquals(11, perCity.size());
    assertEquals(117, counties.size(), "every county has entities");
    // Taiyuan (weight 54) is larger than Yangquan (weight 13)
    assertTrue(perCity.get(RegionCode.of("140100")) > 3 * perCity.get(RegionCode.of("140300")));

    Map<EntityKind, Long> kinds = sample.entities().stream()
        .collect(Collectors.groupingBy(MarketEntity::kind, Collectors.counting()));
    assertBetween(kinds.get(EntityKind.INDIVIDUAL_BUSINESS), 0.60, 0.68);
    assertBetween(kinds.get(EntityKind.ENTERPRISE), 0.24, 0.30);
    assertTrue(kinds.containsKey(EntityKind.FOREIGN_REPRESENTATIVE_OFFICE));
    Map<RegistrationStatus, Long> statuses = sample.entities().stream()
        .collect(Collectors.groupingBy(MarketEntity::status, Collectors.counting()));
    assertBetween(statuses.get(RegistrationStatus.OPERATING), 0.86, 0.90);
    assertEquals(RegistrationStatus.values().length, statuses.size());
    Map<String, Long> risk = sample.entities().stream()
        .filter(e -> e.generalRiskClass().isPresent())
        .collect(Collectors.groupingBy(e -> e.generalRiskClass().get(), Collectors.counting()));
    assertEquals(Set.of("A", "B", "C", "D"), risk.keySet());
    assertTrue(risk.get("A") > risk.get("B") && risk.get("B") > risk.get("C")
        && risk.get("C") > risk.get("D"));
  }

  @Test
  void inspectorsHaveCertificatesSomeExpiredExpertsConflictsAndLeave() {
    LocalDate day = LocalDate.of(ShanxiSampleGenerator.SAMPLE_YEAR, 6, 1);
    long officers = count(i -> i.kind() == InspectorKind.ENFORCEMENT_OFFICER);
    long experts = count(i -> i.kind() == InspectorKind.EXPERT);
    long expired = count(i -> i.certificate().isPresent() && !i.isCertifiedOn(day));
    long withConflicts = count(i -> !i.conflicts().isEmpty());
    long withLeave = count(i -> !i.unavailable().isEmpty());
    assertTrue(officers >= 280, "officers " + officers);
    assertTrue(experts >= 30, "experts " + experts);
    assertTrue(expired >= 10, "expired " + expired);
    assertTrue(withConflicts >= 10, "conflicts " + withConflicts);
    assertTrue(withLeave >= 20, "leave " + withLeave);
    assertTrue(count(i -> i.kind() == InspectorKind.ENFORCEMENT_OFFICER
        && i.certificate().isEmpty()) == 0, "every officer holds a certificate");
    // every conflict names an entity of the directory or a party of one
    Set<EntityId> ids = sample.entities().stream().map(MarketEntity::id).collect(
        Collectors.toSet());
    Set<String> parties = sample.entities().stream()
        .flatMap(e -> e.relatedParties().stream()).map(p -> p.partyId())
        .collect(Collectors.toSet());
    for (Inspector i : sample.inspectors()) {
      for (DeclaredConflict c : i.conflicts()) {
        assertTrue(c.entity().map(ids::contains).orElseGet(() -> parties.contains(
            c.partyId().orElseThrow())), i.id());
      }
    }
    // every county bureau has someone in the directory
    Set<String> authorities = sample.inspectors().stream().map(Inspector::authorityCode)
        .collect(Collectors.toSet());
    sample.authorities().forEach(a -> assertTrue(authorities.contains(a.code()), a.code()));
  }

  @Test
  void checklistComesFromTheReferenceItemsAndEveryItemHasTargets() {
    assertEquals(60, sample.checklist().items().size());
    assertEquals("随机抽查事项清单", sample.checklist().name());
    assertTrue(sample.checklist().items().stream().anyMatch(i -> i.kind().name().equals("KEY")));
    for (InspectionItem item : sample.checklist().items()) {
      assertFalse(item.levels().isEmpty(), item.code());
      assertFalse(item.methods().isEmpty(), item.code());
      long targets = sample.entities().stream().filter(item.appliesTo()::matches).count();
      assertTrue(targets > 0, "no entity for item " + item.code());
    }
    long countyClaims = sample.checklist().claims().stream()
        .filter(c -> c.level() == AuthorityLevel.COUNTY).count();
    assertTrue(countyClaims > 1000, "county claims " + countyClaims);
  }

  private static long count(java.util.function.Predicate<Inspector> p) {
    return sample.inspectors().stream().filter(p).count();
  }

  private static void assertBetween(long count, double low, double high) {
    double share = count / (double) sample.entities().size();
    assertTrue(share >= low && share <= high, "share " + share + " not in [" + low + ", " + high
        + "]");
  }
}
