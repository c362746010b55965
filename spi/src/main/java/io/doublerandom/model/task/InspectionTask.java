package io.doublerandom.model.task;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DoubleRandomStyle;
import io.doublerandom.model.plan.ChecklistRef;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An inspection task (抽查任务) as a store holds it: one version of one task.
 *
 * <p>{@link #id()} is stable and is the {@code task} its draw manifest names; {@link #number()}
 * is the published task number (任务编号, e.g. {@code 晋市监抽查〔2025〕12号}), allocated once from a
 * per-authority, per-year counter and never reused. {@link #version()} starts at 1 and grows by
 * one with every saved change. The draw inputs and outputs are referenced by hash: the frozen
 * population's digest, the draw record's hash and the assignment record's hash; the core module's
 * {@code io.doublerandom.task.TaskRecords} checks that they belong together.
 *
 * <p>A task comes from a plan item's batch ({@link #plan()}) or follows a lead ({@link
 * #lead()}), never both. It is joint when it has sub-tasks of more than one department.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableInspectionTask.class)
@JsonDeserialize(as = ImmutableInspectionTask.class)
public abstract class InspectionTask {
  InspectionTask() {}

  /** Stable id; the task its draw manifest names. */
  public abstract String id();

  /** Record version: 1 for the first saved version, +1 per saved change. */
  @Value.Default
  public long version() {
    return 1;
  }

  /** The task number (任务编号). */
  public abstract String number();

  /** The counter value the number was made from (the {@code n} of {@code 〔2025〕n号}). */
  public abstract long sequence();

  /** The task's name (任务名称). */
  public abstract String name();

  /** Code of the authority that runs the task. */
  public abstract String authority();

  /** The year the task number counts in. */
  public abstract int year();

  /** The plan item and batch, for a planned task. */
  public abstract Optional<PlanRef> plan();

  /** The lead, for a temporary task. */
  public abstract Optional<Lead> lead();

  /** The checklist version the items refer to. */
  public abstract ChecklistRef checklist();

  /** The checklist item codes inspected on every visit of the task; at least one. */
  public abstract List<String> items();

  /** The lead department (牵头部门). */
  public abstract String leadDepartment();

  /** One per department for a joint task (the lead's included); empty otherwise. */
  public abstract List<SubTask> subTasks();

  /** The dates of the inspections. */
  public abstract DateRange window();

  /** When the task was created (from the library's clock). */
  public abstract Instant createdAt();

  /** Status. */
  @Value.Default
  public TaskStatus status() {
    return TaskStatus.CREATED;
  }

  /** Every status move, oldest first. */
  public abstract List<StatusChange> history();

  /** Digest of the frozen population the task was drawn from, once drawn. */
  public abstract Optional<String> populationDigest();

  /** Hash of the draw record (single or joint), once drawn. */
  public abstract Optional<String> drawRecordHash();

  /** The joint draw event, when the task was drawn with others in one joint draw. */
  public abstract Optional<String> drawEvent();

  /** Hash of the assignment record, once assigned. */
  public abstract Optional<String> assignmentRecordHash();

  /** Planned or temporary. */
  public final TaskKind kind() {
    return plan().isPresent() ? TaskKind.PLANNED : TaskKind.TEMPORARY;
  }

  /** Whether the task is joint (sub-tasks of more than one department). */
  public final boolean joint() {
    return subTasks().size() > 1;
  }

  /** Every department of the task: the lead, then the other sub-tasks' departments. */
  public final List<String> departments() {
    Set<String> all = new LinkedHashSet<>();
    all.add(leadDepartment());
    subTasks().forEach(s -> all.add(s.department()));
    return List.copyOf(all);
  }

  /** The sub-task of this department. */
  public final Optional<SubTask> subTask(String department) {
    return subTasks().stream().filter(s -> s.department().equals(department)).findFirst();
  }

  @Value.Check
  void check() {
    Fields.text(id(), "task id");
    Fields.require(version() >= 1, "version of task " + id(), version(), "must be at least 1");
    Fields.text(number(), "number of task " + id());
    Fields.require(sequence() >= 1, "sequence of task " + id(), sequence(),
        "must be at least 1");
    Fields.text(name(), "name of task " + id());
    Fields.text(authority(), "authority of task " + id());
    Fields.require(plan().isPresent() != lead().isPresent(), "origin of task " + id(),
        plan().isPresent() ? "plan and lead" : "neither plan nor lead",
        "must be exactly one of a plan item or a lead");
    Fields.require(!items().isEmpty(), "items of task " + id(), items(), "must not be empty");
    Fields.texts(items(), "item of task " + id());
    Set<String> seen = new HashSet<>();
    for (String i : items()) {
      Fields.require(seen.add(i), "item of task " + id(), i, "must not repeat");
    }
    Fields.text(leadDepartment(), "lead department of task " + id());
    if (!subTasks().isEmpty()) {
      Set<String> departments = new HashSet<>();
      Set<String> covered = new HashSet<>();
      for (SubTask s : subTasks()) {
        Fields.require(departments.add(s.department()), "sub-task department of task " + id(),
            s.department(), "must not repeat");
        for (String i : s.items()) {
          Fields.require(seen.contains(i), "item of sub-task " + s.department() + " of task "
              + id(), i, "must be an item of the task " + items());
          covered.add(i);
        }
      }
      Fields.require(departments.contains(leadDepartment()), "sub-tasks of task " + id(),
          departments, "must include the lead department " + leadDepartment());
      Fields.require(covered.equals(seen), "sub-tasks of task " + id(), covered,
          "must together cover every item of the task " + items());
    }
    populationDigest().ifPresent(h -> hash(h, "population digest of task " + id()));
    drawRecordHash().ifPresent(h -> hash(h, "draw record hash of task " + id()));
    assignmentRecordHash().ifPresent(h -> hash(h, "assignment record hash of task " + id()));
    Fields.text(drawEvent(), "draw event of task " + id());
  }

  private static void hash(String h, String field) {
    Fields.require(h.length() == 64 && h.chars().allMatch(
        c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')), field, h,
        "must be 64 lower-case hex digits (SHA-256)");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InspectionTask}. */
  public static final class Builder extends ImmutableInspectionTask.Builder {}
}
