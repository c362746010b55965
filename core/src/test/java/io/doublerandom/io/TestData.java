package io.doublerandom.io;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.Authority;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
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
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RelatedParty;
import io.doublerandom.model.RelationKind;
import io.doublerandom.model.RiskRating;
import java.time.LocalDate;
import java.util.Map;

/**
 * Valid model values with every field set, and valid identifiers computed with the GB 32100 and
 * GB 11714 check algorithms, for the JSON and file tests.
 */
public final class TestData {
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** The known valid example code. */
  public static final String KNOWN_CODE = "91350100M000100Y43";

  private TestData() {}

  /** The GB 11714 check character of an 8-character organisation code body. */
  public static char organizationCheck(String body8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char ch = body8.charAt(i);
      int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
      sum += v * ORG_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  /** The GB 32100 check character of the first 17 characters of a credit code. */
  public static char creditCheck(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * A valid credit code: {@code registration2 + division6 + orgBody8 + org check + check}, both
   * check characters computed.
   */
  public static String creditCode(String registration2, String division6, String orgBody8) {
    String first17 = registration2 + division6 + orgBody8 + organizationCheck(orgBody8);
    return first17 + creditCheck(first17);
  }

  /** A credit code whose credit check is right but whose organisation check character is wrong. */
  public static String creditCodeWithBadOrganizationCode(String division6, String orgBody8) {
    char good = organizationCheck(orgBody8);
    char bad = good == '1' ? '2' : '1';
    String first17 = "91" + division6 + orgBody8 + bad;
    return first17 + creditCheck(first17);
  }

  /** {@code code} with its last (check) character replaced by a wrong one. */
  public static String withWrongCheck(String code) {
    char last = code.charAt(code.length() - 1);
    return code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
  }

  /** A valid 15-digit registration number (ISO 7064 MOD 11,10). */
  public static String legacyNumber(String first14) {
    int p = 10;
    for (int i = 0; i < 14; i++) {
      int s = (p + (first14.charAt(i) - '0')) % 10;
      p = (s == 0 ? 10 : s) * 2 % 11;
    }
    for (int c = 0; c < 10; c++) {
      if ((p + c) % 10 == 1) {
        return first14 + c;
      }
    }
    throw new AssertionError(first14);
  }

  /** The region table of the tests: a few divisions of Taiyuan. */
  public static RegionTable regions() {
    return RegionTable.of("test", Map.of(
        RegionCode.of("140100"), "太原市",
        RegionCode.of("140105"), "小店区",
        RegionCode.of("140106"), "迎泽区",
        RegionCode.of("140107"), "杏花岭区"));
  }

  /** An entity with every field set, including several of each multi-valued field. */
  public static MarketEntity fullEntity(String code) {
    return MarketEntity.builder()
        .id(EntityId.parse(code))
        .name("太原市小店区示例食品有限公司, \"分店\"")
        .kind(EntityKind.ENTERPRISE)
        .registrationAuthority("SX-140105-SCJG")
        .region(RegionCode.of("140105"))
        .industry(IndustryCode.of("F5211"))
        .status(RegistrationStatus.OPERATING)
        .abnormalList(true)
        .addTags("食品销售", "网络交易:直播", "冷链\\仓储")
        .addRiskRatings(RiskRating.general("B", LocalDate.of(2024, 6, 30)),
            new RiskRating(RiskRating.FOOD, "C", LocalDate.of(2024, 5, 1)))
        .size(EntitySize.SMALL)
        .establishedOn(LocalDate.of(2015, 3, 9))
        .addRelatedParties(new RelatedParty(PartyRole.LEGAL_REPRESENTATIVE, "P-0001"),
            new RelatedParty(PartyRole.SHAREHOLDER, "P:0002;x"))
        .build();
  }

  /** An entity with only the required fields. */
  public static MarketEntity minimalEntity(String code) {
    return MarketEntity.builder()
        .id(EntityId.parse(code))
        .name("迎泽区示例个体户")
        .kind(EntityKind.INDIVIDUAL_BUSINESS)
        .registrationAuthority("SX-140106-SCJG")
        .region(RegionCode.of("140106"))
        .status(RegistrationStatus.DEREGISTERED)
        .build();
  }

  /** An inspector with a certificate, conflicts of both forms, specialties and leave. */
  public static Inspector fullInspector(String id, String conflictCode) {
    return Inspector.builder()
        .id(id)
        .name("张三")
        .authorityCode("SX-140105-SCJG")
        .department("食品股")
        .level(AuthorityLevel.COUNTY)
        .region(RegionCode.of("140105"))
        .kind(InspectorKind.ENFORCEMENT_OFFICER)
        .certificate(new EnforcementCertificate("14010520230001",
            LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31)))
        .addSpecialties("特种设备", "食品安全")
        .addConflicts(DeclaredConflict.builder().relation(RelationKind.NEAR_RELATIVE)
                .entity(EntityId.parse(conflictCode)).note("配偶任职; 申报:2024").build(),
            DeclaredConflict.withParty(RelationKind.SHAREHOLDER, "P123"))
        .addUnavailable(new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 14)),
            DateRange.of(LocalDate.of(2024, 9, 2)))
        .active(false)
        .build();
  }

  /** An inspector with only the required fields. */
  public static Inspector minimalInspector(String id) {
    return Inspector.builder()
        .id(id)
        .name("李四")
        .authorityCode("SX-140100-SCJG")
        .level(AuthorityLevel.CITY)
        .region(RegionCode.of("140100"))
        .kind(InspectorKind.EXPERT)
        .build();
  }

  /** An authority with a parent. */
  public static Authority authority(String code, String parent) {
    return Authority.builder()
        .code(code)
        .name("太原市小店区市场监督管理局")
        .level(AuthorityLevel.COUNTY)
        .region(RegionCode.of("140105"))
        .parentCode(parent)
        .build();
  }

  /** A top authority without a parent. */
  public static Authority topAuthority(String code) {
    return Authority.builder()
        .code(code)
        .name("太原市市场监督管理局")
        .level(AuthorityLevel.CITY)
        .region(RegionCode.of("140100"))
        .build();
  }

  /** An item with every field set, including an applicability rule. */
  public static InspectionItem fullItem(String code) {
    return InspectionItem.builder()
        .code(code)
        .category("食品安全检查")
        .name("食品销售者经营条件的检查")
        .appliesTo(ApplicabilityRule.builder()
            .addKinds(EntityKind.ENTERPRISE, EntityKind.INDIVIDUAL_BUSINESS)
            .addIndustries(IndustryCode.of("F52"), IndustryCode.of("H62"))
            .addAllTags("食品销售")
            .addAnyTags("冷链", "网络交易")
            .build())
        .targetDescription("企业、个体工商户")
        .kind(ItemKind.KEY)
        .addMethods(InspectionMethod.ON_SITE, InspectionMethod.SAMPLING_TEST)
        .responsibleDepartment("县级市场监管部门")
        .addLevels(AuthorityLevel.CITY, AuthorityLevel.COUNTY)
        .legalBasis("《食品安全法》第三十三条；第一百二十六条")
        .addRequiredSpecialties("食品安全")
        .build();
  }

  /** An item with only the required fields. */
  public static InspectionItem minimalItem(String code) {
    return InspectionItem.builder()
        .code(code)
        .category("登记事项检查")
        .name("名称规范使用情况的检查")
        .kind(ItemKind.GENERAL)
        .responsibleDepartment("县级以上市场监管部门")
        .build();
  }

  /** A checklist with every field set, items and claims. */
  public static Checklist checklist() {
    return Checklist.builder()
        .name("随机抽查事项清单")
        .version(3)
        .issuedBy("SX-140000-SCJG")
        .effectiveFrom(LocalDate.of(2024, 1, 1))
        .addItems(fullItem("SC-16-02"), minimalItem("SC-01-02"))
        .addClaims(new ItemClaim("SC-16-02", "SX-140105-SCJG", AuthorityLevel.COUNTY),
            new ItemClaim("SC-01-02", "SX-140100-SCJG", AuthorityLevel.CITY))
        .build();
  }
}
