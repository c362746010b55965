package io.doublerandom.task;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.JointDrawRecord;
import io.doublerandom.draw.JointManifest;
import io.doublerandom.draw.Population;
import io.doublerandom.model.task.InspectionTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks that a task's frozen population, draw record and assignment record belong together,
 * listing every mismatch:
 *
 * <ul>
 *   <li>the draw's manifest names this task: its {@code task} is the task's {@linkplain
 *       InspectionTask#id() id} (for a joint draw, the joint manifest has a task plan of that id,
 *       whose items are the task's items);
 *   <li>the manifest's population digest is the frozen population's digest;
 *   <li>the record's manifest hash is the hash of its manifest;
 *   <li>the assignment's manifest names the task's draw record hash, and the assignment has
 *       visits of this task.
 * </ul>
 *
 * <p>It checks that the records fit, not that the draw is right; {@code TargetDraw.verify} and
 * {@code JointDraw.verify} re-run a draw.
 */
public final class TaskRecords {
  private TaskRecords() {}

  /** Every mismatch between {@code task}, its population and its single-task draw record. */
  public static List<String> drawProblems(InspectionTask task, Population population,
      DrawRecord record) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(record, "record");
    List<String> problems = new ArrayList<>();
    if (!record.manifest().task().equals(task.id())) {
      problems.add("the draw manifest names task '" + record.manifest().task()
          + "', not this task '" + task.id() + "'");
    }
    if (!record.manifest().populationDigest().equals(population.digest())) {
      problems.add("the draw manifest's population digest " + record.manifest().populationDigest()
          + " is not the digest " + population.digest() + " of the population given");
    }
    if (!record.manifestHash().equals(record.manifest().hash())) {
      problems.add("the draw record's manifest hash " + record.manifestHash()
          + " is not the hash " + record.manifest().hash() + " of its manifest");
    }
    return List.copyOf(problems);
  }

  /** Every mismatch between {@code task}, its population and the joint draw record. */
  public static List<String> jointDrawProblems(InspectionTask task, Population population,
      JointDrawRecord record) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(record, "record");
    List<String> problems = new ArrayList<>();
    Optional<JointManifest.TaskPlan> plan = record.manifest().task(task.id());
    if (plan.isEmpty()) {
      List<String> names = record.manifest().tasks().stream().map(JointManifest.TaskPlan::task)
          .toList();
      problems.add("the joint draw " + record.manifest().event() + " has no task '" + task.id()
          + "' in its manifest; it names " + names);
    } else {
      if (!plan.get().populationDigest().equals(population.digest())) {
        problems.add("the joint manifest's population digest of task " + task.id() + " "
            + plan.get().populationDigest() + " is not the digest " + population.digest()
            + " of the population given");
      }
      if (!new TreeSet<>(plan.get().items()).equals(new TreeSet<>(task.items()))) {
        problems.add("the joint manifest's items of task " + task.id() + " " + plan.get().items()
            + " are not the task's items " + task.items());
      }
    }
    if (!record.manifestHash().equals(record.manifest().hash())) {
      problems.add("the joint draw record's manifest hash " + record.manifestHash()
          + " is not the hash " + record.manifest().hash() + " of its manifest");
    }
    return List.copyOf(problems);
  }

  /** Every mismatch between {@code task} (drawn) and the assignment record. */
  public static List<String> assignmentProblems(InspectionTask task, AssignmentRecord record) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(record, "record");
    List<String> problems = new ArrayList<>();
    String drawn = record.manifest().drawRecordHash();
    if (task.drawRecordHash().isEmpty()) {
      problems.add("task " + task.id() + " has no draw record to assign inspectors to");
    } else if (!drawn.equals(task.drawRecordHash().get())) {
      problems.add("the assignment's draw record hash '" + drawn + "' is not the task's draw"
          + " record hash " + task.drawRecordHash().get());
    }
    if (record.visits().stream().noneMatch(v -> task.id().equals(v.task()))) {
      problems.add("the assignment has no visit of task '" + task.id() + "'");
    }
    if (!record.manifestHash().equals(record.manifest().hash())) {
      problems.add("the assignment record's manifest hash " + record.manifestHash()
          + " is not the hash " + record.manifest().hash() + " of its manifest");
    }
    return List.copyOf(problems);
  }

  static void require(String what, InspectionTask task, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(what + " does not belong to task " + task.id() + " ("
          + task.number() + "): " + String.join("; ", problems));
    }
  }
}
