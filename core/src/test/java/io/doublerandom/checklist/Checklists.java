package io.doublerandom.checklist;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.ItemClaim;
import io.doublerandom.model.ItemKind;
import java.time.LocalDate;

/** Two versions of a small checklist whose differences are known. */
final class Checklists {
  static final String NAME = "随机抽查事项清单";
  static final String COUNTY = "SX-140105-SCJG";
  static final String CITY = "SX-140100-SCJG";

  private Checklists() {}

  static InspectionItem licence() {
    return InspectionItem.builder()
        .code("SC-01-01")
        .category("登记事项检查")
        .name("营业执照(登记证)规范使用情况的检查")
        .kind(ItemKind.GENERAL)
        .addMethods(InspectionMethod.ON_SITE, InspectionMethod.ONLINE_MONITORING)
        .responsibleDepartment("县级以上市场监管部门")
        .addLevels(AuthorityLevel.COUNTY, AuthorityLevel.CITY)
        .build();
  }

  static InspectionItem name() {
    return InspectionItem.builder()
        .code("SC-01-02")
        .category("登记事项检查")
        .name("名称规范使用情况的检查")
        .kind(ItemKind.GENERAL)
        .addMethods(InspectionMethod.ON_SITE)
        .responsibleDepartment("县级以上市场监管部门")
        .addLevels(AuthorityLevel.COUNTY)
        .build();
  }

  static InspectionItem term() {
    return InspectionItem.builder()
        .code("SC-01-03")
        .category("登记事项检查")
        .name("经营(驻在)期限的检查")
        .kind(ItemKind.GENERAL)
        .responsibleDepartment("县级市场监管部门")
        .build();
  }

  static InspectionItem foodProduction() {
    return InspectionItem.builder()
        .code("SC-05-01")
        .category("食品安全检查")
        .name("食品生产者生产条件检查")
        .kind(ItemKind.KEY)
        .addMethods(InspectionMethod.ON_SITE, InspectionMethod.SAMPLING_TEST)
        .responsibleDepartment("市场监管部门")
        .addLevels(AuthorityLevel.CITY)
        .addRequiredSpecialties("食品")
        .build();
  }

  /** Version 1: licence, name, term; claimed: licence and name by the county, term by the city. */
  static Checklist v1() {
    return Checklist.builder()
        .name(NAME)
        .version(1)
        .issuedBy("SX-140000-SCJG")
        .effectiveFrom(LocalDate.of(2023, 1, 1))
        .addItems(licence(), name(), term())
        .addClaims(new ItemClaim("SC-01-01", COUNTY, AuthorityLevel.COUNTY),
            new ItemClaim("SC-01-02", COUNTY, AuthorityLevel.COUNTY),
            new ItemClaim("SC-01-03", CITY, AuthorityLevel.CITY))
        .build();
  }

  /**
   * Version 2: licence unchanged; name renamed, inspected also online and at city level, for
   * enterprises only, with a legal basis; term removed; food production added. Claims: licence
   * by the county (kept), name moved to the city, food production by the city.
   */
  static Checklist v2() {
    InspectionItem renamed = InspectionItem.builder().from(name())
        .name("企业名称规范使用情况的检查")
        .addMethods(InspectionMethod.ONLINE_MONITORING)
        .addLevels(AuthorityLevel.CITY)
        .appliesTo(ApplicabilityRule.builder().addKinds(EntityKind.ENTERPRISE).build())
        .legalBasis("《企业名称登记管理规定》第二十六条")
        .build();
    return Checklist.builder()
        .name(NAME)
        .version(2)
        .issuedBy("SX-140000-SCJG")
        .effectiveFrom(LocalDate.of(2024, 1, 1))
        .addItems(foodProduction(), licence(), renamed)
        .addClaims(new ItemClaim("SC-01-01", COUNTY, AuthorityLevel.COUNTY),
            new ItemClaim("SC-05-01", CITY, AuthorityLevel.CITY),
            new ItemClaim("SC-01-02", CITY, AuthorityLevel.CITY))
        .build();
  }
}
