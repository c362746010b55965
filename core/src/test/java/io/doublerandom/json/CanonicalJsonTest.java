package io.doublerandom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RFC 8785 canonical form for the integer-only documents this project hashes. */
class CanonicalJsonTest {
  private static String canon(String json) {
    return CanonicalJson.text(CanonicalJson.parse(json));
  }

  @Test
  void membersAreSortedByUtf16CodeUnitsAndWhitespaceGoes() {
    assertEquals("{\"a\":\"x\",\"b\":[1,2,{}],\"c\":{\"\":null,\"z\":true}}",
        canon(" { \"c\" : {\"z\": true, \"\": null}, \"b\": [ 1, 2, {} ], \"a\": \"x\" }\n"));
    // RFC 8785 section 3.2.3: U+1F600 (a surrogate pair D83D DE00) sorts before U+FB33 by code
    // units although it is the larger code point; "\r" (U+000D) before "1"
    assertEquals("{\"\\r\":1,\"1\":2,\"\uD83D\uDE00\":3,\"\uFB33\":4}",
        canon("{\"\uFB33\":4,\"\uD83D\uDE00\":3,\"1\":2,\"\\r\":1}"));
  }

  @Test
  void stringsEscapeOnlyWhatTheyMust() {
    assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f/\u00e9\u7a0e\u2028\u007f\"",
        canon("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001F\\/\\u00E9\u7a0e\\u2028\\u007f\""));
  }

  @Test
  void integersArePlainAndOthersAreRefusedNamingThePlace() {
    assertEquals("[0,-1,9007199254740991,100]", canon("[0, -1, 9007199254740991, 1E2]"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> canon("{\"a\": [1, 2.5]}"));
    assertTrue(e.getMessage().contains("$.a[1]") && e.getMessage().contains("2.5"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> canon("[9007199254740992]"));
    assertTrue(e.getMessage().contains("2^53"), e.getMessage());
  }

  @Test
  void duplicateMembersAndUnpairedSurrogatesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> canon("{\"a\": 1, \"a\": 2}"));
    assertThrows(IllegalArgumentException.class, () -> canon("[\"\\ud800\"]"));
    assertThrows(IllegalArgumentException.class, () -> canon("[1] [2]"));
  }

  @Test
  void theHashIsOverTheUtf8Bytes() {
    assertEquals("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
        CanonicalJson.sha256(CanonicalJson.parse("{}")));
  }
}
