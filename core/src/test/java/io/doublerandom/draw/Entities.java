package io.doublerandom.draw;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.time.LocalDate;
import java.util.List;

/** Market entities for population tests, decoded from small integer choices. */
final class Entities {
  static final LocalDate RATED = LocalDate.of(2024, 1, 1);
  static final List<String> REGIONS = List.of("140105", "140106", "140202", "140000", "140107");
  static final List<String> INDUSTRIES = List.of("C1391", "C14", "F5211", "F52", "A0111");
  static final List<String> TAGS = List.of("食品生产", "食品销售", "网络经营", "特种设备使用");
  static final List<String> CLASSES = List.of("A", "B", "C", "D");

  private Entities() {}

  /** A 15-digit registration number ending in {@code n}. */
  static EntityId id(int n) {
    return EntityId.parse(String.format("%015d", n));
  }

  /** An operating enterprise of 140105 without rating, id {@code n}. */
  static MarketEntity.Builder plain(int n) {
    return MarketEntity.builder()
        .id(id(n))
        .name("主体" + n)
        .kind(EntityKind.ENTERPRISE)
        .registrationAuthority("140105")
        .region(RegionCode.of("140105"))
        .status(RegistrationStatus.OPERATING);
  }

  /** An entity decoded from {@code c} (eight values 0..9999), with the id {@code n}. */
  static MarketEntity decode(int n, int[] c) {
    MarketEntity.Builder b = plain(n)
        .kind(pick(List.of(EntityKind.values()), c[0]))
        .region(RegionCode.of(pick(REGIONS, c[1])))
        .status(c[2] % 10 < 6 ? RegistrationStatus.OPERATING
            : pick(List.of(RegistrationStatus.values()), c[2]));
    if (c[3] % 5 != 0) {
      b.industry(IndustryCode.of(pick(INDUSTRIES, c[3])));
    }
    for (int t = 0; t < TAGS.size(); t++) {
      if ((c[4] >> t & 1) == 1) {
        b.addTags(TAGS.get(t));
      }
    }
    if (c[5] % 6 != 0) {
      b.addRiskRatings(RiskRating.general(pick(CLASSES, c[5]), RATED));
    }
    if (c[6] % 4 != 0) {
      b.size(pick(List.of(EntitySize.values()), c[6]));
    }
    b.abnormalList(c[7] % 7 == 0);
    return b.build();
  }

  static <T> T pick(List<T> values, int choice) {
    return values.get(Math.floorMod(choice, values.size()));
  }
}
