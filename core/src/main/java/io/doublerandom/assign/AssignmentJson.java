package io.doublerandom.assign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.doublerandom.json.Json;

/** The JSON mapping of assignment records: fixed property order, LF line ends, strict reading. */
final class AssignmentJson {
  private static final ObjectMapper MAPPER = Json.newMapper()
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private AssignmentJson() {}

  static String write(AssignmentRecord record) {
    try {
      return WRITER.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write assignment record as JSON", e);
    }
  }

  static AssignmentRecord read(String json) {
    try {
      return MAPPER.readValue(json, AssignmentRecord.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException("invalid assignment record: " + iae.getMessage(), e);
      }
      throw new IllegalArgumentException("invalid assignment record JSON: "
          + io.doublerandom.json.Json.describe(e), e);
    }
  }
}
