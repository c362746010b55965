package io.doublerandom.testkit;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.Authority;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.CreditCode;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.ItemClaim;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.LegacyRegistrationNumber;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RelatedParty;
import io.doublerandom.model.RelationKind;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.RiskScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of valid domain values, for property tests and fuzzing. They are framework-neutral:
 * each method draws from a {@link SplittableRandom} supplied by the caller, so any property-based
 * testing engine can drive them (for QuickTheories: generate a {@code long} seed and map it
 * through {@code new SplittableRandom(seed)}). The same seed always yields the same value.
 *
 * <p>Values exercise every attribute: optional attributes are present about half of the time,
 * collections have zero to three elements, text includes Chinese characters and, where the
 * formats allow it, separators that need escaping.
 */
public final class ModelGenerators {
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final List<RegionCode> COUNTIES = counties();
  private static final String[] WORDS = {
    "食品", "特种设备", "广告", "计量", "药品", "网络交易", "价格", "标准化", "a;b", "x,y", "引号\"",
    "冒号:", "反斜杠\\", "空 格", "Ünïcødé"
  };

  private ModelGenerators() {}

  /** A valid unified social credit code (both check characters correct). */
  public static CreditCode creditCode(SplittableRandom r) {
    while (true) {
      StringBuilder org = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        org.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      char check = CreditCode.organizationCodeCheckCharacter(org);
      if (ALPHABET.indexOf(check) < 0) {
        continue;
      }
      String first17 = "9" + (char) ('1' + r.nextInt(3)) + county(r).value() + org + check;
      return CreditCode.withCheckCharacter(first17);
    }
  }

  /** A 15-digit registration number with a valid check digit. */
  public static LegacyRegistrationNumber legacyNumber(SplittableRandom r) {
    StringBuilder first14 = new StringBuilder(county(r).value());
    for (int i = 0; i < 8; i++) {
      first14.append((char) ('0' + r.nextInt(10)));
    }
    return LegacyRegistrationNumber.withCheckDigit(first14.toString());
  }

  /** An entity identifier: mostly credit codes, sometimes a legacy number. */
  public static EntityId entityId(SplittableRandom r) {
    return r.nextInt(8) == 0 ? legacyNumber(r) : creditCode(r);
  }

  /** A county-level division code of the bundled Shanxi table. */
  public static RegionCode county(SplittableRandom r) {
    return COUNTIES.get(r.nextInt(COUNTIES.size()));
  }

  /** A GB/T 4754 industry code of one to four digits' depth. */
  public static IndustryCode industry(SplittableRandom r) {
    char section = (char) ('A' + r.nextInt(20));
    int depth = r.nextInt(4);
    StringBuilder code = new StringBuilder().append(section);
    if (depth >= 1) {
      code.append(String.format("%02d", r.nextInt(100)));
    }
    if (depth >= 2) {
      code.append(r.nextInt(10));
    }
    if (depth >= 3) {
      code.append(r.nextInt(10));
    }
    return IndustryCode.of(code.toString());
  }

