package io.doublerandom.task;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.JointDrawRecord;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.TaskVisit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The visits (1+X, 进一次门、查多项事) of a draw: one per drawn entity, listing every task it was
 * drawn for with each task's items. For a joint draw they are the record's entities (the current
 * samples after replacements, grouped by entity); for a single-task draw, one visit per entity of
 * the current sample. Visits are in UTF-8 byte order of entity id, as the joint record orders its
 * entities.
 */
public final class TaskVisits {
  private static final Comparator<String> UTF8 = (a, b) -> Arrays.compareUnsigned(
      a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private TaskVisits() {}

  /** The visits of a joint draw. */
  public static List<TaskVisit> of(JointDrawRecord record) {
    Objects.requireNonNull(record, "record");
    List<TaskVisit> out = new ArrayList<>();
    for (JointDrawRecord.EntityTasks e : record.entities()) {
      List<TaskVisit.TaskItems> tasks = new ArrayList<>();
      e.tasks().forEach(t -> tasks.add(new TaskVisit.TaskItems(t.task(), t.stratum(),
          t.items())));
      out.add(new TaskVisit(e.id(), tasks));
    }
    out.sort(Comparator.comparing(TaskVisit::entity, UTF8));
    return List.copyOf(out);
  }

  /** The visits of {@code task}'s single-task draw, each covering the task's items. */
  public static List<TaskVisit> of(InspectionTask task, DrawRecord record) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(record, "record");
    if (!record.manifest().task().equals(task.id())) {
      throw new IllegalArgumentException("the draw manifest names task '"
          + record.manifest().task() + "', not this task '" + task.id() + "'");
    }
    List<TaskVisit> out = new ArrayList<>();
    for (DrawRecord.StratumDraw s : record.strata()) {
      for (String id : record.currentSample(s.stratum())) {
        out.add(new TaskVisit(id, List.of(new TaskVisit.TaskItems(task.id(), s.stratum(),
            task.items()))));
      }
    }
    out.sort(Comparator.comparing(TaskVisit::entity, UTF8));
    return List.copyOf(out);
  }

  /** The visits that include task {@code taskId}. */
  public static List<TaskVisit> ofTask(List<TaskVisit> visits, String taskId) {
    return visits.stream().filter(v -> v.taskIds().contains(taskId)).toList();
  }
}
