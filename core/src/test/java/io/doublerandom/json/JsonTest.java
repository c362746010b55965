package io.doublerandom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.doublerandom.io.TestData;
import io.doublerandom.model.Authority;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RelationKind;
import io.doublerandom.model.RiskScheme;
import java.util.Map;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final String CODE = TestData.creditCode("91", "140105", "MA0L1234");

  private static <T> T roundTrip(T value, Class<T> type) throws JsonProcessingException {
    String compact = Json.writer().writeValueAsString(value);
    T back = Json.reader().forType(type).readValue(compact);
    assertEquals(value, back, compact);
    String pretty = Json.prettyWriter().writeValueAsString(value);
    assertEquals(value, Json.reader().forType(type).readValue(pretty));
    return back;
  }

  @Test
  void marketEntityWithEveryFieldRoundTrips() throws Exception {
    roundTrip(TestData.fullEntity(CODE), MarketEntity.class);
  }

  @Test
  void emptyOptionalsRoundTripAndAreOmitted() throws Exception {
    MarketEntity minimal = TestData.minimalEntity(CODE);
    roundTrip(minimal, MarketEntity.class);
    JsonNode node = Json.reader().readTree(Json.writer().writeValueAsString(minimal));
    assertFalse(node.has("industry"), node.toString());
    assertFalse(node.has("size"));
    assertFalse(node.has("establishedOn"));
    roundTrip(TestData.minimalInspector("I-2"), Inspector.class);
    roundTrip(TestData.minimalItem("SC-01-02"), InspectionItem.class);
    roundTrip(TestData.topAuthority("SX-140100-SCJG"), Authority.class);
  }

  @Test
  void inspectorWithCertificateConflictsAndLeaveRoundTrips() throws Exception {
    roundTrip(TestData.fullInspector("I-1", TestData.KNOWN_CODE), Inspector.class);
  }

  @Test
  void itemChecklistAndAuthorityRoundTrip() throws Exception {
    roundTrip(TestData.fullItem("SC-16-02"), InspectionItem.class);
    roundTrip(TestData.checklist(), Checklist.class);
    roundTrip(TestData.authority("SX-140105-SCJG", "SX-140100-SCJG"), Authority.class);
  }

  @Test
  void declaredConflictBothFormsRoundTrip() throws Exception {
    roundTrip(DeclaredConflict.withEntity(RelationKind.SELF, EntityId.parse(CODE)),
        DeclaredConflict.class);
    roundTrip(DeclaredConflict.withParty(RelationKind.AGENT, "P-9"), DeclaredConflict.class);
  }

  @Test
  void riskSchemesRoundTrip() throws Exception {
    roundTrip(RiskScheme.NATIONAL_FOUR, RiskScheme.class);
    roundTrip(RiskScheme.FIVE_CLASSES, RiskScheme.class);
  }

  @Test
  void identifiersRegionsAndDatesAreWrittenAsText() throws Exception {
    JsonNode node = Json.reader().readTree(
        Json.writer().writeValueAsString(TestData.fullEntity(CODE)));
    assertEquals(CODE, node.get("id").asText());
    assertEquals("140105", node.get("region").asText());
    assertEquals("F5211", node.get("industry").asText());
    assertEquals("2015-03-09", node.get("establishedOn").asText());
    assertEquals("2024-06-30", node.get("riskRatings").get(0).get("assignedOn").asText());
    assertFalse(node.has("operating"), "derived isOperating() must not be a property");
  }

  @Test
  void unknownPropertiesAreRejected() {
    String json = "{\"code\":\"X\",\"name\":\"n\",\"level\":\"CITY\",\"region\":\"140100\","
        + "\"colour\":\"red\"}";
    assertThrows(UnrecognizedPropertyException.class,
        () -> Json.reader().forType(Authority.class).readValue(json));
  }

  @Test
  void invalidIdentifierIsAMappingErrorNamingTheValue() {
    String bad = TestData.withWrongCheck(CODE);
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> Json.reader().forType(EntityId.class).readValue("\"" + bad + "\""));
    assertTrue(e.getMessage().contains(bad), e.getMessage());
  }

  @Test
  void mapKeysAreSortedAndOutputIsCompactByDefault() throws Exception {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("a", 1);
    map.put("c", 3);
    map.put("b", 2);
    assertEquals("{\"a\":1,\"b\":2,\"c\":3}", Json.writer().writeValueAsString(map));
    assertEquals("{\n  \"a\" : 1,\n  \"b\" : 2,\n  \"c\" : 3\n}",
        Json.prettyWriter().writeValueAsString(map));
  }

  @Test
  void newMapperReturnsIndependentInstances() {
    assertNotSame(Json.newMapper(), Json.newMapper());
  }
}
