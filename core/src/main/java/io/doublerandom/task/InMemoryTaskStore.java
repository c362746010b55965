package io.doublerandom.task;

import io.doublerandom.internal.VersionedRecords;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.spi.TaskStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory {@link TaskStore}. It keeps every version (the {@link TaskStore} contract asks
 * only for the current one). Thread-safe.
 */
public final class InMemoryTaskStore implements TaskStore {
  private final VersionedRecords<InspectionTask> tasks = new VersionedRecords<>("task",
      InspectionTask::id, InspectionTask::version,
      (t, v) -> InspectionTask.builder().from(t).version(v).build());
  // written only inside the records' lock (the beforeStore callback); read under this object's
  private final Map<String, String> idByNumber = new HashMap<>();

  /** An empty store. */
  public InMemoryTaskStore() {}

  @Override
  public InspectionTask save(InspectionTask task) {
    return tasks.save(task, t -> {
      tasks.find(t.id()) // the records' lock is reentrant
          .ifPresent(old -> {
        if (!old.number().equals(t.number())) {
          throw new IllegalArgumentException("the number of task " + t.id() + " is "
              + old.number() + " and never changes, got '" + t.number() + "'");
        }
      });
      synchronized (idByNumber) {
        String holder = idByNumber.get(t.number());
        if (holder != null && !holder.equals(t.id())) {
          throw new IllegalArgumentException("task number " + t.number() + " of task " + t.id()
              + " is already held by task " + holder + "; numbers are never reused");
        }
        idByNumber.put(t.number(), t.id());
      }
    }).record();
  }

  @Override
  public Optional<InspectionTask> find(String id) {
    return tasks.find(id);
  }

  @Override
  public Optional<InspectionTask> findByNumber(String number) {
    String id;
    synchronized (idByNumber) {
      id = idByNumber.get(number);
    }
    return id == null ? Optional.empty() : tasks.find(id);
  }

  @Override
  public List<InspectionTask> all() {
    return tasks.all();
  }

  /** Every saved version of the task with this id, oldest first. */
  public List<InspectionTask> history(String id) {
    return tasks.history(id);
  }
}
