package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every text attribute of the model is non-blank and trimmed: blank text and text with leading or
 * trailing whitespace (including a line break or the full-width space) are rejected with a
 * message naming the field and the value, inner whitespace is kept.
 */
class TextAttributesTest {
  private static final EntityId ID = EntityId.parse("91350100M000100Y43");
  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
  private static final List<String> BAD = List.of("", " ", " x", "x ", "\tx", "x\n", "\u3000x");

  /** Asserts that every bad text is rejected naming {@code field}, and that good text passes. */
  private static void textAttribute(String field, Function<String, Object> build) {
    for (String bad : BAD) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> build.apply(bad), field + " '" + bad
              + "'");
      assertTrue(e.getMessage().contains(field), e.getMessage());
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
    assertDoesNotThrow(() -> build.apply("内 部 空格"), field);
  }

  private static MarketEntity.Builder entity() {
    return MarketEntity.builder().id(ID).name("示例公司").kind(EntityKind.ENTERPRISE)
        .registrationAuthority("A").region(RegionCode.of("350100"))
        .status(RegistrationStatus.OPERATING);
  }

  private static Inspector.Builder inspector() {
    return Inspector.builder().id("I1").name("张三").authorityCode("A")
        .level(AuthorityLevel.COUNTY).region(RegionCode.of("140105"))
        .kind(InspectorKind.ENFORCEMENT_OFFICER);
  }

  private static InspectionItem.Builder item() {
    return InspectionItem.builder().code("SC-01-01").category("登记事项检查").name("检查")
        .kind(ItemKind.GENERAL).responsibleDepartment("县级市场监管部门");
  }

  private static Authority.Builder authority() {
    return Authority.builder().code("A").name("局").level(AuthorityLevel.COUNTY)
        .region(RegionCode.of("140105"));
  }

  @Test
  void entityTexts() {
    textAttribute("name of entity", t -> entity().name(t).build());
    textAttribute("registration authority of entity",
        t -> entity().registrationAuthority(t).build());
    textAttribute("tag of entity", t -> entity().addTags(t).build());
    textAttribute("party id", t -> new RelatedParty(PartyRole.SHAREHOLDER, t));
    textAttribute("risk domain", t -> new RiskRating(t, "A", DAY));
    textAttribute("risk class", t -> new RiskRating(RiskRating.GENERAL, t, DAY));
  }

  @Test
  void inspectorTexts() {
    textAttribute("inspector id", t -> inspector().id(t).build());
    textAttribute("name of inspector", t -> inspector().name(t).build());
    textAttribute("authority code of inspector", t -> inspector().authorityCode(t).build());
    textAttribute("department of inspector", t -> inspector().department(t).build());
    textAttribute("specialty of inspector", t -> inspector().addSpecialties(t).build());
    textAttribute("certificate number", t -> new EnforcementCertificate(t, DAY, DAY));
    textAttribute("conflict party id",
        t -> DeclaredConflict.withParty(RelationKind.SHAREHOLDER, t));
    textAttribute("conflict note", t -> DeclaredConflict.builder()
        .relation(RelationKind.OTHER).entity(ID).note(t).build());
  }

  @Test
  void authorityTexts() {
    textAttribute("authority code", t -> authority().code(t).build());
    textAttribute("name of authority", t -> authority().name(t).build());
    textAttribute("parent code of authority", t -> authority().parentCode(t).build());
  }

  @Test
  void checklistTexts() {
    textAttribute("item code", t -> item().code(t).build());
    textAttribute("category of item", t -> item().category(t).build());
    textAttribute("name of item", t -> item().name(t).build());
    textAttribute("target description of item", t -> item().targetDescription(t).build());
    textAttribute("responsible department of item",
        t -> item().responsibleDepartment(t).build());
    textAttribute("legal basis of item", t -> item().legalBasis(t).build());
    textAttribute("required specialty of item", t -> item().addRequiredSpecialties(t).build());
    textAttribute("tag of applicability rule (allTags)",
        t -> ApplicabilityRule.builder().addAllTags(t).build());
    textAttribute("tag of applicability rule (anyTags)",
        t -> ApplicabilityRule.builder().addAnyTags(t).build());
    textAttribute("item code of claim", t -> new ItemClaim(t, "A", AuthorityLevel.COUNTY));
    textAttribute("authority code of claim",
        t -> new ItemClaim("SC-01-01", t, AuthorityLevel.COUNTY));
    textAttribute("checklist name", t -> Checklist.builder().name(t).version(1).build());
    textAttribute("issuer of checklist",
        t -> Checklist.builder().name("清单").version(1).issuedBy(t).build());
  }

  @Test
  void riskSchemeTexts() {
    List<RiskScheme.RiskClass> classes = List.of(new RiskScheme.RiskClass("A", "低"));
    textAttribute("risk scheme name", t -> new RiskScheme(t, classes));
    textAttribute("risk class code", t -> new RiskScheme.RiskClass(t, "低"));
    textAttribute("label of risk class", t -> new RiskScheme.RiskClass("A", t));
  }

  @Test
  void theMessageSaysWhatIsWrong() {
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> entity().name(" ").build());
    assertEquals("name of entity 91350100M000100Y43 must not be blank, got ' '",
        blank.getMessage());
    IllegalArgumentException untrimmed = assertThrows(IllegalArgumentException.class,
        () -> entity().name(" 名称 ").build());
    assertEquals("name of entity 91350100M000100Y43 must not start or end with whitespace,"
        + " got ' 名称 '", untrimmed.getMessage());
  }
}
