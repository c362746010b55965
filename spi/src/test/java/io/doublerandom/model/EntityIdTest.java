package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.model.InvalidIdentifierException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing and ordering of entity identifiers of either kind. */
class EntityIdTest {

  @Test
  void eighteenCharactersAreACreditCode() {
    EntityId id = EntityId.parse("  91350100m000100y43 ");
    assertInstanceOf(CreditCode.class, id);
    assertEquals("91350100M000100Y43", id.value());
    assertEquals(IdentifierKind.CREDIT_CODE, id.kind());
    assertEquals(CreditCode.parse("91350100M000100Y43"), id);
  }

  @Test
  void creditCodesAreParsedLeniently() {
    CreditCode lenient = CreditCode.withCheckCharacter("91140105MA0000001");
    assertEquals(lenient, EntityId.parse(lenient.value()));
  }

  @Test
  void fifteenDigitsAreARegistrationNumber() {
    EntityId id = EntityId.parse("110108000000016");
    assertInstanceOf(LegacyRegistrationNumber.class, id);
    assertEquals(IdentifierKind.LEGACY_REGISTRATION_NUMBER, id.kind());
    assertEquals("110108000000017", EntityId.parse("110108000000017").value(), "lenient");
  }

  @Test
  void otherTextIsRejectedNamingTheValue() {
    InvalidIdentifierException format =
        assertThrows(InvalidIdentifierException.class, () -> EntityId.parse("12345"));
    assertEquals(Reason.FORMAT, format.reason());
    assertEquals("12345", format.value());
    assertEquals(
        "entity identifier must be an 18-character unified social credit code or a 15-digit"
            + " registration number, got 5 characters in '12345'",
        format.getMessage());
    assertEquals(
        Reason.CHARACTER,
        assertThrows(InvalidIdentifierException.class, () -> EntityId.parse("11010800000001A"))
            .reason());
    assertEquals(
        Reason.CHECK_CHARACTER,
        assertThrows(InvalidIdentifierException.class, () -> EntityId.parse("91350100M000100Y44"))
            .reason());
    InvalidIdentifierException blank =
        assertThrows(InvalidIdentifierException.class, () -> EntityId.parse(null));
    assertEquals(Reason.BLANK, blank.reason());
    assertEquals("entity identifier must not be blank, got null", blank.getMessage());
  }

  @Test
  void identifiersAreOrderedByValue() {
    EntityId a = EntityId.parse("110108000000016");
    EntityId b = EntityId.parse("91110000600037341L");
    EntityId c = EntityId.parse("91350100M000100Y43");
    List<EntityId> ids = new ArrayList<>(List.of(c, a, b));
    Collections.sort(ids);
    assertEquals(List.of(a, b, c), ids);
    assertEquals(0, c.compareTo(EntityId.parse("91350100M000100Y43")));
  }

  @Test
  void kindsHaveChineseLabels() {
    assertEquals("统一社会信用代码", IdentifierKind.CREDIT_CODE.label());
    assertEquals("注册号(旧)", IdentifierKind.LEGACY_REGISTRATION_NUMBER.label());
  }
}
