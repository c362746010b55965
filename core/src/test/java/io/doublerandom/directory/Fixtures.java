package io.doublerandom.directory;

import io.doublerandom.model.EntityId;
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

/** A small hand-made directory whose query answers are known. */
final class Fixtures {
  static final LocalDate RATED = LocalDate.of(2025, 1, 1);

  private Fixtures() {}

  /** A 15-digit legacy registration number ending in {@code n}. */
  static EntityId id(int n) {
    return EntityId.parse(String.format("%015d", n));
  }

  static MarketEntity.Builder entity(int n, EntityKind kind, String region) {
    return MarketEntity.builder()
        .id(id(n))
        .name("主体" + n)
        .kind(kind)
        .registrationAuthority(region)
        .region(RegionCode.of(region))
        .status(RegistrationStatus.OPERATING);
  }

  /**
   * Six entities, listed out of id order:
   *
   * <pre>
   * n kind       region  industry status       tags                 general other     size   abnormal
   * 5 BRANCH     140000  C1391    REVOKED      食品生产, 网络经营       B       food=D    LARGE  no
   * 2 INDIVIDUAL 140106  F5211    OPERATING    网络经营, 食品销售       C       -         MICRO  yes
   * 6 ENTERPRISE 140105  A0111    OPERATING    特种设备使用             A       spec=C    MEDIUM yes
   * 1 ENTERPRISE 140105  C1391    OPERATING    食品生产                A       food=B    SMALL  no
   * 4 COOP       140100  -        OPERATING    农产品                  -       -         -      no
   * 3 ENTERPRISE 140202  C13      DEREGISTERED -                      D       -         -      no
   * </pre>
   */
  static List<MarketEntity> six() {
    List<MarketEntity> out = new ArrayList<>();
    out.add(entity(5, EntityKind.BRANCH, "140000")
        .industry(IndustryCode.of("C1391"))
        .status(RegistrationStatus.REVOKED)
        .addTags("食品生产", "网络经营")
        .addRiskRatings(RiskRating.general("B", RATED), new RiskRating(RiskRating.FOOD, "D", RATED))
        .size(EntitySize.LARGE)
        .build());
    out.add(entity(2, EntityKind.INDIVIDUAL_BUSINESS, "140106")
        .industry(IndustryCode.of("F5211"))
        .addTags("食品销售", "网络经营")
        .addRiskRatings(RiskRating.general("C", RATED))
        .size(EntitySize.MICRO)
        .abnormalList(true)
        .build());
    out.add(entity(6, EntityKind.ENTERPRISE, "140105")
        .industry(IndustryCode.of("A0111"))
        .addTags("特种设备使用")
        .addRiskRatings(RiskRating.general("A", RATED),
            new RiskRating(RiskRating.SPECIAL_EQUIPMENT, "C", RATED))
        .size(EntitySize.MEDIUM)
        .abnormalList(true)
        .build());
    out.add(entity(1, EntityKind.ENTERPRISE, "140105")
        .industry(IndustryCode.of("C1391"))
        .addTags("食品生产")
        .addRiskRatings(RiskRating.general("A", RATED), new RiskRating(RiskRating.FOOD, "B", RATED))
        .size(EntitySize.SMALL)
        .build());
    out.add(entity(4, EntityKind.FARMERS_COOPERATIVE, "140100")
        .addTags("农产品")
        .build());
    out.add(entity(3, EntityKind.ENTERPRISE, "140202")
        .industry(IndustryCode.of("C13"))
        .status(RegistrationStatus.DEREGISTERED)
        .addRiskRatings(RiskRating.general("D", RATED))
        .build());
    return out;
  }

  /** The numbers (ids as integers) of {@code entities}, in list order. */
  static List<Integer> numbers(List<MarketEntity> entities) {
    List<Integer> out = new ArrayList<>();
    for (MarketEntity e : entities) {
      out.add(Integer.parseInt(e.id().value()));
    }
    return out;
  }
}
