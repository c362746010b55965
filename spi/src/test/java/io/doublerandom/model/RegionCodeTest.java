package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.doublerandom.model.InvalidIdentifierException.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Structure of GB/T 2260 division codes. */
class RegionCodeTest {
  private static final RegionCode SHANXI = RegionCode.of("140000");
  private static final RegionCode TAIYUAN = RegionCode.of("140100");
  private static final RegionCode XIAODIAN = RegionCode.of("140105");

  private static InvalidIdentifierException rejected(String value) {
    return assertThrows(InvalidIdentifierException.class, () -> RegionCode.of(value));
  }

  @Test
  void invalidCodesAreRejectedNamingTheValue() {
    assertEquals(Reason.BLANK, rejected(null).reason());
    assertEquals(Reason.BLANK, rejected("").reason());
    InvalidIdentifierException shortCode = rejected("14010");
    assertEquals(Reason.LENGTH, shortCode.reason());
    assertEquals("division code must have 6 digits, got 5 in '14010'", shortCode.getMessage());
    assertEquals(Reason.LENGTH, rejected("1401050").reason());
    assertEquals(Reason.LENGTH, rejected(" 140105").reason());
    InvalidIdentifierException letter = rejected("14O105");
    assertEquals(Reason.CHARACTER, letter.reason());
    assertEquals(
        "division code has character 'O' at position 3, allowed are the digits 0-9, got '14O105'",
        letter.getMessage());
    assertEquals(Reason.CHARACTER, rejected("１４０１０５").reason(), "full-width digits");
    InvalidIdentifierException zero = rejected("001234");
    assertEquals(Reason.FORMAT, zero.reason());
    assertEquals("001234", zero.value());
    assertTrue(zero.getMessage().contains("'001234'"), zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RegionCode("000000"));
  }

  @Test
  void levels() {
    assertEquals(RegionLevel.PROVINCE, SHANXI.level());
    assertEquals(RegionLevel.PREFECTURE, TAIYUAN.level());
    assertEquals(RegionLevel.COUNTY, XIAODIAN.level());
    assertEquals(RegionLevel.COUNTY, RegionCode.of("140181").level());
    assertEquals("县级", RegionLevel.COUNTY.label());
  }

  @Test
  void prefixes() {
    assertEquals("14", SHANXI.prefix());
    assertEquals("1401", TAIYUAN.prefix());
    assertEquals("140105", XIAODIAN.prefix());
    assertEquals("1410", RegionCode.of("141000").prefix());
  }

  @Test
  void ancestors() {
    assertEquals(SHANXI, XIAODIAN.province());
    assertEquals(SHANXI, SHANXI.province());
    assertEquals(Optional.of(TAIYUAN), XIAODIAN.prefecture());
    assertEquals(Optional.of(TAIYUAN), TAIYUAN.prefecture());
    assertEquals(Optional.empty(), SHANXI.prefecture());
    assertEquals(Optional.of(TAIYUAN), XIAODIAN.parent());
    assertEquals(Optional.of(SHANXI), TAIYUAN.parent());
    assertEquals(Optional.empty(), SHANXI.parent());
  }

  @Test
  void countyDirectlyUnderAProvinceHasTheStructuralParent() {
    RegionCode xiantao = RegionCode.of("429004");
    assertEquals(Optional.of(RegionCode.of("429000")), xiantao.parent());
    assertEquals(Optional.of(RegionCode.of("420000")), RegionCode.of("429000").parent());
    assertTrue(xiantao.isWithin(RegionCode.of("420000")));
  }

  @Test
  void countyCodeWithoutPrefecturePartHangsFromTheProvince() {
    RegionCode code = RegionCode.of("140001");
    assertEquals(RegionLevel.COUNTY, code.level());
    assertEquals(Optional.empty(), code.prefecture());
    assertEquals(Optional.of(SHANXI), code.parent());
  }

  @Test
  void xiaodianIsWithinTaiyuanAndShanxi() {
    assertTrue(XIAODIAN.isWithin(TAIYUAN));
    assertTrue(XIAODIAN.isWithin(SHANXI));
    assertTrue(TAIYUAN.contains(XIAODIAN));
    assertTrue(SHANXI.contains(XIAODIAN));
    assertTrue(XIAODIAN.isWithin(XIAODIAN));
    assertTrue(SHANXI.contains(SHANXI));
    assertFalse(XIAODIAN.isWithin(RegionCode.of("140200")));
    assertFalse(XIAODIAN.isWithin(RegionCode.of("150000")));
    assertFalse(TAIYUAN.isWithin(XIAODIAN));
    assertFalse(XIAODIAN.contains(TAIYUAN));
    assertFalse(XIAODIAN.isWithin(RegionCode.of("140106")));
  }

  @Test
  void orderAndText() {
    assertTrue(SHANXI.compareTo(TAIYUAN) < 0);
    assertTrue(XIAODIAN.compareTo(RegionCode.of("140200")) < 0);
    assertEquals(0, XIAODIAN.compareTo(RegionCode.of("140105")));
    assertEquals("140105", XIAODIAN.toString());
    assertEquals(XIAODIAN, new RegionCode("140105"));
  }

  @Test
  void everyCodeLiesWithinItsAncestors() {
    qt().withFixedSeed(0x2260L)
        .withExamples(2000)
        .forAll(Generators.regionCodes(), Generators.regionCodes())
        .checkAssert(
            (code, other) -> {
              assertTrue(code.contains(code));
              assertTrue(code.isWithin(code.province()));
              RegionCode below = code;
              for (Optional<RegionCode> up = code.parent();
                  up.isPresent();
                  up = up.get().parent()) {
                assertTrue(code.isWithin(up.get()));
                assertTrue(up.get().level().compareTo(below.level()) < 0);
                below = up.get();
              }
              assertEquals(code.province(), below);
              code.prefecture().ifPresent(p -> assertEquals(RegionLevel.PREFECTURE, p.level()));
              if (code.contains(other) && other.contains(code)) {
                assertEquals(code, other);
              }
              assertEquals(code.contains(other), other.isWithin(code));
              assertTrue(code.value().startsWith(code.prefix()));
            });
  }
}
