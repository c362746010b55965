package io.doublerandom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.Scope;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.RegionCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules file of {@code doublerandom assign}: a JSON object in the form of {@link
 * AssignmentRules} as Jackson writes it (the form of {@code manifest.rules} in an assignment
 * record), with every member optional. Omitted default rules take {@link TaskRules#standard()};
 * omitted members of a task override take the file's defaults. Capacities may be written {@code
 * "unlimited"}, the scope as its enum name or its token ({@code cross-county}), levels in any
 * case. Every problem of the file is collected; any problem makes the file unusable (exit 2). The
 * schema is documented in docs/cli.md ("The rules file").
 */
final class RulesFile {
  static final Set<String> TOP = Set.of("defaults", "tasks", "batchCapacity");
  static final Set<String> RULES = Set.of("officers", "officersPerDepartment",
      "expertsPerSpecialty", "levels", "scope", "partners", "rotationDays", "taskCapacity");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private RulesFile(String source) {
    this.source = source;
  }

  /** The rules of a file. */
  static AssignmentRules read(Path file) {
    return parse(file.toString(), Inputs.utf8(file));
  }

  /** The rules of a JSON text; {@code source} names it in problems. */
  static AssignmentRules parse(String source, String json) {
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
      throw CommandFailure.unusable(source + ": a rules file is one JSON object");
    }
    return new RulesFile(source).rules(root);
  }

  private AssignmentRules rules(JsonNode root) {
    unknown(root, TOP, "");
    TaskRules defaults = TaskRules.standard();
    if (root.has("defaults")) {
      defaults = taskRules(root.get("defaults"), defaults, "defaults");
    }
    int batch = root.has("batchCapacity")
        ? capacity(root.get("batchCapacity"), "batchCapacity") : TaskRules.UNLIMITED;
    List<AssignmentRules.TaskOverride> overrides = new ArrayList<>();
    JsonNode tasks = root.path("tasks");
    if (!tasks.isMissingNode() && !tasks.isArray()) {
      problem("tasks", "must be an array of {\"task\": text, \"rules\": {...}}");
    } else {
      Set<String> seen = new TreeSet<>();
      for (int i = 0; i < tasks.size(); i++) {
        JsonNode t = tasks.get(i);
        String at = "tasks[" + i + "]";
        if (!t.isObject()) {
          problem(at, "must be an object {\"task\": text, \"rules\": {...}}");
          continue;
        }
        unknown(t, Set.of("task", "rules"), at + ".");
        if (!t.path("task").isTextual() || t.get("task").asText().isBlank()) {
          problem(at + ".task", "must be a non-empty text (the task number)");
          continue;
        }
        String task = t.get("task").asText();
        if (!seen.add(task)) {
          problem(at + ".task", "task " + task + " has more than one override");
          continue;
        }
        TaskRules r = taskRules(t.has("rules") ? t.get("rules") : MAPPER.createObjectNode(),
            defaults, at + ".rules");
        if (r != null) {
          try {
            overrides.add(new AssignmentRules.TaskOverride(task, r));
          } catch (IllegalArgumentException e) {
            problem(at + ".task", e.getMessage());
          }
        }
      }
    }
    if (!problems.isEmpty() || defaults == null) {
      throw CommandFailure.unusable(problems);
    }
    try {
      return new AssignmentRules(defaults, overrides, batch);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(source + ": " + e.getMessage());
    }
  }

  /** The rules of one object, members not given taken from {@code base}; null on a problem. */
  private TaskRules taskRules(JsonNode n, TaskRules base, String at) {
    if (base == null) {
      return null;
    }
    if (!n.isObject()) {
      problem(at, "must be an object with members " + String.join(", ", new TreeSet<>(RULES)));
      return null;
    }
    int before = problems.size();
    unknown(n, RULES, at + ".");
    int officers = n.has("officers") ? count(n.get("officers"), at + ".officers", 1)
        : base.officers();
    int perDept = n.has("officersPerDepartment") ? count(n.get("officersPerDepartment"),
        at + ".officersPerDepartment", 1) : base.officersPerDepartment();
    int experts = n.has("expertsPerSpecialty") ? count(n.get("expertsPerSpecialty"),
        at + ".expertsPerSpecialty", 1) : base.expertsPerSpecialty();
    Set<AuthorityLevel> levels = n.has("levels") ? levels(n.get("levels"), at + ".levels")
        : base.levels();
    Scope scope = n.has("scope") ? scope(n.get("scope"), at + ".scope") : base.scope();
    List<RegionCode> partners = n.has("partners") ? partners(n.get("partners"),
        at + ".partners") : base.partners();
    int rotation = n.has("rotationDays") ? count(n.get("rotationDays"), at + ".rotationDays", 0)
        : base.rotationDays();
    int capacity = n.has("taskCapacity") ? capacity(n.get("taskCapacity"),
        at + ".taskCapacity") : base.taskCapacity();
    if (problems.size() > before) {
      return null;
    }
    try {
      return new TaskRules(officers, perDept, experts, levels, scope, partners, rotation,
          capacity);
    } catch (IllegalArgumentException e) {
      problem(at, e.getMessage());
      return null;
    }
  }

  private int count(JsonNode n, String at, int min) {
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min) {
      problem(at, "must be an integer >= " + min + ", got " + n);
      return min;
    }
    return n.asInt();
  }

  private int capacity(JsonNode n, String at) {
    if (n.isTextual() && n.asText().equalsIgnoreCase("unlimited")) {
      return TaskRules.UNLIMITED;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 1) {
      problem(at, "must be an integer >= 1 or \"unlimited\", got " + n);
      return 1;
    }
    return n.asInt();
  }

  private Set<AuthorityLevel> levels(JsonNode n, String at) {
    if (!n.isArray() || n.isEmpty()) {
      problem(at, "must be a non-empty array of NATIONAL, PROVINCE, CITY, COUNTY");
      return EnumSet.allOf(AuthorityLevel.class);
    }
    Set<AuthorityLevel> out = EnumSet.noneOf(AuthorityLevel.class);
    for (JsonNode l : n) {
      try {
        out.add(AuthorityLevel.valueOf(l.asText().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problem(at, "unknown level " + l + "; the levels are NATIONAL, PROVINCE, CITY, COUNTY");
      }
    }
    return out.isEmpty() ? EnumSet.allOf(AuthorityLevel.class) : out;
  }

  private Scope scope(JsonNode n, String at) {
    String t = n.asText("");
    for (Scope s : Scope.values()) {
      if (s.name().equalsIgnoreCase(t) || s.token().equalsIgnoreCase(t)) {
        return s;
      }
    }
    problem(at, "unknown scope " + n + "; the scopes are JURISDICTION (jurisdiction),"
        + " CROSS_COUNTY (cross-county), CROSS_PREFECTURE (cross-prefecture)");
    return Scope.JURISDICTION;
  }

  private List<RegionCode> partners(JsonNode n, String at) {
    List<RegionCode> out = new ArrayList<>();
    if (!n.isArray()) {
      problem(at, "must be an array of six-digit region codes");
      return out;
    }
    for (JsonNode r : n) {
      try {
        out.add(RegionCode.of(r.asText()));
      } catch (IllegalArgumentException e) {
        problem(at, e.getMessage());
      }
    }
    return out;
  }

  private void unknown(JsonNode n, Set<String> known, String prefix) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        problem(prefix + name, "unknown field; the fields are "
            + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  private void problem(String field, String message) {
    problems.add(source + ": " + field + ": " + message);
  }
}
