package io.doublerandom.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.checklist.ChecklistDiff.FieldChange;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.ItemClaim;
import io.doublerandom.model.ItemKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ChecklistDiffTest {
  private final ChecklistDiff diff = ChecklistDiff.between(Checklists.v1(), Checklists.v2());

  @Test
  void reportsAddedAndRemovedItems() {
    assertEquals(List.of(Checklists.foodProduction()), diff.added());
    assertEquals(List.of("SC-01-03"), diff.removed());
  }

  @Test
  void reportsChangedFieldsWithOldAndNewValues() {
    assertEquals(1, diff.changed().size());
    ChecklistDiff.ItemChange change = diff.changed().get(0);
    assertEquals("SC-01-02", change.code());
    assertEquals(List.of("name", "appliesTo", "methods", "levels", "legalBasis"),
        change.fieldNames());
    assertEquals(List.of(
        new FieldChange("name", "名称规范使用情况的检查", "企业名称规范使用情况的检查"),
        new FieldChange("appliesTo", "any", "kinds=[ENTERPRISE]"),
        new FieldChange("methods", "[ON_SITE]", "[ON_SITE, ONLINE_MONITORING]"),
        new FieldChange("levels", "[COUNTY]", "[CITY, COUNTY]"),
        new FieldChange("legalBasis", "(none)", "《企业名称登记管理规定》第二十六条")),
        change.fields());
  }

  @Test
  void reportsClaimsAddedAndRemovedInOrder() {
    assertEquals(List.of(
        new ItemClaim("SC-01-02", Checklists.CITY, AuthorityLevel.CITY),
        new ItemClaim("SC-05-01", Checklists.CITY, AuthorityLevel.CITY)), diff.claimsAdded());
    assertEquals(List.of(
        new ItemClaim("SC-01-02", Checklists.COUNTY, AuthorityLevel.COUNTY),
        new ItemClaim("SC-01-03", Checklists.CITY, AuthorityLevel.CITY)), diff.claimsRemoved());
  }

  @Test
  void reportsListAttributes() {
    assertEquals(List.of(new FieldChange("version", "1", "2"),
        new FieldChange("effectiveFrom", "2023-01-01", "2024-01-01")), diff.listChanges());
  }

  @Test
  void describesEveryChangeDeterministically() {
    assertEquals(String.join("\n",
        "Changes from 随机抽查事项清单 v1 to 随机抽查事项清单 v2",
        "  list version: 1 -> 2",
        "  list effectiveFrom: 2023-01-01 -> 2024-01-01",
        "  + item SC-05-01 食品生产者生产条件检查",
        "  - item SC-01-03",
        "  ~ item SC-01-02",
        "      name: 名称规范使用情况的检查 -> 企业名称规范使用情况的检查",
        "      appliesTo: any -> kinds=[ENTERPRISE]",
        "      methods: [ON_SITE] -> [ON_SITE, ONLINE_MONITORING]",
        "      levels: [COUNTY] -> [CITY, COUNTY]",
        "      legalBasis: (none) -> 《企业名称登记管理规定》第二十六条",
        "  + claim SC-01-02 by SX-140100-SCJG (CITY)",
        "  + claim SC-05-01 by SX-140100-SCJG (CITY)",
        "  - claim SC-01-02 by SX-140105-SCJG (COUNTY)",
        "  - claim SC-01-03 by SX-140100-SCJG (CITY)",
        ""), diff.describe());
    assertEquals(diff.describe(), diff.toString());
  }

  @Test
  void diffOfAListWithItselfIsEmpty() {
    ChecklistDiff none = ChecklistDiff.between(Checklists.v1(), Checklists.v1());
    assertTrue(none.isEmpty());
    assertEquals(List.of(), none.listChanges());
    assertEquals("Changes from 随机抽查事项清单 v1 to 随机抽查事项清单 v1: none\n", none.describe());
    assertFalse(diff.isEmpty());
  }

  @Test
  void reorderingItemsAndClaimsIsNoChange() {
    Checklist v1 = Checklists.v1();
    Checklist shuffled = Checklist.builder().from(v1)
        .items(List.of(v1.items().get(2), v1.items().get(0), v1.items().get(1)))
        .claims(List.of(v1.claims().get(1), v1.claims().get(2), v1.claims().get(0)))
        .build();
    assertTrue(ChecklistDiff.between(v1, shuffled).isEmpty());
  }

  @Test
  void onlyListAttributesChangedIsEmpty() {
    Checklist v1 = Checklists.v1();
    Checklist reissued = Checklist.builder().from(v1).version(3).issuedBy("SX-GOV").build();
    ChecklistDiff d = ChecklistDiff.between(v1, reissued);
    assertTrue(d.isEmpty());
    assertEquals(List.of(new FieldChange("version", "1", "3"),
        new FieldChange("issuedBy", "SX-140000-SCJG", "SX-GOV")), d.listChanges());
  }

  @Test
  void everyAttributeOfAnItemIsCompared() {
    InspectionItem base = Checklists.foodProduction();
    Map<String, UnaryOperator<InspectionItem.Builder>> edits = new LinkedHashMap<>();
    edits.put("category", b -> b.category("食品检查"));
    edits.put("name", b -> b.name("食品生产条件检查"));
    edits.put("appliesTo", b -> b.appliesTo(ApplicabilityRule.builder()
        .addIndustries(IndustryCode.of("C13")).addAllTags("食品生产").addAnyTags("网络经营")
        .build()));
    edits.put("targetDescription", b -> b.targetDescription("食品生产企业"));
    edits.put("kind", b -> b.kind(ItemKind.GENERAL));
    edits.put("methods", b -> b.addMethods(InspectionMethod.DOCUMENT_REVIEW));
    edits.put("responsibleDepartment", b -> b.responsibleDepartment("省市场监管局"));
    edits.put("levels", b -> b.addLevels(AuthorityLevel.PROVINCE));
    edits.put("legalBasis", b -> b.legalBasis("《食品安全法》"));
    edits.put("requiredSpecialties", b -> b.addRequiredSpecialties("抽样"));
    for (Map.Entry<String, UnaryOperator<InspectionItem.Builder>> e : edits.entrySet()) {
      InspectionItem edited = e.getValue().apply(InspectionItem.builder().from(base)).build();
      ChecklistDiff d = ChecklistDiff.between(list(base), list(edited));
      assertEquals(1, d.changed().size(), e.getKey());
      assertEquals(List.of(e.getKey()), d.changed().get(0).fieldNames(), e.getKey());
    }
    InspectionItem appliesEdited = edits.get("appliesTo")
        .apply(InspectionItem.builder().from(base)).build();
    assertEquals("industries=[C13]; allTags=[食品生产]; anyTags=[网络经营]",
        ChecklistDiff.between(list(base), list(appliesEdited)).changed().get(0).fields().get(0)
            .newValue());
  }

  @Test
  void valuesThatReadAlikeAreStillChanges() {
    InspectionItem base = Checklists.foodProduction();
    InspectionItem oneTag = InspectionItem.builder().from(base)
        .appliesTo(ApplicabilityRule.builder().addAllTags("a, b").build()).build();
    InspectionItem twoTags = InspectionItem.builder().from(base)
        .appliesTo(ApplicabilityRule.builder().addAllTags("a", "b").build()).build();
    ChecklistDiff tags = ChecklistDiff.between(list(oneTag), list(twoTags));
    assertEquals(List.of("appliesTo"), tags.changed().get(0).fieldNames());
    assertFalse(tags.isEmpty());

    InspectionItem specialty = InspectionItem.builder().from(base)
        .requiredSpecialties(List.of("食品, 抽样")).build();
    InspectionItem specialties = InspectionItem.builder().from(base)
        .requiredSpecialties(List.of("食品", "抽样")).build();
    assertEquals(List.of("requiredSpecialties"), ChecklistDiff.between(list(specialty),
        list(specialties)).changed().get(0).fieldNames());

    InspectionItem absent = InspectionItem.builder().from(base).targetDescription(
        Optional.empty()).build();
    InspectionItem noneText = InspectionItem.builder().from(base)
        .targetDescription(ChecklistDiff.ABSENT).build();
    ChecklistDiff target = ChecklistDiff.between(list(absent), list(noneText));
    assertEquals(List.of(new FieldChange("targetDescription", ChecklistDiff.ABSENT,
        ChecklistDiff.ABSENT)), target.changed().get(0).fields());

    Checklist v1 = Checklists.v1();
    Checklist noIssuer = Checklist.builder().from(v1).issuedBy(Optional.empty())
        .build();
    Checklist issuerNone = Checklist.builder().from(v1).issuedBy(ChecklistDiff.ABSENT).build();
    assertEquals(List.of("issuedBy"), ChecklistDiff.between(noIssuer, issuerNone).listChanges()
        .stream().map(FieldChange::field).toList());
  }

  @Test
  void ruleDescriptionNamesEveryCondition() {
    assertEquals("any", ChecklistDiff.describe(ApplicabilityRule.any()));
    assertEquals("kinds=[ENTERPRISE, BRANCH]; industries=[C, F52]; allTags=[a]; anyTags=[b, c]",
        ChecklistDiff.describe(ApplicabilityRule.builder()
            .addKinds(EntityKind.BRANCH, EntityKind.ENTERPRISE)
            .addIndustries(IndustryCode.of("F52"), IndustryCode.of("C"))
            .addAllTags("a").addAnyTags("c", "b").build()));
  }

  private static Checklist list(InspectionItem item) {
    return Checklist.builder().name("清单").version(1).addItems(item).build();
  }
}
