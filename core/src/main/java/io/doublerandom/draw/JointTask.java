package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One task of a joint draw (部门联合抽查): its task number, the codes of the inspection items it
 * covers, its own design and its own population. In a joint draw every task keeps exactly its
 * design; only the keys are shared ({@link JointDraw}).
 *
 * @param task the task number (任务编号), unique within the joint event
 * @param items the codes of the items inspected on every entity drawn for the task, sorted by
 *     UTF-8 bytes, unique; may be empty
 * @param design the task's design
 * @param population the task's population
 */
public record JointTask(String task, List<String> items, DrawDesign design,
    Population population) {
  /** Validates the fields and sorts the item codes. */
  public JointTask {
    Codec.text("task", task);
    items = sortedCodes(task, items);
    Objects.requireNonNull(design, "design of task " + task);
    Objects.requireNonNull(population, "population of task " + task);
  }

  static List<String> sortedCodes(String task, Collection<String> items) {
    List<String> sorted = new ArrayList<>();
    for (String code : items == null ? List.<String>of() : items) {
      sorted.add(Codec.text("item code of task " + task, code));
    }
    sorted.sort(Codec.UTF8_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(!sorted.get(i).equals(sorted.get(i - 1)),
          "item %s appears more than once in task %s", sorted.get(i), task);
    }
    return List.copyOf(sorted);
  }
}
