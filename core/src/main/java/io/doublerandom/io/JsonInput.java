package io.doublerandom.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.doublerandom.json.Json;
import java.io.IOException;

/** Streams JSON text, handing each record object to a callback with the line it starts on. */
final class JsonInput {
  /** Receives one element of an array with the line it starts on. */
  interface ElementHandler {
    void element(long line, JsonNode node);
  }

  /** Receives the property of an object, with the parser positioned on its value. */
  interface PropertyHandler {
    void property(String name, long line, JsonParser parser) throws IOException;
  }

  /** The shared reader, reading one value at a time from a stream of tokens. */
  private static final ObjectReader STREAMING =
      Json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonInput() {}

  /**
   * Reads a top-level JSON array, passing each element to {@code handler}.
   *
   * @throws UnusableInputException for malformed JSON or a top-level value that is no array
   */
  static void readArray(String text, String source, String what, ElementHandler handler) {
    JsonParser[] at = new JsonParser[1];
    try (JsonParser p = STREAMING.createParser(text)) {
      at[0] = p;
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new UnusableInputException(source, "expected a JSON array of " + what);
      }
      elements(p, handler);
      if (p.nextToken() != null) {
        throw new UnusableInputException(source, "line " + p.currentTokenLocation().getLineNr()
            + ": unexpected content after the JSON array");
      }
    } catch (IOException e) {
      throw malformed(source, e, at[0]);
    }
  }

  /**
   * Reads a top-level JSON object, passing each property to {@code handler}; returns the line
   * the object starts on.
   */
  static long readObject(String text, String source, String what, PropertyHandler handler) {
    JsonParser[] at = new JsonParser[1];
    try (JsonParser p = STREAMING.createParser(text)) {
      at[0] = p;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new UnusableInputException(source, "expected a JSON object (" + what + ")");
      }
      long line = p.currentTokenLocation().getLineNr();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        long fieldLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        handler.property(name, fieldLine, p);
      }
      if (p.nextToken() != null) {
        throw new UnusableInputException(source, "line " + p.currentTokenLocation().getLineNr()
            + ": unexpected content after the JSON object");
      }
      return line;
    } catch (IOException e) {
      throw malformed(source, e, at[0]);
    }
  }

  /** Reads the value the parser is on as a tree. */
  static JsonNode tree(JsonParser p) throws IOException {
    return STREAMING.readTree(p);
  }

  /** With the parser on START_ARRAY, passes each element to {@code handler}. */
  static void elements(JsonParser p, ElementHandler handler) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonProcessingException("unexpected end of input inside an array",
            p.currentLocation()) {
          private static final long serialVersionUID = 1L;
        };
      }
      long line = p.currentTokenLocation().getLineNr();
      JsonNode node = STREAMING.readTree(p);
      handler.element(line, node);
    }
  }

  private static UnusableInputException malformed(String source, IOException e, JsonParser p) {
    if (e instanceof JsonProcessingException jpe) {
      String d = Json.describe(jpe);
      if (jpe.getLocation() == null && p != null && p.currentLocation().getLineNr() > 0) {
        // the limits are reported without a position; the parser stopped where it was exceeded
        d = "line " + p.currentLocation().getLineNr() + ": " + d;
      }
      String shown = d.matches("(?s)line \\d+(, column \\d+)?: .*")
          ? d.replaceFirst("^(line \\d+(, column \\d+)?): ", "$1: malformed JSON: ")
          : "malformed JSON: " + d;
      return new UnusableInputException(source, shown, e);
    }
    return new UnusableInputException(source, "cannot be read: " + e.getMessage(), e);
  }
}
