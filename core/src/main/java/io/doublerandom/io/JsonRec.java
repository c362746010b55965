package io.doublerandom.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A record read from a JSON object. Nested objects are records of their own whose fields are
 * reported with a path such as {@code riskRatings[1].riskClass}, at the line of the top record.
 */
final class JsonRec extends Rec {
  private ObjectNode node;
  private final String prefix;

  JsonRec(String source, long line, Problems problems, ObjectNode node) {
    this(source, line, problems, node, "", null);
  }

  private JsonRec(String source, long line, Problems problems, ObjectNode node, String prefix,
      Rec parent) {
    super(source, line, problems, parent);
    this.node = node;
    this.prefix = prefix;
  }

  @Override
  void release() {
    node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
  }

  @Override
  boolean isCsv() {
    return false;
  }

  @Override
  String fieldName(Column c) {
    return prefix + c.json();
  }

  @Override
  boolean columnAbsent(Column c) {
    return false;
  }

  @Override
  Optional<String> text(Column c) {
    JsonNode v = node.get(c.json());
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isValueNode()) {
      error(c, "", "expected a single value, got " + describe(v));
      return Optional.empty();
    }
    String t = v.asText().strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  @Override
  List<String> texts(Column c, String separators) {
    JsonNode v = node.get(c.json());
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      error(c, v.isValueNode() ? v.asText() : "", "expected an array, got " + describe(v));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (e.isValueNode() && !e.isNull()) {
        String t = e.asText().strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
      } else {
        error(fieldName(c) + "[" + i + "]", "", "expected a value, got " + describe(e));
      }
    }
    return out;
  }

  /** The path of this object, for example {@code conflicts[0]}; empty for a top record. */
  String path() {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  /** Checks that every property of this object is one of {@code known}. */
  void checkProperties(Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        error(prefix + name, "", "unknown property; expected one of " + String.join(", ",
            new java.util.TreeSet<>(known)));
      }
    }
  }

  /** The nested objects of an array property, each checked against {@code known}. */
  List<JsonRec> objects(Column c, Set<String> known) {
    JsonNode v = node.get(c.json());
    List<JsonRec> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      error(c, v.isValueNode() ? v.asText() : "", "expected an array, got " + describe(v));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String path = fieldName(c) + "[" + i + "]";
      if (e.isObject()) {
        JsonRec child = new JsonRec(source(), line(), problems(), (ObjectNode) e, path + ".", this);
        child.checkProperties(known);
        out.add(child);
      } else {
        error(path, e.isValueNode() ? e.asText() : "", "expected an object, got " + describe(e));
      }
    }
    return out;
  }

  /** The nested object of a property, checked against {@code known}; empty when absent. */
  Optional<JsonRec> object(Column c, Set<String> known) {
    JsonNode v = node.get(c.json());
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      error(c, v.isValueNode() ? v.asText() : "", "expected an object, got " + describe(v));
      return Optional.empty();
    }
    JsonRec child = new JsonRec(source(), line(), problems(), (ObjectNode) v,
        fieldName(c) + ".", this);
    child.checkProperties(known);
    return Optional.of(child);
  }

  private static String describe(JsonNode v) {
    if (v.isArray()) {
      return "an array";
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isNull()) {
      return "null";
    }
    return v.isTextual() ? "a string" : v.isNumber() ? "a number" : "a " + v.getNodeType()
        .toString().toLowerCase(java.util.Locale.ROOT);
  }
}
