package io.doublerandom.task;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.JointDrawRecord;
import io.doublerandom.draw.Population;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.PlanRef;
import io.doublerandom.model.task.StatusChange;
import io.doublerandom.model.task.SubTask;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.spi.Clock;
import io.doublerandom.spi.PlanStore;
import io.doublerandom.spi.TaskStore;
import io.doublerandom.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The life of inspection tasks over a {@link TaskStore}: created from a plan item's batch or
 * after a lead, numbered, drawn, assigned, then moved through inspection to closing, or cancelled
 * or marked overdue ({@link TaskStatusMachine}).
 *
 * <p>A new task's id is {@code {authority}/{year}/{n}} (its counter value {@code n}), its number
 * made by the {@link TaskNumbering}; the id is the {@code task} its draw manifest must name.
 * Every change saves the next version; callers pass the version they read, a stale one is a
 * {@link VersionConflictException}. Every status move is kept in the task's history with the
 * {@link Clock}'s time. Draws and assignments are attached only when they belong to the task
 * ({@link TaskRecords}); moving to drawn or assigned is possible only that way.
 */
public final class TaskBook {
  private final TaskStore tasks;
  private final PlanStore plans;
  private final ChecklistCatalog catalog;
  private final TaskNumbering numbering;
  private final Clock clock;

  /**
   * A book over {@code tasks}, creating planned tasks from {@code plans}, checking items against
   * {@code catalog}, numbering with {@code numbering}, timing with {@code clock}.
   */
  public TaskBook(TaskStore tasks, PlanStore plans, ChecklistCatalog catalog,
      TaskNumbering numbering, Clock clock) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.plans = Objects.requireNonNull(plans, "plans");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.numbering = Objects.requireNonNull(numbering, "numbering");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The task store. */
  public TaskStore store() {
    return tasks;
  }

  /**
   * A task from batch {@code batch} of item {@code itemId} of plan {@code planId}, inspecting the
   * item's codes in the batch's window. For a joint plan every plan department gets a sub-task
   * with every item, every target, 2 inspectors per entity and no expert.
   */
  public InspectionTask createFromPlan(String planId, String itemId, int batch, String name) {
    AnnualPlan plan = plan(planId);
    PlanItem item = item(plan, itemId);
    Batch b = batch(plan, item, batch);
    List<SubTask> subTasks = new ArrayList<>();
    if (plan.kind().joint()) {
      plan.departments().forEach(d -> subTasks.add(new SubTask(d, item.itemCodes(), 0, 2, 0)));
    }
    return createFromPlan(planId, itemId, batch, name, b.window(), subTasks);
  }

