package io.doublerandom.testkit.assign;

import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.PastVisit;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.assign.Visit;
import io.doublerandom.fixtures.InspectorLine;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.RegionCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assignment inputs from one line each, as the test vectors of docs/assignment-spec.md (section
 * 12) write them; lists are comma-separated or {@code -}:
 *
 * <pre>
 *   inspector: see {@link InspectorLine}
 *   visit:     id task entity region authority from/to parties items specialties departments recusals
 *   rules:     officers n officers-per-department n experts-per-specialty n rotation-days n
 *              task-capacity n|unlimited batch-capacity n|unlimited
 *   history:   entity inspector date
 * </pre>
 *
 * Every method throws {@link IllegalArgumentException} naming the line and the bad field.
 */
public final class SpecLines {
  private static final Set<String> RULE_NAMES = Set.of("officers", "officers-per-department",
      "experts-per-specialty", "rotation-days", "task-capacity", "batch-capacity");

  private SpecLines() {}

  /** An inspector ({@link InspectorLine#parse}). */
  public static Inspector inspector(String line) {
    return InspectorLine.parse(line);
  }

  /** A visit. */
  public static Visit visit(String line) {
    String[] w = fields(line, "visit", 11,
        "id task entity region authority from/to parties items specialties departments recusals");
    try {
      return new Visit(w[0], w[1], new EntityRef(w[2], RegionCode.of(w[3]), w[4],
          new TreeSet<>(list(w[6]))), range(w[5]), new TreeSet<>(list(w[7])),
          new TreeSet<>(list(w[8])), new TreeSet<>(list(w[9])), new TreeSet<>(list(w[10])));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("visit line '" + line + "': " + e.getMessage(), e);
    }
  }

  /** The rules, the same for every task. */
  public static AssignmentRules rules(String line) {
    String[] w = line.strip().split(" ");
    Map<String, String> kv = new HashMap<>();
    for (int i = 0; i + 1 < w.length; i += 2) {
      if (!RULE_NAMES.contains(w[i])) {
        throw new IllegalArgumentException("rules line '" + line + "': unknown rule '" + w[i]
            + "', expected one of " + new TreeSet<>(RULE_NAMES));
      }
      kv.put(w[i], w[i + 1]);
    }
    if (w.length % 2 != 0 || !kv.keySet().equals(RULE_NAMES)) {
      throw new IllegalArgumentException("rules line '" + line + "' must give each of "
          + new TreeSet<>(RULE_NAMES) + " a value");
    }
    try {
      TaskRules t = TaskRules.standard().withOfficers(Integer.parseInt(kv.get("officers")))
          .withOfficersPerDepartment(Integer.parseInt(kv.get("officers-per-department")))
          .withExpertsPerSpecialty(Integer.parseInt(kv.get("experts-per-specialty")))
          .withRotationDays(Integer.parseInt(kv.get("rotation-days")))
          .withTaskCapacity(capacity(kv.get("task-capacity")));
      return AssignmentRules.of(t).withBatchCapacity(capacity(kv.get("batch-capacity")));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("rules line '" + line + "': " + e.getMessage(), e);
    }
  }

  /** A past visit. */
  public static PastVisit history(String line) {
    String[] w = fields(line, "history", 3, "entity inspector date");
    try {
      return new PastVisit(w[0], w[1], LocalDate.parse(w[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("history line '" + line + "': " + e.getMessage(), e);
    }
  }

  private static String[] fields(String line, String kind, int n, String names) {
    String[] w = line.strip().split(" ");
    if (w.length != n) {
      throw new IllegalArgumentException(kind + " line '" + line + "' has " + w.length
          + " fields, needs " + n + ": " + names);
    }
    return w;
  }

  private static int capacity(String text) {
    return text.equals("unlimited") ? TaskRules.UNLIMITED : Integer.parseInt(text);
  }

  private static List<String> list(String field) {
    return field.equals("-") ? List.of() : Arrays.asList(field.split(","));
  }

  private static DateRange range(String field) {
    String[] d = field.split("/");
    if (d.length != 2) {
      throw new IllegalArgumentException("dates '" + field + "' are not from/to");
    }
    return new DateRange(LocalDate.parse(d[0]), LocalDate.parse(d[1]));
  }
}
