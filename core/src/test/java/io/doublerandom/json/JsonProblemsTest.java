package io.doublerandom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.doublerandom.model.DateRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Jackson failure is described in the project's words: where (line and column when known,
 * the property path for a structure problem) and what was expected; none of Jackson's wording
 * ("StreamReadConstraints", "Missing creator property", "code 120") reaches a user.
 */
class JsonProblemsTest {
  private static String problem(String json, Class<?> type) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> Json.reader().forType(type).readValue(json));
    String described = Json.describe(e);
    for (String jackson : List.of("StreamReadConstraints", "creator", "code ", "was expecting",
        "Unexpected", "`", "Cannot deserialize", "Unrecognized")) {
      assertFalse(described.contains(jackson), () -> jackson + " in: " + described);
    }
    return described;
  }

  @Test
  void syntaxErrorsNameLineColumnAndWhatWasExpected() {
    assertEquals("line 2, column 3: unexpected character 'x'; expected a property name in"
        + " double quotes", problem("{\n  x: 1}", Object.class));
    assertEquals("line 1, column 11: unexpected character '}'; expected a JSON value (text in"
        + " double quotes, a number, an array, an object, true, false or null)",
        problem("{\"a\": [1, }", Object.class));
    assertEquals("line 1, column 9: unexpected character '2'; expected ',' or '}'",
        problem("{\"a\": 1 2}", Object.class));
    assertEquals("line 1, column 7: unrecognised word 'yes'; expected a JSON value (text in"
        + " double quotes, a number, an array, an object, true, false or null)",
        problem("{\"a\": yes}", Object.class));
    assertTrue(problem("{\"a\": \"b", Object.class)
        .endsWith("the text ends inside a text value (a closing \" is missing); is the file"
            + " cut short?"));
    assertTrue(problem("[{\"a\": 1}", Object.class)
        .endsWith("the text ends inside an array or object; is the file cut short?"));
    assertEquals("line 1, column 9: control character U+0000 inside a text value; write it"
        + " escaped (\\u0000) or remove it", problem("{\"a\": \"b\u0000\"}", Object.class));
    assertEquals("line 1, column 13: property 'a' appears twice",
        problem("{\"a\": 1, \"a\": 2}", Object.class));
  }

  @Test
  void limitsAreNamedWithTheirValues() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertTrue(problem(deep, Object.class).endsWith("arrays and objects are nested deeper than"
        + " the limit of 1,000 levels"), problem(deep, Object.class));
    String huge = "[\"" + "x".repeat(20_000_001) + "\"]";
    assertTrue(problem(huge, Object.class).endsWith("a text value is longer than the limit of"
        + " 20,000,000 characters"), problem(huge, Object.class));
  }

  @Test
  void structureProblemsNameThePropertyPath() {
    assertEquals("line 1, column 22: missing required property 'to' (in the top-level object)",
        problem("{\"from\": \"2024-01-01\"}", DateRange.class));
    assertEquals("line 1, column 54: unknown property 'extra' (in the top-level object);"
        + " expected one of from, to", problem(
            "{\"from\": \"2024-01-01\", \"to\": \"2024-01-02\", \"extra\": 1}", DateRange.class));
    assertEquals("from: '2024-13-01' is not a valid date (yyyy-MM-dd)",
        problem("{\"from\": \"2024-13-01\", \"to\": \"2024-01-02\"}", DateRange.class)
            .replaceFirst("^line \\d+, column \\d+: ", ""));
    assertEquals("expected an object, got an array", problem("[1]", DateRange.class)
        .replaceFirst("^line \\d+, column \\d+: ", ""));
  }
}