  /**
   * A task from batch {@code batch} of item {@code itemId} of plan {@code planId} with its window
   * (inside the batch's) and sub-tasks (departments of the plan).
   *
   * @throws IllegalArgumentException listing every problem (no such plan, item or batch; window
   *     outside the batch; a department not of the plan) before any number is taken
   * @throws IllegalStateException if the plan is not published or in progress
   */
  public InspectionTask createFromPlan(String planId, String itemId, int batch, String name,
      DateRange window, List<SubTask> subTasks) {
    Objects.requireNonNull(window, "window");
    AnnualPlan plan = plan(planId);
    if (plan.status() != PlanStatus.PUBLISHED && plan.status() != PlanStatus.IN_PROGRESS) {
      throw new IllegalStateException("plan " + planId + " is " + plan.status().label() + " "
          + plan.status() + "; tasks are created only from a published or in-progress plan");
    }
    PlanItem item = item(plan, itemId);
    Batch b = batch(plan, item, batch);
    List<String> problems = new ArrayList<>();
    if (!b.window().covers(window)) {
      problems.add("window " + window.from() + ".." + window.to() + " must lie in batch "
          + batch + "'s window " + b.window().from() + ".." + b.window().to());
    }
    for (SubTask s : subTasks) {
      if (!plan.departments().contains(s.department())) {
        problems.add("sub-task department '" + s.department() + "' is not a department of plan "
            + planId + " " + plan.departments());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("task from plan " + planId + " item " + itemId
          + " batch " + batch + ": " + String.join("; ", problems));
    }
    PlanRef ref = new PlanRef(plan.id(), plan.version(), item.id(), batch);
    return create(plan.authority(), plan.year(), name, b2 -> b2.plan(ref), item.checklist(),
        item.itemCodes(), plan.leadDepartment(), window, subTasks);
  }

  /**
   * A temporary task after a lead.
   *
   * @throws IllegalArgumentException if its items are not in the checklist version named, or the
   *     task is otherwise invalid (before any number is taken)
   */
  public InspectionTask createTemporary(TemporaryTask t) {
    Objects.requireNonNull(t, "t");
    return create(t.authority(), t.year(), t.name(), b -> b.lead(t.lead()), t.checklist(),
        t.items(), t.leadDepartment(), t.window(), t.subTasks());
  }

  private InspectionTask create(String authority, int year, String name,
      UnaryOperator<InspectionTask.Builder> origin, ChecklistRef checklist, List<String> items,
      String leadDepartment, DateRange window, List<SubTask> subTasks) {
    Checklist list = catalog.version(checklist.name(), checklist.version()).orElseThrow(() ->
        new IllegalArgumentException("checklist " + checklist + " of task " + name
            + " is not in the catalog"));
    List<String> unknown = items.stream().filter(c -> list.item(c).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("item codes " + unknown + " of task " + name
          + " are not items of checklist " + checklist);
    }
    // build once with a placeholder number so that every check of the task runs before a
    // number is taken (numbers are never given back)
    InspectionTask.Builder probe = origin.apply(InspectionTask.builder());
    probe.id(name).number(name).sequence(1).name(name).authority(authority).year(year)
        .checklist(checklist).items(items).leadDepartment(leadDepartment).window(window)
        .subTasks(subTasks).createdAt(clock.now()).build();
    TaskNumbering.Allocated n = numbering.allocate(authority, year);
    InspectionTask task = InspectionTask.builder().from(probe.build())
        .id(authority + "/" + year + "/" + n.sequence()).number(n.number())
        .sequence(n.sequence()).build();
    return tasks.save(task);
  }

  /**
   * Attaches a single-task draw: the task must be created (or resume so from overdue), the record
   * must name it and be of {@code population}; moves it to drawn.
   */
  public InspectionTask recordDraw(String taskId, long version, Population population,
      DrawRecord record) {
    InspectionTask task = current(taskId, version);
    TaskStatusMachine.require(task, TaskStatus.DRAWN);
    TaskRecords.require("draw record " + record.manifestHash(), task,
        TaskRecords.drawProblems(task, population, record));
    return save(task, TaskStatus.DRAWN, "", b -> b.populationDigest(population.digest())
        .drawRecordHash(record.jsonHash()));
  }

  /**
   * Attaches a joint draw to one of its tasks (call it once per task of the draw): the joint
   * manifest must have a task plan of this task's id with its items, of {@code population}; moves
   * it to drawn and records the joint event.
   */
  public InspectionTask recordJointDraw(String taskId, long version, Population population,
      JointDrawRecord record) {
    InspectionTask task = current(taskId, version);
    TaskStatusMachine.require(task, TaskStatus.DRAWN);
    TaskRecords.require("joint draw record " + record.manifestHash(), task,
        TaskRecords.jointDrawProblems(task, population, record));
    return save(task, TaskStatus.DRAWN, "", b -> b.populationDigest(population.digest())
        .drawRecordHash(record.jsonHash()).drawEvent(record.manifest().event()));
  }

  /** Attaches the assignment of inspectors to the drawn task; moves it to assigned. */
  public InspectionTask recordAssignment(String taskId, long version, AssignmentRecord record) {
    InspectionTask task = current(taskId, version);
    TaskStatusMachine.require(task, TaskStatus.ASSIGNED);
    TaskRecords.require("assignment record " + record.manifestHash(), task,
        TaskRecords.assignmentProblems(task, record));
    return save(task, TaskStatus.ASSIGNED, "", b -> b.assignmentRecordHash(record.jsonHash()));
  }

  /**
   * Moves the task to {@code to} (in inspection, results entered, audited, published, closed,
   * overdue), with an optional note.
   *
   * @throws TaskTransitionException if the move is not allowed now
   * @throws IllegalArgumentException for drawn, assigned (attach the record instead) and
   *     cancelled (use {@link #cancel}, which needs a reason)
   */
  public InspectionTask move(String taskId, long version, TaskStatus to, String note) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(note, "note");
    if (to == TaskStatus.DRAWN || to == TaskStatus.ASSIGNED || to == TaskStatus.CANCELLED) {
      throw new IllegalArgumentException("a task moves to " + to.label() + " " + to + " only by "
          + (to == TaskStatus.DRAWN ? "recordDraw or recordJointDraw"
              : to == TaskStatus.ASSIGNED ? "recordAssignment" : "cancel, with a reason"));
    }
    InspectionTask task = current(taskId, version);
    TaskStatusMachine.require(task, to);
    return save(task, to, note.strip(), b -> b);
  }

  /**
   * Cancels the task; its number stays taken.
   *
   * @throws IllegalArgumentException if the reason is blank
   * @throws TaskTransitionException if the task can no longer be cancelled
   */
  public InspectionTask cancel(String taskId, long version, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("cancelling task " + taskId + " needs a reason, got '"
          + reason + "'");
    }
    InspectionTask task = current(taskId, version);
    TaskStatusMachine.require(task, TaskStatus.CANCELLED);
    return save(task, TaskStatus.CANCELLED, reason.strip(), b -> b);
  }

  /** The task with this id. */
  public Optional<InspectionTask> find(String taskId) {
    return tasks.find(taskId);
  }

  private InspectionTask save(InspectionTask task, TaskStatus to, String note,
      UnaryOperator<InspectionTask.Builder> change) {
    List<StatusChange> history = new ArrayList<>(task.history());
    history.add(new StatusChange(task.status(), to, clock.now(), note));
    InspectionTask.Builder b = InspectionTask.builder().from(task).version(task.version() + 1)
        .status(to).history(history);
    return tasks.save(change.apply(b).build());
  }

  private InspectionTask current(String taskId, long version) {
    InspectionTask task = tasks.find(taskId).orElseThrow(() ->
        new IllegalArgumentException("no task with id '" + taskId + "'"));
    if (task.version() != version) {
      throw new VersionConflictException("task", taskId, version, task.version());
    }
    return task;
  }

  private AnnualPlan plan(String planId) {
    return plans.find(planId).orElseThrow(() ->
        new IllegalArgumentException("no plan with id '" + planId + "'"));
  }

  private static PlanItem item(AnnualPlan plan, String itemId) {
    return plan.item(itemId).orElseThrow(() -> new IllegalArgumentException("plan " + plan.id()
        + " has no item '" + itemId + "'"));
  }

  private static Batch batch(AnnualPlan plan, PlanItem item, int batch) {
    return item.batch(batch).orElseThrow(() -> new IllegalArgumentException("item " + item.id()
        + " of plan " + plan.id() + " has no batch " + batch + " (it has "
        + item.batches().size() + ")"));
  }
}
