package io.doublerandom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.Eligibility;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.json.Json;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.InvalidIdentifierException;
import io.doublerandom.model.RiskRating;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The design file of {@code doublerandom draw}: a JSON object with the task, the design, how
 * entities become candidates (stratifier, risk scores, eligibility) and optionally the seed plan.
 * The schema is documented in docs/cli.md ("The design file"). Every problem of the file is
 * collected; any problem makes the file unusable (exit 2).
 *
 * <p>{@code excludeNotOperating} and {@code exclusions} are read into the core {@link
 * Eligibility}: the not-operating rules (one reason code per registration status) unless {@code
 * excludeNotOperating} is false, and one explicit exclusion (reason code {@value
 * Eligibility#EXPLICIT}) per listed id with its free-text reason.
 *
 * @param task the task number (任务编号)
 * @param keyStream the key stream label, by default the task number
 * @param design the draw design
 * @param stratifyBy the stratifier named in the file, if any (the command-line option wins)
 * @param scores risk score per risk class (and {@code unrated}), for weighted methods
 * @param scoreDomain the risk domain whose class gives the score
 * @param eligibility the eligibility rules: not operating (unless {@code excludeNotOperating} is
 *     false) and the explicit exclusions with their reasons
 * @param seedPlan the seed plan named in the file, if any
 */
record DesignFile(String task, String keyStream, DrawDesign design, Optional<String> stratifyBy,
    Map<String, BigDecimal> scores, String scoreDomain, Eligibility eligibility,
    Optional<SeedPlan> seedPlan) {

  static final Set<String> FIELDS = Set.of("task", "keyStream", "method", "size", "stratumSizes",
      "alternates", "stratifyBy", "scores", "scoreDomain", "excludeNotOperating", "exclusions",
      "seedPlan");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** The design of a file. */
  static DesignFile read(Path file) {
    return parse(file.toString(), Inputs.utf8(file));
  }

  /** The design of a JSON text; {@code source} names it in problems. */
  static DesignFile parse(String source, String json) {
    if (json.startsWith("\uFEFF")) {
      json = json.substring(1);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw Inputs.malformedJson(source, e);
    }
    if (root == null || !root.isObject()) {
      throw CommandFailure.unusable(source + ": a design file is one JSON object");
    }
    return new Parser(source, root).parse();
  }

  /** Collects every problem while reading the tree. */
  private static final class Parser {
    private final String source;
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    Parser(String source, JsonNode root) {
      this.source = source;
      this.root = root;
    }

    DesignFile parse() {
      for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          problem(name, "unknown field; the fields are " + String.join(", ", sorted(FIELDS)));
        }
      }
      String task = text("task", true);
      String keyStream = Optional.ofNullable(text("keyStream", false)).orElse(task);
      DrawMethod method = null;
      String methodText = text("method", true);
      if (methodText != null) {
        try {
          method = DrawMethod.parse(methodText.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problem("method", e.getMessage());
        }
      }
      SizeRule size = null;
      if (root.has("size")) {
        size = sizeRule("size", root.get("size"));
      } else {
        problem("size", "missing required field");
      }
      List<DrawDesign.StratumSize> overrides = new ArrayList<>();
      JsonNode strata = root.get("stratumSizes");
      if (strata != null && !strata.isNull()) {
        if (!strata.isObject()) {
          problem("stratumSizes", "must be an object of stratum label to size rule");
        } else {
          for (Iterator<Map.Entry<String, JsonNode>> it = strata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            SizeRule r = sizeRule("stratumSizes." + e.getKey(), e.getValue());
            if (r != null) {
              try {
                overrides.add(new DrawDesign.StratumSize(e.getKey(), r));
              } catch (IllegalArgumentException ex) {
                problem("stratumSizes." + e.getKey(), ex.getMessage());
              }
            }
          }
        }
      }
      int alternates = integer("alternates", 0);
      String stratifyBy = text("stratifyBy", false);
      if (stratifyBy != null) {
        try {
          Stratifier.parse(stratifyBy);
        } catch (IllegalArgumentException e) {
          problem("stratifyBy", e.getMessage());
        }
      }
      Map<String, BigDecimal> scores = scores();
      String scoreDomain = Optional.ofNullable(text("scoreDomain", false))
          .orElse(RiskRating.GENERAL);
      Eligibility.Builder eligibility = Eligibility.builder();
      if (bool("excludeNotOperating", true)) {
        eligibility.excludeNotOperating();
      }
      exclusions(eligibility);
      Optional<SeedPlan> seedPlan = seedPlan();
      if (method != null && method.weighted() && root.get("scores") == null) {
        problem("scores", "method " + method.token() + " needs a risk score per risk class,"
            + " for example {\"A\": 1, \"B\": 2, \"C\": 4, \"D\": 8}");
      }
      DrawDesign design = null;
      if (method != null && size != null && alternates >= 0) {
        try {
          design = new DrawDesign(method, size, overrides, alternates);
        } catch (IllegalArgumentException e) {
          problem("stratumSizes", e.getMessage());
        }
      }
      if (!problems.isEmpty()) {
        throw CommandFailure.unusable(problems);
      }
      return new DesignFile(task, keyStream, design, Optional.ofNullable(stratifyBy), scores,
          scoreDomain, eligibility.build(), seedPlan);
    }

    private SizeRule sizeRule(String field, JsonNode node) {
      try {
        if (node.isTextual()) {
          return SizeRule.parse(node.asText());
        }
        if (!node.isObject()) {
          problem(field, "must be a rule text such as \"ratio 0.05 ceiling\" or an object such"
              + " as {\"ratio\": \"0.05\"} or {\"count\": 10}");
          return null;
        }
        Set<String> known = Set.of("ratio", "rounding", "minimum", "count");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (!known.contains(name)) {
            problem(field + "." + name, "unknown field; a size rule has ratio, rounding,"
                + " minimum or count");
            return null;
          }
        }
        if (node.has("count")) {
          if (node.has("ratio") || node.has("rounding") || node.has("minimum")) {
            problem(field, "a count rule has no ratio, rounding or minimum");
            return null;
          }
          JsonNode c = node.get("count");
          if (!c.canConvertToInt() || !c.isIntegralNumber()) {
            problem(field + ".count", "must be a whole number: " + c);
            return null;
          }
          return SizeRule.count(c.intValue());
        }
        JsonNode r = node.get("ratio");
        if (r == null || !(r.isTextual() || r.isNumber())) {
          problem(field, "needs \"ratio\" (a decimal such as \"0.05\") or \"count\"");
          return null;
        }
        String rounding = node.has("rounding") ? node.get("rounding").asText() : "ceiling";
        SizeRule rule = SizeRule.parse("ratio " + (r.isNumber() ? r.decimalValue()
            .toPlainString() : r.asText().strip()) + " " + rounding);
        JsonNode m = node.get("minimum");
        if (m != null && !m.isNull()) {
          if (!m.isIntegralNumber() || !m.canConvertToInt()) {
            problem(field + ".minimum", "must be a whole number: " + m);
            return null;
          }
          rule = rule.withMinimum(m.intValue());
        }
        return rule;
      } catch (IllegalArgumentException e) {
        problem(field, e.getMessage());
        return null;
      }
    }

    private Map<String, BigDecimal> scores() {
      JsonNode node = root.get("scores");
      Map<String, BigDecimal> scores = new TreeMap<>();
      if (node == null || node.isNull()) {
        return Collections.unmodifiableMap(scores);
      }
      if (!node.isObject()) {
        problem("scores", "must be an object of risk class to score, for example"
            + " {\"A\": 1, \"B\": 2, \"C\": 4, \"D\": 8}");
        return Collections.unmodifiableMap(scores);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        try {
          BigDecimal d = v.isNumber() ? v.decimalValue()
              : v.isTextual() ? new BigDecimal(v.asText().strip()) : null;
          if (d == null || d.signum() < 0) {
            problem("scores." + e.getKey(), "must be a non-negative number: " + v);
          } else {
            scores.put(e.getKey(), d);
          }
        } catch (NumberFormatException ex) {
          problem("scores." + e.getKey(), "must be a non-negative number: " + v);
        }
      }
      return Collections.unmodifiableMap(scores);
    }

    /** Adds every entry of {@code exclusions} to {@code eligibility} as an explicit exclusion. */
    private void exclusions(Eligibility.Builder eligibility) {
      JsonNode node = root.get("exclusions");
      if (node == null || node.isNull()) {
        return;
      }
      if (!node.isArray()) {
        problem("exclusions", "must be an array of {\"id\": …, \"reason\": …}");
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode x = node.get(i);
        String f = "exclusions[" + i + "]";
        if (!x.isObject() || !x.path("id").isTextual() || !x.path("reason").isTextual()
            || x.size() != 2) {
          problem(f, "must be {\"id\": entity id, \"reason\": text}");
          continue;
        }
        EntityId id;
        try {
          id = EntityId.parse(x.get("id").asText());
        } catch (InvalidIdentifierException e) {
          problem(f + ".id", e.getMessage());
          continue;
        }
        try {
          eligibility.exclude(id, x.get("reason").asText());
        } catch (IllegalArgumentException e) {
          problem(f, e.getMessage());
        }
      }
    }

    private Optional<SeedPlan> seedPlan() {
      JsonNode node = root.get("seedPlan");
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      try {
        return Optional.of(MAPPER.treeToValue(node, SeedPlan.class));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
        String message = cause instanceof JsonProcessingException jpe ? Json.describe(jpe)
            : cause.getMessage();
        problem("seedPlan", message + " (expected {\"kind\": \"recorded\"}, {\"kind\":"
            + " \"commit-reveal\", \"commitments\": [{\"party\": …, \"hash\": …}]} or {\"kind\":"
            + " \"drand\", \"chainHash\": …, \"round\": …})");
        return Optional.empty();
      }
    }

    private String text(String field, boolean required) {
      JsonNode n = root.get(field);
      if (n == null || n.isNull()) {
        if (required) {
          problem(field, "missing required field");
        }
        return null;
      }
      if (!n.isTextual() || n.asText().isBlank()) {
        problem(field, "must be a non-empty text: " + n);
        return null;
      }
      return n.asText();
    }

    private int integer(String field, int absent) {
      JsonNode n = root.get(field);
      if (n == null || n.isNull()) {
        return absent;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
        problem(field, "must be a whole number >= 0: " + n);
        return -1;
      }
      return n.intValue();
    }

    private boolean bool(String field, boolean absent) {
      JsonNode n = root.get(field);
      if (n == null || n.isNull()) {
        return absent;
      }
      if (!n.isBoolean()) {
        problem(field, "must be true or false: " + n);
        return absent;
      }
      return n.booleanValue();
    }

    private void problem(String field, String message) {
      problems.add(source + ": " + field + ": " + message);
    }

    private static List<String> sorted(Set<String> s) {
      List<String> l = new ArrayList<>(s);
      Collections.sort(l);
      return l;
    }
  }
}
