package io.doublerandom.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical byte form of a JSON document that every hash of a JSON document in this project
 * is taken over (docs/draw-spec.md section 2, "Canonical JSON"): the JSON Canonicalization Scheme
 * of RFC 8785 for documents whose numbers are integers of magnitude at most 2^53 − 1 (every
 * record of this project; any other number is refused, naming its place).
 *
 * <ul>
 *   <li>no whitespace between tokens;
 *   <li>object members sorted by their names compared as sequences of UTF-16 code units;
 *   <li>strings with only {@code "}, {@code \}, and U+0000–U+001F escaped ({@code \b \t \n \f
 *       \r} as such, the others as {@code \}{@code u00xx} in lower case), everything else
 *       literal; an unpaired surrogate is refused;
 *   <li>integers in plain decimal, {@code -} for negatives, no leading zeros;
 *   <li>{@code true}, {@code false}, {@code null} as such; the result encoded in UTF-8.
 * </ul>
 *
 * <pre>{@code
 * byte[] bytes = CanonicalJson.bytes(CanonicalJson.parse("{ \"b\": [1, 2], \"a\": \"x\" }"));
 * // {"a":"x","b":[1,2]}
 * String hash = CanonicalJson.sha256(tree);   // what a ledger's recordHash holds
 * }</pre>
 */
public final class CanonicalJson {
  /** The largest magnitude of an integer the canonical form holds: 2^53 − 1. */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final ObjectMapper READER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private CanonicalJson() {}

  /**
   * Reads a JSON text for canonicalisation: duplicate member names are refused (RFC 8785
   * section 3.1 requires I-JSON).
   *
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  public static JsonNode parse(String json) {
    try {
      JsonNode tree = READER.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new IllegalArgumentException("canonical JSON: the text holds no JSON value");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("canonical JSON: not a JSON document: "
          + e.getOriginalMessage(), e);
    }
  }

  /** The canonical text of {@code tree}. */
  public static String text(JsonNode tree) {
    StringBuilder b = new StringBuilder();
    write(tree, "$", b);
    return b.toString();
  }

  /** The canonical form of {@code tree}: its canonical text in UTF-8. */
  public static byte[] bytes(JsonNode tree) {
    return text(tree).getBytes(StandardCharsets.UTF_8);
  }

  /** SHA-256 of {@link #bytes}, 64 lowercase hex digits. */
  public static String sha256(JsonNode tree) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(bytes(tree)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void write(JsonNode n, String path, StringBuilder b) {
    switch (n.getNodeType()) {
      case OBJECT -> {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          names.add(it.next().getKey());
        }
        names.sort(String::compareTo); // String order is UTF-16 code unit order
        b.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            b.append(',');
          }
          string(names.get(i), path, b);
          b.append(':');
          write(n.get(names.get(i)), path + "." + names.get(i), b);
        }
        b.append('}');
      }
      case ARRAY -> {
        b.append('[');
        for (int i = 0; i < n.size(); i++) {
          if (i > 0) {
            b.append(',');
          }
          write(n.get(i), path + "[" + i + "]", b);
        }
        b.append(']');
      }
      case STRING -> string(n.textValue(), path, b);
      case BOOLEAN -> b.append(n.booleanValue());
      case NULL -> b.append("null");
      case NUMBER -> number(n, path, b);
      default -> throw new IllegalArgumentException("canonical JSON: " + path
          + " is not a JSON value: " + n.getNodeType());
    }
  }

  private static void number(JsonNode n, String path, StringBuilder b) {
    BigInteger v;
    if (n.isIntegralNumber()) {
      v = n.bigIntegerValue();
    } else {
      try {
        v = n.decimalValue().toBigIntegerExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("canonical JSON: " + path + " is " + n.asText()
            + ", not an integer; the documents hashed here hold integers only", e);
      }
    }
    if (v.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
      throw new IllegalArgumentException("canonical JSON: " + path + " is " + v
          + ", beyond 2^53 - 1, the largest integer JSON numbers hold exactly");
    }
    b.append(v);
  }

  private static void string(String s, String path, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
        continue;
      }
      if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("canonical JSON: " + path
            + " holds an unpaired surrogate U+"
            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
      }
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
