package io.doublerandom.draw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON mapping of draw records and joint draw records: fixed property order, LF line ends,
 * strict reading.
 */
final class DrawJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private DrawJson() {}

  static String write(Object record) {
    try {
      return WRITER.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write draw record as JSON", e);
    }
  }

  static DrawRecord read(String json) {
    return read(json, DrawRecord.class);
  }

  /**
   * Reads a record of {@code type}. A manifest (or a task of a joint manifest) without a {@code
   * definition} member reads as one with the empty definition: writers omit it when empty.
   */
  static <T> T read(String json, Class<T> type) {
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (tree == null || !tree.isObject()) {
        throw new IllegalArgumentException("invalid draw record JSON: not a JSON object");
      }
      JsonNode manifest = tree.get("manifest");
      if (manifest instanceof ObjectNode m) {
        if (type == DrawRecord.class) {
          addEmptyDefinition(m);
          if (!m.has("populationRoot")) {
            m.put("populationRoot", ""); // manifests before draw-spec revision 2 have none
          }
        } else if (m.get("tasks") instanceof ArrayNode tasks) {
          tasks.forEach(t -> {
            if (t instanceof ObjectNode o) {
              addEmptyDefinition(o);
            }
          });
        }
      }
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException("invalid draw record: " + iae.getMessage(), e);
      }
      throw new IllegalArgumentException("invalid draw record JSON: "
          + io.doublerandom.json.Json.describe(e), e);
    }
  }

  private static void addEmptyDefinition(ObjectNode o) {
    if (!o.has("definition")) {
      o.putArray("definition");
    }
  }
}