  /** A date between 1990 and 2030. */
  public static LocalDate date(SplittableRandom r) {
    return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(365 * 40));
  }

  /** A closed date range of up to 60 days. */
  public static DateRange dateRange(SplittableRandom r) {
    LocalDate from = date(r);
    return new DateRange(from, from.plusDays(r.nextInt(60)));
  }

  /** An authority of any level. */
  public static Authority authority(SplittableRandom r) {
    Authority.Builder b = Authority.builder()
        .code("AUTH-" + r.nextInt(100_000))
        .name(text(r) + "市场监督管理局")
        .level(pick(r, AuthorityLevel.values()))
        .region(county(r));
    if (r.nextBoolean()) {
      b.parentCode("AUTH-" + r.nextInt(100_000));
    }
    return b.build();
  }

  /** A market entity with every attribute drawn. */
  public static MarketEntity entity(SplittableRandom r) {
    MarketEntity.Builder b = MarketEntity.builder()
        .id(entityId(r))
        .name(text(r) + "有限公司")
        .kind(pick(r, EntityKind.values()))
        .registrationAuthority("AUTH-" + r.nextInt(1000))
        .region(county(r))
        .status(pick(r, RegistrationStatus.values()))
        .abnormalList(r.nextInt(5) == 0);
    if (r.nextBoolean()) {
      b.industry(industry(r));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addTags(word(r));
    }
    List<String> domains = new ArrayList<>(List.of(RiskRating.GENERAL, RiskRating.FOOD,
        RiskRating.SPECIAL_EQUIPMENT, RiskRating.DRUGS));
    for (int i = r.nextInt(3); i > 0; i--) {
      String domain = domains.remove(r.nextInt(domains.size()));
      b.addRiskRatings(new RiskRating(domain, String.valueOf((char) ('A' + r.nextInt(4))),
          date(r)));
    }
    if (r.nextBoolean()) {
      b.size(pick(r, EntitySize.values()));
    }
    if (r.nextBoolean()) {
      b.establishedOn(date(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addRelatedParties(new RelatedParty(pick(r, PartyRole.values()), "P" + r.nextInt(10_000)
          + (r.nextInt(4) == 0 ? ";:" : "")));
    }
    return b.build();
  }

  /** A declared conflict, with an entity or with a party. */
  public static DeclaredConflict conflict(SplittableRandom r) {
    DeclaredConflict.Builder b = DeclaredConflict.builder().relation(pick(r, RelationKind.values()));
    if (r.nextBoolean()) {
      b.entity(entityId(r));
    } else {
      b.partyId("P" + r.nextInt(10_000));
    }
    if (r.nextBoolean()) {
      b.note(text(r));
    }
    return b.build();
  }

  /** An inspector with every attribute drawn. */
  public static Inspector inspector(SplittableRandom r) {
    InspectorKind kind = pick(r, InspectorKind.values());
    Inspector.Builder b = Inspector.builder()
        .id("INS-" + r.nextInt(1_000_000))
        .name(text(r))
        .authorityCode("AUTH-" + r.nextInt(1000))
        .level(pick(r, AuthorityLevel.values()))
        .region(county(r))
        .kind(kind)
        .active(r.nextInt(10) != 0);
    if (r.nextBoolean()) {
      b.department(text(r) + "科");
    }
    if (kind == InspectorKind.ENFORCEMENT_OFFICER || r.nextInt(4) == 0) {
      LocalDate from = date(r);
      b.certificate(new EnforcementCertificate("C" + r.nextInt(1_000_000), from,
          from.plusDays(r.nextInt(3000))));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addSpecialties(word(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addConflicts(conflict(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addUnavailable(dateRange(r));
    }
    return b.build();
  }

  /** An applicability rule; empty conditions are as likely as set ones. */
  public static ApplicabilityRule rule(SplittableRandom r) {
    ApplicabilityRule.Builder b = ApplicabilityRule.builder();
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addKinds(pick(r, EntityKind.values()));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addIndustries(industry(r));
    }
    for (int i = r.nextInt(2); i > 0; i--) {
      b.addAllTags(word(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addAnyTags(word(r));
    }
    return b.build();
  }

  /** An inspection item with every attribute drawn; its code is {@code prefix} plus a number. */
  public static InspectionItem item(SplittableRandom r, String code) {
    InspectionItem.Builder b = InspectionItem.builder()
        .code(code)
        .category(text(r) + "检查")
        .name(text(r) + "的检查")
        .appliesTo(rule(r))
        .kind(pick(r, ItemKind.values()))
        .responsibleDepartment(text(r) + "市场监管部门");
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addMethods(pick(r, InspectionMethod.values()));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addLevels(pick(r, AuthorityLevel.values()));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addRequiredSpecialties(word(r));
    }
    if (r.nextBoolean()) {
      b.targetDescription(text(r));
    }
    if (r.nextBoolean()) {
      b.legalBasis("《" + text(r) + "条例》第" + (1 + r.nextInt(99)) + "条");
    }
    return b.build();
  }

  /** A checklist of up to eight items with claims of some of them. */
  public static Checklist checklist(SplittableRandom r) {
    Checklist.Builder b = Checklist.builder()
        .name(text(r) + "随机抽查事项清单")
        .version(1 + r.nextInt(5));
    if (r.nextBoolean()) {
      b.issuedBy("AUTH-" + r.nextInt(1000));
    }
    if (r.nextBoolean()) {
      b.effectiveFrom(date(r));
    }
    int items = r.nextInt(9);
    for (int i = 0; i < items; i++) {
      InspectionItem item = item(r, String.format("SC-%02d-%02d", i / 4 + 1, i % 4 + 1));
      b.addItems(item);
      if (r.nextBoolean()) {
        b.addClaims(new ItemClaim(item.code(), "AUTH-" + i, pick(r, AuthorityLevel.values())));
      }
    }
    return b.build();
  }

  /** A risk scheme of two to six classes. */
  public static RiskScheme riskScheme(SplittableRandom r) {
    int n = 2 + r.nextInt(5);
    List<RiskScheme.RiskClass> classes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      classes.add(new RiskScheme.RiskClass(String.valueOf((char) ('A' + i)), text(r)));
    }
    return new RiskScheme("scheme-" + r.nextInt(100), classes);
  }

  /** Some Chinese text of two to six characters. */
  public static String text(SplittableRandom r) {
    StringBuilder s = new StringBuilder();
    for (int i = 2 + r.nextInt(5); i > 0; i--) {
      s.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
    }
    return s.toString();
  }

  private static String word(SplittableRandom r) {
    String w = WORDS[r.nextInt(WORDS.length)];
    return w.contains(";") ? w.replace(';', '/') : w;
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static List<RegionCode> counties() {
    List<RegionCode> out = new ArrayList<>();
    RegionTable table = RegionTable.shanxi();
    for (RegionCode code : table.codes()) {
      if (code.level() == io.doublerandom.model.RegionLevel.COUNTY) {
        out.add(code);
      }
    }
    return List.copyOf(out);
  }
}
