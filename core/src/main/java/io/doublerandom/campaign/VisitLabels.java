package io.doublerandom.campaign;

import io.doublerandom.draw.JointDrawRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files each visit of a joint draw under one of its tasks so that every task has at least one
 * visit filed under it: a maximum bipartite matching (augmenting paths, tasks in manifest order,
 * visits in record order, so the result is deterministic); visits left over are filed under their
 * first task.
 */
final class VisitLabels {
  private VisitLabels() {}

  /**
   * @return per entity id, the index in its {@code tasks()} of the task the visit is filed under
   * @throws IllegalStateException if some task cannot get a visit of its own (it drew nobody, or
   *     more tasks than visits share the same entities)
   */
  static Map<String, Integer> label(List<String> tasks, List<JointDrawRecord.EntityTasks> visits) {
    int[] visitOf = new int[tasks.size()];
    int[] taskOf = new int[visits.size()];
    Arrays.fill(visitOf, -1);
    Arrays.fill(taskOf, -1);
    for (int t = 0; t < tasks.size(); t++) {
      if (!augment(t, tasks, visits, visitOf, taskOf, new boolean[visits.size()])) {
        throw new IllegalStateException("task " + tasks.get(t) + " of the joint draw has no visit "
            + "that can be filed under it (the assignment record needs one per task)");
      }
    }
    Map<String, Integer> out = new TreeMap<>();
    for (int v = 0; v < visits.size(); v++) {
      JointDrawRecord.EntityTasks e = visits.get(v);
      int index = 0;
      if (taskOf[v] >= 0) {
        String task = tasks.get(taskOf[v]);
        for (int i = 0; i < e.tasks().size(); i++) {
          if (e.tasks().get(i).task().equals(task)) {
            index = i;
          }
        }
      }
      out.put(e.id(), index);
    }
    return out;
  }

  private static boolean augment(int t, List<String> tasks,
      List<JointDrawRecord.EntityTasks> visits, int[] visitOf, int[] taskOf, boolean[] seen) {
    for (int v = 0; v < visits.size(); v++) {
      if (seen[v] || visits.get(v).tasks().stream().noneMatch(x -> x.task().equals(tasks.get(t)))) {
        continue;
      }
      seen[v] = true;
      if (taskOf[v] < 0 || augment(taskOf[v], tasks, visits, visitOf, taskOf, seen)) {
        taskOf[v] = t;
        visitOf[t] = v;
        return true;
      }
    }
    return false;
  }
}
