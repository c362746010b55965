package io.doublerandom.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectorDirectoryTest {
  private static final String XIAODIAN = "SX-140105-SCJG";
  private static final String TAIYUAN = "SX-140100-SCJG";
  private static final String PROVINCE = "SX-140000-SCJG";
  private static final String DATONG_PINGCHENG = "SX-140213-SCJG";
  private static final LocalDate MID_MARCH = LocalDate.of(2025, 3, 15);

  private static Inspector.Builder officer(String id, String authority, AuthorityLevel level,
      String region) {
    return Inspector.builder().id(id).name("检查员" + id).authorityCode(authority).level(level)
        .region(RegionCode.of(region)).kind(InspectorKind.ENFORCEMENT_OFFICER);
  }

  private static EnforcementCertificate cert(String number, int fromYear, int toYear) {
    return new EnforcementCertificate(number, LocalDate.of(fromYear, 1, 1),
        LocalDate.of(toYear, 12, 31));
  }

  /** Five inspectors, out of id order. */
  static List<Inspector> five() {
    List<Inspector> out = new ArrayList<>();
    out.add(officer("I003", XIAODIAN, AuthorityLevel.COUNTY, "140105")
        .certificate(cert("C3", 2024, 2026))
        .addSpecialties("食品", "特种设备")
        .addUnavailable(new DateRange(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20)))
        .build());
    out.add(officer("I001", XIAODIAN, AuthorityLevel.COUNTY, "140105")
        .certificate(cert("C1", 2020, 2024))
        .addSpecialties("食品")
        .build());
    out.add(officer("I005", DATONG_PINGCHENG, AuthorityLevel.COUNTY, "140213")
        .certificate(cert("C5", 2023, 2027))
        .addSpecialties("药品", "食品")
        .build());
    out.add(officer("I002", TAIYUAN, AuthorityLevel.CITY, "140100")
        .kind(InspectorKind.EXPERT)
        .addSpecialties("特种设备")
        .build());
    out.add(officer("I004", PROVINCE, AuthorityLevel.PROVINCE, "140000")
        .certificate(cert("C4", 2025, 2025))
        .active(false)
        .build());
    return out;
  }

  private final InspectorDirectory dir = InspectorDirectory.of(five());

  private List<String> select(InspectorQuery q) {
    List<String> ids = new ArrayList<>();
    dir.query(q).forEach(i -> ids.add(i.id()));
    assertEquals(ids.size(), dir.count(q));
    return ids;
  }

  @Test
  void keepsInspectorsInIdOrder() {
    assertEquals(5, dir.size());
    assertEquals(List.of("I001", "I002", "I003", "I004", "I005"), select(InspectorQuery.all()));
  }

  @Test
  void getFindsById() {
    assertEquals("检查员I004", dir.get("I004").orElseThrow().name());
    assertTrue(dir.get("I000").isEmpty());
    assertTrue(dir.get("I006").isEmpty());
  }

  @Test
  void rejectsDuplicateIdsListingEach() {
    List<Inspector> inspectors = new ArrayList<>(five());
    inspectors.add(officer("I002", XIAODIAN, AuthorityLevel.COUNTY, "140105").build());
    inspectors.add(officer("I005", XIAODIAN, AuthorityLevel.COUNTY, "140105").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InspectorDirectory.of(inspectors));
    assertEquals("inspector id must be unique, got 2 repeated ids: I002, I005", e.getMessage());
  }

  @Test
  void authoritiesSelectAnyOf() {
    assertEquals(List.of("I001", "I003"),
        select(InspectorQuery.builder().addAuthorities(XIAODIAN).build()));
    assertEquals(List.of("I001", "I002", "I003"),
        select(InspectorQuery.builder().addAuthorities(XIAODIAN, TAIYUAN).build()));
  }

  @Test
  void regionsSelectByContainment() {
    assertEquals(List.of("I001", "I002", "I003"),
        select(InspectorQuery.builder().addRegions(RegionCode.of("140100")).build()));
    assertEquals(List.of("I005"),
        select(InspectorQuery.builder().addRegions(RegionCode.of("140200")).build()));
    assertEquals(List.of("I001", "I002", "I003", "I004", "I005"),
        select(InspectorQuery.builder().addRegions(RegionCode.of("140000")).build()));
  }

  @Test
  void levelsAndKindsSelectAnyOf() {
    assertEquals(List.of("I001", "I003", "I005"),
        select(InspectorQuery.builder().addLevels(AuthorityLevel.COUNTY).build()));
    assertEquals(List.of("I002", "I004"), select(InspectorQuery.builder()
        .addLevels(AuthorityLevel.CITY, AuthorityLevel.PROVINCE).build()));
    assertEquals(List.of("I002"),
        select(InspectorQuery.builder().addKinds(InspectorKind.EXPERT).build()));
  }

  @Test
  void specialtiesRequireEveryOne() {
    assertEquals(List.of("I001", "I003", "I005"),
        select(InspectorQuery.builder().addSpecialties("食品").build()));
    assertEquals(List.of("I003"),
        select(InspectorQuery.builder().addSpecialties("食品", "特种设备").build()));
  }

  @Test
  void certifiedOnNeedsACertificateValidThatDay() {
    assertEquals(List.of("I003", "I004", "I005"),
        select(InspectorQuery.builder().certifiedOn(MID_MARCH).build()));
    assertEquals(List.of("I001", "I003", "I005"),
        select(InspectorQuery.builder().certifiedOn(LocalDate.of(2024, 12, 31)).build()));
  }

  @Test
  void availableOnNeedsActiveAndNotOnLeave() {
    assertEquals(List.of("I001", "I002", "I005"),
        select(InspectorQuery.builder().availableOn(MID_MARCH).build()));
    assertEquals(List.of("I001", "I002", "I003", "I005"),
        select(InspectorQuery.builder().availableOn(LocalDate.of(2025, 3, 21)).build()));
  }

  @Test
  void activeOnlyDropsInactiveEntries() {
    assertEquals(List.of("I001", "I002", "I003", "I005"),
        select(InspectorQuery.builder().activeOnly(true).build()));
  }

  @Test
  void conditionsAreAnded() {
    assertEquals(List.of("I005"), select(InspectorQuery.builder()
        .addLevels(AuthorityLevel.COUNTY)
        .addSpecialties("食品")
        .certifiedOn(MID_MARCH)
        .availableOn(MID_MARCH)
        .build()));
  }

  @Test
  void countsAreSortedOrInEnumOrder() {
    assertEquals(List.of("特种设备", "药品", "食品"),
        List.copyOf(dir.countBySpecialty().keySet()));
    assertEquals(Map.of("特种设备", 2, "药品", 1, "食品", 3), dir.countBySpecialty());
    assertEquals(List.of(InspectorKind.ENFORCEMENT_OFFICER, InspectorKind.EXPERT),
        List.copyOf(dir.countByKind().keySet()));
    assertEquals(List.of(4, 1), List.copyOf(dir.countByKind().values()));
    assertEquals(List.of(PROVINCE, TAIYUAN, XIAODIAN, DATONG_PINGCHENG),
        List.copyOf(dir.countByAuthority().keySet()));
    assertEquals(List.of(1, 1, 2, 1), List.copyOf(dir.countByAuthority().values()));
  }

  @Test
  void emptyDirectoryCountsZeroPerKind() {
    InspectorDirectory empty = InspectorDirectory.of(List.of());
    assertEquals(Map.of(InspectorKind.ENFORCEMENT_OFFICER, 0, InspectorKind.EXPERT, 0),
        empty.countByKind());
    assertEquals(List.of(), empty.query(InspectorQuery.all()));
  }
}
