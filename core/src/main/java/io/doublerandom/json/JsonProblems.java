package io.doublerandom.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's wording of Jackson's failures (see {@link Json#describe}). */
final class JsonProblems {
  static final String A_VALUE = "a JSON value (text in double quotes, a number, an array, an"
      + " object, true, false or null)";

  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\((?:'(.*?)' )?\\(code (\\d+)[^)]*\\)\\)(.*)",
          Pattern.DOTALL);
  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("Unrecognized token '(.*?)'", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile("code (\\d+)");
  private static final Pattern QUOTED = Pattern.compile("'(.*?)'");
  private static final Pattern MISSING = Pattern.compile(
      "Missing (?:required )?creator property '(.*?)'");

  private JsonProblems() {}

  static String describe(JsonProcessingException e) {
    String what = what(e);
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      return String.format(Locale.ROOT, "line %d, column %d: %s", at.getLineNr(),
          at.getColumnNr(), what);
    }
    return what;
  }

  private static String what(JsonProcessingException e) {
    String m = Objects.toString(e.getOriginalMessage(), "");
    StreamReadConstraints limits = StreamReadConstraints.defaults();
    if (e instanceof StreamConstraintsException) {
      if (m.contains("nesting depth")) {
        return String.format(Locale.ROOT, "arrays and objects are nested deeper than the limit"
            + " of %,d levels", limits.getMaxNestingDepth());
      }
      if (m.startsWith("String value length")) {
        return String.format(Locale.ROOT, "a text value is longer than the limit of %,d"
            + " characters", limits.getMaxStringLength());
      }
      if (m.startsWith("Number value length")) {
        return String.format(Locale.ROOT, "a number is longer than the limit of %,d digits",
            limits.getMaxNumberLength());
      }
      if (m.startsWith("Name length")) {
        return String.format(Locale.ROOT, "a property name is longer than the limit of %,d"
            + " characters", limits.getMaxNameLength());
      }
      return "the document exceeds a size limit of the JSON reader";
    }
    if (e instanceof JsonMappingException jme) {
      return mapping(jme, m);
    }
    return syntax(e, m);
  }

  private static String syntax(JsonProcessingException e, String m) {
    if (m.startsWith("No content to map") || m.contains("end-of-input") && m.contains("No content")) {
      return "there is no JSON value (the text is empty)";
    }
    if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
      if (m.contains("string value") || m.contains("closing quote")) {
        return "the text ends inside a text value (a closing \" is missing); is the file cut"
            + " short?";
      }
      return "the text ends inside an array or object; is the file cut short?";
    }
    Matcher c = UNEXPECTED_CHARACTER.matcher(m);
    if (c.lookingAt()) {
      int code = Integer.parseInt(c.group(2));
      String ch = code < 0x20 || code == 0x7F || code == 0xFEFF
          ? String.format(Locale.ROOT, "U+%04X", code)
          : "'" + new String(Character.toChars(code)) + "'";
      String rest = c.group(3);
      String expected;
      if (rest.contains("double-quote to start field name")) {
        expected = "a property name in double quotes";
      } else if (rest.contains("separate Object entries")) {
        expected = "',' or '}'";
      } else if (rest.contains("separate Array entries")) {
        expected = "',' or ']'";
      } else if (rest.contains("colon")) {
        expected = "':' after the property name";
      } else if (rest.contains("valid value") || rest.contains("expected a value")) {
        expected = A_VALUE;
      } else if (rest.contains("space")) {
        expected = "the end of the JSON value";
      } else {
        expected = "";
      }
      return "unexpected character " + ch + (expected.isEmpty() ? "" : "; expected " + expected);
    }
    Matcher t = UNRECOGNIZED_TOKEN.matcher(m);
    if (t.lookingAt()) {
      String word = t.group(1);
      return "unrecognised word '" + (word.length() > 40 ? word.substring(0, 40) + "..." : word)
          + "'; expected " + A_VALUE;
    }
    if (m.startsWith("Illegal unquoted character")) {
      Matcher code = CONTROL.matcher(m);
      String u = code.find() ? String.format(Locale.ROOT, "U+%04X",
          Integer.parseInt(code.group(1))) : "a control character";
      return "control character " + u + " inside a text value; write it escaped (\\u"
          + u.substring(2) + ") or remove it";
    }
    if (m.startsWith("Duplicate field") || m.startsWith("Duplicate Object property")) {
      Matcher q = QUOTED.matcher(m);
      return "property " + (q.find() ? "'" + q.group(1) + "' " : "") + "appears twice";
    }
    if (m.startsWith("Unexpected close marker")) {
      return "a closing bracket that does not match the opening one";
    }
    if (m.contains("numeric value") || m.contains("Leading zeroes") || m.contains("Non-standard")
        || m.contains("Invalid number")) {
      return "not a valid JSON number (digits, with an optional '-', '.' and exponent; no"
          + " leading zeros, NaN or Infinity)";
    }
    if (m.contains("character escape")) {
      return "an invalid escape sequence in a text value (valid: \\\" \\\\ \\/ \\b \\f \\n \\r"
          + " \\t \\uXXXX)";
    }
    if (m.contains("Trailing token")) {
      return "unexpected content after the JSON value";
    }
    return "not valid JSON syntax here";
  }

  private static String mapping(JsonMappingException e, String m) {
    String path = path(e.getPath());
    String in = path.isEmpty() ? " (in the top-level object)" : " (in " + path + ")";
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : "; expected one of "
          + String.join(", ", new TreeSet<>(u.getKnownPropertyIds().stream()
              .map(String::valueOf).toList()));
      return "unknown property '" + u.getPropertyName() + "'" + parentIn(e) + known;
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null) {
      return (path.isEmpty() ? "" : path + ": ") + iae.getMessage();
    }
    if (cause instanceof NullPointerException npe && npe.getMessage() != null
        && npe.getMessage().matches("[A-Za-z][A-Za-z0-9_]*")) {
      // a record's constructor check Objects.requireNonNull(x, "x")
      return "missing required property '" + npe.getMessage() + "'" + in;
    }
    Matcher missing = MISSING.matcher(m);
    if (missing.find()) {
      return "missing required property '" + missing.group(1) + "'" + in;
    }
    if (e instanceof InvalidNullException) {
      return (path.isEmpty() ? "a value" : path) + ": must not be null";
    }
    if (e instanceof InvalidFormatException f) {
      return (path.isEmpty() ? "" : path + ": ") + "'" + f.getValue() + "' is not a valid "
          + kind(f.getTargetType()).replaceFirst("^an? ", "");
    }
    if (e instanceof MismatchedInputException mi) {
      if (m.startsWith("No content to map")) {
        return "there is no JSON value (the text is empty)";
      }
      if (m.contains("Trailing token")) {
        return "unexpected content after the JSON value";
      }
      return (path.isEmpty() ? "" : path + ": ") + "expected " + kind(mi.getTargetType())
          + (m.contains("from Array") || m.contains("START_ARRAY") ? ", got an array"
          : m.contains("from Object") || m.contains("START_OBJECT") ? ", got an object"
          : m.contains("from String") || m.contains("VALUE_STRING") ? ", got a text"
          : m.contains("from Boolean") ? ", got true or false"
          : m.contains("from Integer") || m.contains("from Floating") || m.contains("NUMBER")
              ? ", got a number" : m.contains("from Null") || m.contains("null") ? ", got null"
          : "");
    }
    if (cause != null && cause.getMessage() != null && !(cause instanceof JsonProcessingException)) {
      return (path.isEmpty() ? "" : path + ": ") + "invalid value: " + cause.getMessage();
    }
    return (path.isEmpty() ? "" : path + ": ") + "the JSON does not have the structure of this"
        + " kind of document";
  }

  /** " (in path)" of the object that holds the last reference. */
  private static String parentIn(JsonMappingException e) {
    List<JsonMappingException.Reference> refs = e.getPath();
    String parent = path(refs.isEmpty() ? refs : refs.subList(0, refs.size() - 1));
    return parent.isEmpty() ? " (in the top-level object)" : " (in " + parent + ")";
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return "a text";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class
        || type == Float.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date (yyyy-MM-dd)";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
          .map(String::valueOf).toList());
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object";
  }
}
