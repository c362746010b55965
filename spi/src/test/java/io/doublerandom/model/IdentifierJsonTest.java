package io.doublerandom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** JSON: every identifier type is a plain JSON string, with a plain {@link ObjectMapper}. */
class IdentifierJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A record holding every identifier type, as domain types will. */
  record Holder(
      EntityId entity,
      CreditCode creditCode,
      LegacyRegistrationNumber registrationNumber,
      RegionCode region,
      List<EntityId> entities) {}

  @Test
  void creditCodeIsAPlainString() throws JsonProcessingException {
    CreditCode code = CreditCode.parse("91350100M000100Y43");
    assertEquals("\"91350100M000100Y43\"", MAPPER.writeValueAsString(code));
    assertEquals(code, MAPPER.readValue("\"91350100M000100Y43\"", CreditCode.class));
  }

  @Test
  void legacyRegistrationNumberIsAPlainString() throws JsonProcessingException {
    LegacyRegistrationNumber number = LegacyRegistrationNumber.parse("110108000000016");
    assertEquals("\"110108000000016\"", MAPPER.writeValueAsString(number));
    assertEquals(number, MAPPER.readValue("\"110108000000016\"", LegacyRegistrationNumber.class));
  }

  @Test
  void regionCodeIsAPlainString() throws JsonProcessingException {
    RegionCode code = RegionCode.of("140105");
    assertEquals("\"140105\"", MAPPER.writeValueAsString(code));
    assertEquals(code, MAPPER.readValue("\"140105\"", RegionCode.class));
  }

  @Test
  void entityIdDeserialisesToTheKindItsLengthSelects() throws JsonProcessingException {
    EntityId credit = MAPPER.readValue("\"91350100M000100Y43\"", EntityId.class);
    EntityId legacy = MAPPER.readValue("\"110108000000016\"", EntityId.class);
    assertInstanceOf(CreditCode.class, credit);
    assertInstanceOf(LegacyRegistrationNumber.class, legacy);
    assertEquals("\"91350100M000100Y43\"", MAPPER.writeValueAsString(credit));
    assertEquals("\"110108000000016\"", MAPPER.writeValueAsString(legacy));
  }

  @Test
  void recordFieldsAreStrings() throws JsonProcessingException {
    Holder holder =
        new Holder(
            EntityId.parse("110108000000016"),
            CreditCode.parse("91350100M000100Y43"),
            LegacyRegistrationNumber.parse("110108000000016"),
            RegionCode.of("140105"),
            List.of(EntityId.parse("91110000600037341L"), EntityId.parse("110108000000016")));
    String json = MAPPER.writeValueAsString(holder);
    assertEquals(
        "{\"entity\":\"110108000000016\",\"creditCode\":\"91350100M000100Y43\","
            + "\"registrationNumber\":\"110108000000016\",\"region\":\"140105\","
            + "\"entities\":[\"91110000600037341L\",\"110108000000016\"]}",
        json);
    assertEquals(holder, MAPPER.readValue(json, Holder.class));
  }

  @Test
  void identifiersWorkAsMapKeys() throws JsonProcessingException {
    Map<EntityId, Integer> byEntity = new TreeMap<>();
    byEntity.put(EntityId.parse("91350100M000100Y43"), 1);
    byEntity.put(EntityId.parse("110108000000016"), 2);
    Map<RegionCode, String> byRegion = new TreeMap<>(Map.of(RegionCode.of("140105"), "小店区"));
    String entities = MAPPER.writeValueAsString(byEntity);
    String regions = MAPPER.writeValueAsString(byRegion);
    assertEquals("{\"110108000000016\":2,\"91350100M000100Y43\":1}", entities);
    assertEquals("{\"140105\":\"小店区\"}", regions);
    assertEquals(
        byEntity,
        new TreeMap<>(MAPPER.readValue(entities, new TypeReference<Map<EntityId, Integer>>() {})));
    assertEquals(
        byRegion,
        new TreeMap<>(MAPPER.readValue(regions, new TypeReference<Map<RegionCode, String>>() {})));
    Map<CreditCode, Integer> byCredit =
        MAPPER.readValue(
            "{\"91350100M000100Y43\":1}", new TypeReference<Map<CreditCode, Integer>>() {});
    assertEquals(Map.of(CreditCode.parse("91350100M000100Y43"), 1), byCredit);
  }

  @Test
  void invalidValuesFailWithTheIdentifierException() {
    ValueInstantiationException e =
        assertThrows(
            ValueInstantiationException.class,
            () -> MAPPER.readValue("\"91350100M000100Y44\"", EntityId.class));
    InvalidIdentifierException cause =
        assertInstanceOf(InvalidIdentifierException.class, e.getCause());
    assertEquals(InvalidIdentifierException.Reason.CHECK_CHARACTER, cause.reason());
    assertThrows(
        ValueInstantiationException.class, () -> MAPPER.readValue("\"001234\"", RegionCode.class));
  }

  @Test
  void roundTripIsTheIdentityForGeneratedValues() {
    qt().withFixedSeed(20260101L)
        .withExamples(500)
        .forAll(
            Generators.creditCodes(), Generators.registrationNumbers(), Generators.regionCodes())
        .checkAssert(
            (credit, legacy, region) -> {
              Holder holder = new Holder(credit, credit, legacy, region, List.of(legacy, credit));
              try {
                assertEquals(
                    holder, MAPPER.readValue(MAPPER.writeValueAsString(holder), Holder.class));
                assertEquals(
                    credit, MAPPER.readValue(MAPPER.writeValueAsString(credit), EntityId.class));
                assertEquals(
                    legacy, MAPPER.readValue(MAPPER.writeValueAsString(legacy), EntityId.class));
                assertEquals(
                    region, MAPPER.readValue(MAPPER.writeValueAsString(region), RegionCode.class));
              } catch (JsonProcessingException e) {
                throw new AssertionError(e);
              }
            });
  }
}
