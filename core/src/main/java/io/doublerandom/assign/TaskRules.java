package io.doublerandom.assign;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.RegionCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of one task (docs/assignment-spec.md section 4). The defaults follow
 * reference/regulation.md: at least two certified enforcement officers per visit (《行政处罚法》
 * art. 42), one expert per required specialty, same jurisdiction, no inspector twice for the same
 * entity within a year (local practice, no national parameter), no workload cap.
 *
 * @param officers the minimum number of enforcement officers per visit, at least 1 (default 2)
 * @param officersPerDepartment for joint visits, the officers each participating department
 *     contributes at least (default 1); if they add up to fewer than {@code officers}, the
 *     remainder is spread over the departments in code order
 * @param expertsPerSpecialty experts per required specialty (default 1); experts never count as
 *     officers, and one expert fills one specialty of a visit
 * @param levels the authority levels inspectors may come from (default all four)
 * @param scope same jurisdiction or a cross-region mode
 * @param partners for cross-region modes, the regions inspectors must come from; empty means any
 *     other county of the same prefecture, or any other prefecture of the same province
 * @param rotationDays an inspector who inspected the entity on a day from {@code rotationDays}
 *     days before the first inspection date up to the last is excluded; 0 disables the rule
 * @param taskCapacity the maximum number of visits of this task per inspector, {@link #UNLIMITED}
 *     for no cap
 */
@JsonPropertyOrder({"officers", "officersPerDepartment", "expertsPerSpecialty", "levels",
    "scope", "partners", "rotationDays", "taskCapacity"})
public record TaskRules(int officers, int officersPerDepartment, int expertsPerSpecialty,
    Set<AuthorityLevel> levels, Scope scope, List<RegionCode> partners, int rotationDays,
    int taskCapacity) {

  /** No cap. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** Validates the fields; levels are kept in enum order, partners sorted and distinct. */
  public TaskRules {
    checkArgument(officers >= 1, "officers must be >= 1, got %s", officers);
    checkArgument(officersPerDepartment >= 1, "officersPerDepartment must be >= 1, got %s",
        officersPerDepartment);
    checkArgument(expertsPerSpecialty >= 1, "expertsPerSpecialty must be >= 1, got %s",
        expertsPerSpecialty);
    checkArgument(levels != null && !levels.isEmpty(), "levels must name at least one level");
    levels = java.util.Collections.unmodifiableSet(EnumSet.copyOf(levels));
    Objects.requireNonNull(scope, "scope");
    TreeSet<RegionCode> p = new TreeSet<>(partners == null ? List.of() : partners);
    checkArgument(p.isEmpty() || scope != Scope.JURISDICTION,
        "partner regions %s need a cross-region scope", p);
    partners = List.copyOf(new ArrayList<>(p));
    checkArgument(rotationDays >= 0, "rotationDays must be >= 0, got %s", rotationDays);
    checkArgument(taskCapacity >= 1, "taskCapacity must be >= 1, got %s", taskCapacity);
  }

  /** The defaults: 2 officers, 1 per department, 1 expert per specialty, all levels, same
   * jurisdiction, rotation 365 days, no cap. */
  public static TaskRules standard() {
    return new TaskRules(2, 1, 1, EnumSet.allOf(AuthorityLevel.class), Scope.JURISDICTION,
        List.of(), 365, UNLIMITED);
  }

  /** With this minimum number of officers. */
  public TaskRules withOfficers(int n) {
    return new TaskRules(n, officersPerDepartment, expertsPerSpecialty, levels, scope, partners,
        rotationDays, taskCapacity);
  }

  /** With this number of officers per participating department. */
  public TaskRules withOfficersPerDepartment(int n) {
    return new TaskRules(officers, n, expertsPerSpecialty, levels, scope, partners,
        rotationDays, taskCapacity);
  }

  /** With this number of experts per required specialty. */
  public TaskRules withExpertsPerSpecialty(int n) {
    return new TaskRules(officers, officersPerDepartment, n, levels, scope, partners,
        rotationDays, taskCapacity);
  }

  /** Inspectors only from these authority levels. */
  public TaskRules withLevels(Collection<AuthorityLevel> allowed) {
    return new TaskRules(officers, officersPerDepartment, expertsPerSpecialty,
        allowed.isEmpty() ? Set.of() : EnumSet.copyOf(allowed), scope, partners, rotationDays,
        taskCapacity);
  }

  /** With this scope and partner regions (empty for the default partners of the mode). */
  public TaskRules withScope(Scope mode, Collection<RegionCode> partnerRegions) {
    return new TaskRules(officers, officersPerDepartment, expertsPerSpecialty, levels, mode,
        List.copyOf(partnerRegions), rotationDays, taskCapacity);
  }

  /** With this rotation window in days (0: off). */
  public TaskRules withRotationDays(int days) {
    return new TaskRules(officers, officersPerDepartment, expertsPerSpecialty, levels, scope,
        partners, days, taskCapacity);
  }

  /** With at most this many visits of the task per inspector. */
  public TaskRules withTaskCapacity(int visits) {
    return new TaskRules(officers, officersPerDepartment, expertsPerSpecialty, levels, scope,
        partners, rotationDays, visits);
  }

  /** The levels as comma-separated lowercase tokens in enum order, for the manifest. */
  String levelsText() {
    StringBuilder b = new StringBuilder();
    for (AuthorityLevel l : levels) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(l.name().toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }

  static String capacityText(int c) {
    return c == UNLIMITED ? "unlimited" : Integer.toString(c);
  }

  /** Canonical manifest lines of these rules (section 6 of the spec), names prefixed. */
  void appendLines(StringBuilder b, String prefix) {
    AssignmentManifest.line(b, prefix + "officers", Integer.toString(officers));
    AssignmentManifest.line(b, prefix + "officers-per-department",
        Integer.toString(officersPerDepartment));
    AssignmentManifest.line(b, prefix + "experts-per-specialty",
        Integer.toString(expertsPerSpecialty));
    AssignmentManifest.line(b, prefix + "levels", levelsText());
    AssignmentManifest.line(b, prefix + "scope", scope.token());
    for (RegionCode r : partners) {
      AssignmentManifest.line(b, prefix + "partner", r.value());
    }
    AssignmentManifest.line(b, prefix + "rotation-days", Integer.toString(rotationDays));
    AssignmentManifest.line(b, prefix + "task-capacity", capacityText(taskCapacity));
  }
}
