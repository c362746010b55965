package io.doublerandom.campaign;

import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.AssignmentManifest;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.EntityRef;
import io.doublerandom.assign.PastVisit;
import io.doublerandom.assign.Visit;
import io.doublerandom.assign.Visits;
import io.doublerandom.calendar.OfficialCalendar;
import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.RiskClassificationHistory;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawLedger;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawOutcome;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.DrawSession;
import io.doublerandom.draw.Eligibility;
import io.doublerandom.draw.EntityCandidates;
import io.doublerandom.draw.InspectionHistory;
import io.doublerandom.draw.JointDrawRecord;
import io.doublerandom.draw.JointManifest;
import io.doublerandom.draw.JointTask;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.PopulationBuilder;
import io.doublerandom.draw.PopulationFilter;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.followup.DisposalDefaults;
import io.doublerandom.followup.DisposalOrder;
import io.doublerandom.followup.FollowUps;
import io.doublerandom.followup.InMemoryCaseHandlingGateway;
import io.doublerandom.followup.InMemoryFollowUpStore;
import io.doublerandom.indicator.IndicatorData;
import io.doublerandom.indicator.IndicatorReport;
import io.doublerandom.indicator.IndicatorScope;
import io.doublerandom.indicator.Indicators;
import io.doublerandom.indicator.RiskClasses;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanStatus;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultEvent;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.SubTask;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.plan.InMemoryPlanStore;
import io.doublerandom.plan.PlanBook;
import io.doublerandom.plan.PlanPopulations;
import io.doublerandom.plan.PlanRules;
import io.doublerandom.plan.PlanSizes;
import io.doublerandom.plan.PlanValidator;
import io.doublerandom.result.InMemoryResultStore;
import io.doublerandom.result.InMemoryStopPublicationStore;
import io.doublerandom.result.ResultCatalogues;
import io.doublerandom.result.ResultPolicy;
import io.doublerandom.result.Results;
import io.doublerandom.result.StopPublicationPolicy;
import io.doublerandom.result.StopPublications;
import io.doublerandom.spi.CaseHandlingGateway;
import io.doublerandom.spi.Clock;
import io.doublerandom.spi.FollowUpStore;
import io.doublerandom.spi.PlanStore;
import io.doublerandom.spi.ResultStore;
import io.doublerandom.spi.StopPublicationStore;
import io.doublerandom.spi.TaskNumberSequence;
import io.doublerandom.spi.TaskStore;
import io.doublerandom.spi.WorkingDayCalendar;
import io.doublerandom.task.InMemoryTaskNumberSequence;
import io.doublerandom.task.InMemoryTaskStore;
import io.doublerandom.task.TaskBook;
import io.doublerandom.task.TaskNumbering;
import io.doublerandom.task.TaskStatusMachine;
import io.doublerandom.task.TemporaryTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The campaign facade: one object that runs a year of "双随机、一公开" over the library's parts —
 * annual plans ({@link PlanBook}), tasks ({@link TaskBook}), target draws through a {@link
 * DrawSession} and its hash-chained {@link DrawLedger} (single and joint), inspector assignment
 * ({@link Assignment}), results ({@link Results}), follow-up ({@link FollowUps}), stop-publication
 * ({@link StopPublications}) and the evaluation indicators ({@link Indicators}). It keeps each
 * task's status in step with its results, so that no sequence of its operations reaches an
 * inconsistent state: a result is published only after an audit, a task closes only when every
 * result is published.
 *
 * <pre>{@code
 * Campaign campaign = Campaign.builder().clock(clock).entities(entities)
 *     .inspectors(inspectors).checklists(catalog).build();
 * AnnualPlan plan = campaign.publishPlan(campaign.createPlan(draft).id());
 * InspectionTask task = campaign.createTask(plan.id(), "1", 1, "2025年第一批食品销售抽查");
 * DrawOutcome<DrawRecord> drawn = campaign.draw(task.id(), SeedPlan.recorded(), seed);
 * AssignmentOutcome staffed = campaign.assign(task.id(), SeedPlan.recorded(), seed);
 * InspectionResult r = campaign.enter(resultId, 1, inspector, formedOn, findings);
 * r = campaign.approve(r.id(), r.version(), auditor, "同意");
 * r = campaign.publish(r.id(), r.version(), officer, day);
 * IndicatorReport report = campaign.indicators(IndicatorScope.year(2025, authorities));
 * }</pre>
 *
 * <p>Every store is in memory by default and can be replaced on the {@link Builder} (a storage
 * module persists the same records). The clock and the working-day calendar are injected; nothing
 * reads the wall clock. Methods are synchronized: one campaign serialises its operations.
 * docs/campaign.md walks through a year.
 */
public final class Campaign {
  private static final Set<ResultState> ENTERED = EnumSet.of(ResultState.PENDING_AUDIT,
      ResultState.AUDITED, ResultState.PUBLISHED, ResultState.WITHDRAWN);
  private static final Set<ResultState> AUDITED = EnumSet.of(ResultState.AUDITED,
      ResultState.PUBLISHED, ResultState.WITHDRAWN);
  private static final Set<ResultState> PUBLISHED = EnumSet.of(ResultState.PUBLISHED,
      ResultState.WITHDRAWN);
  private static final List<TaskStatus> PATH = List.of(TaskStatus.ASSIGNED,
      TaskStatus.IN_INSPECTION, TaskStatus.RESULTS_ENTERED, TaskStatus.AUDITED,
      TaskStatus.PUBLISHED);

  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final EntityDirectory directory;
  private final List<MarketEntity> entities;
  private final List<Inspector> inspectors;
  private final ChecklistCatalog checklists;
  private final PlanBook plans;
  private final TaskBook tasks;
  private final DrawSession session;
  private final Results results;
  private final FollowUps followUps;
  private final StopPublications stopPublications;
  private final AssignmentRules assignmentRules;
  private final DrawMethod method;
  private final int alternates;
  private final String unratedClass;
  private final boolean excludeRepeats;
  private final Function<String, String> departmentAuthority;
  private final RiskClasses riskClasses;
  /** The credit-risk classification history draws stratify by, or null for the directory's. */
  private final RiskClassificationHistory riskHistory;

  /** Per task: the population it will be / was drawn from, and the targets of temporary tasks. */
  private final Map<String, Population> populations = new TreeMap<>();
  private final Map<String, List<EntityId>> targets = new TreeMap<>();
  private final Map<String, Manifest> prepared = new TreeMap<>();
  private final Map<String, JointManifest> preparedJoint = new TreeMap<>();
  private final Map<String, DrawRecord> draws = new TreeMap<>();
  private final Map<String, JointDrawRecord> jointDraws = new TreeMap<>();
  private final Map<String, PreparedAssignment> preparedAssignments = new TreeMap<>();
  private final Map<String, AssignmentRecord> assignments = new TreeMap<>();

  private record PreparedAssignment(AssignmentManifest manifest, AssignmentInput input,
      List<String> tasks, Map<String, List<JointDrawRecord.TaskVisit>> joint) {}

  private Campaign(Builder b) {
    this.clock = Objects.requireNonNull(b.clock, "clock (Builder.clock)");
    this.calendar = b.calendar;
    if (b.entities == null) {
      throw new IllegalArgumentException("entities: a campaign needs the entity directory "
          + "(Builder.entities)");
    }
    if (b.inspectors == null) {
      throw new IllegalArgumentException("inspectors: a campaign needs the inspector directory "
          + "(Builder.inspectors)");
    }
    if (b.checklists == null) {
      throw new IllegalArgumentException("checklists: a campaign needs the checklist catalog "
          + "(Builder.checklists)");
    }
    this.entities = List.copyOf(b.entities);
    this.directory = EntityDirectory.of(entities);
    this.inspectors = List.copyOf(b.inspectors);
    this.checklists = b.checklists;
    this.plans = new PlanBook(b.planStore, new PlanValidator(b.planRules, checklists), clock);
    this.tasks = new TaskBook(b.taskStore, b.planStore, checklists,
        TaskNumbering.of(b.numberPattern, b.numberPrefixes, b.taskNumbers), clock);
    this.session = new DrawSession(b.ledger, new JavaClock(clock));
    this.results = new Results(b.resultStore, b.catalogue, clock, calendar, b.resultPolicy);
    this.followUps = new FollowUps(results, b.followUpStore, b.gateway, b.disposalDefaults);
    this.stopPublications = new StopPublications(results, b.stopStore, b.stopPolicy);
    this.assignmentRules = b.assignmentRules;
    this.method = b.method;
    this.alternates = b.alternates;
    this.unratedClass = b.unratedClass;
    this.excludeRepeats = b.excludeRepeats;
    this.departmentAuthority = b.departmentAuthority;
    this.riskClasses = b.riskClasses != null ? b.riskClasses : RiskClasses.of(entities);
    this.riskHistory = b.riskHistory;
  }

  /** A builder with in-memory stores, the bundled calendar and the library's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- plans ----

  /** Saves a new draft plan (see {@link PlanBook#create}). */
  public synchronized AnnualPlan createPlan(AnnualPlan draft) {
    return plans.create(draft);
  }

  /**
   * Validates and publishes the current version of draft plan {@code planId}, dated the clock's
   * today.
   *
   * @throws io.doublerandom.plan.PlanValidationException listing every problem of the plan
   */
  public synchronized AnnualPlan publishPlan(String planId) {
    return plans.publish(planId, plan(planId).version());
  }

  /** Amends a published plan (动态调整): a new version with the reason and the date. */
  public synchronized AnnualPlan amendPlan(AnnualPlan amended, String reason,
      LocalDate effectiveOn) {
    return plans.amend(amended, reason, effectiveOn);
  }

  /** The plan book (validation, history, amendments). */
  public PlanBook plans() {
    return plans;
  }

  // ---- tasks ----

  /**
   * A task from batch {@code batch} of item {@code itemId} of a published plan (the plan moves to
   * in progress with its first task); a joint plan's task has a sub-task per plan department.
   */
  public synchronized InspectionTask createTask(String planId, String itemId, int batch,
      String name) {
    InspectionTask t = tasks.createFromPlan(planId, itemId, batch, name);
    startPlan(planId);
    return t;
  }

  /** A task from a plan's batch with its own window and sub-tasks (see {@link TaskBook}). */
  public synchronized InspectionTask createTask(String planId, String itemId, int batch,
      String name, DateRange window, List<SubTask> subTasks) {
    InspectionTask t = tasks.createFromPlan(planId, itemId, batch, name, window, subTasks);
    startPlan(planId);
    return t;
  }

  /**
   * A temporary task after a lead (临时任务, 依线索), inspecting the entities the lead names. Its
   * "draw" takes every one of them ({@code SizeRule.all()}), so it is recorded in the ledger like
   * every other task.
   *
   * @throws IllegalArgumentException if {@code entities} is empty or names an entity not in the
   *     directory
   */
  public synchronized InspectionTask createTemporaryTask(TemporaryTask task,
      Collection<EntityId> entities) {
    List<String> missing = new ArrayList<>();
    for (EntityId e : entities) {
      if (directory.get(e).isEmpty()) {
        missing.add(e.value());
      }
    }
    if (entities.isEmpty() || !missing.isEmpty()) {
      throw new IllegalArgumentException("entities of temporary task " + task.name() + ": "
          + (entities.isEmpty() ? "at least one is needed" : "not in the directory: " + missing));
    }
    InspectionTask t = tasks.createTemporary(task);
    targets.put(t.id(), List.copyOf(new TreeSet<>(entities)));
    return t;
  }

  /** Cancels a task that has no result entered yet; its number is never reused. */
  public synchronized InspectionTask cancelTask(String taskId, String reason) {
    InspectionTask t = task(taskId);
    List<String> entered = results.byTask(taskId).stream()
        .filter(r -> r.state() != ResultState.NOT_ENTERED).map(InspectionResult::id).toList();
    if (!entered.isEmpty()) {
      throw new IllegalStateException("task " + taskId + " cannot be cancelled: results "
          + entered + " are already entered");
    }
    return tasks.cancel(taskId, t.version(), reason);
  }

  /**
   * Closes a task whose every result is published (or published and withdrawn).
   *
   * @throws IllegalStateException naming the results still open
   */
  public synchronized InspectionTask closeTask(String taskId) {
    InspectionTask t = sync(taskId);
    List<String> open = results.byTask(taskId).stream()
        .filter(r -> !PUBLISHED.contains(r.state()))
        .map(r -> r.id() + " " + r.state()).toList();
    if (!open.isEmpty()) {
      throw new IllegalStateException("task " + taskId + " (" + t.number()
          + ") cannot close: results not yet published " + open);
    }
    return tasks.move(taskId, t.version(), TaskStatus.CLOSED, "");
  }

  /**
   * Marks overdue (已逾期) every task with a result whose publication is overdue on {@code day};
   * the task resumes its course when its results move on.
   *
   * @return the tasks marked now
   */
  public synchronized List<InspectionTask> markOverdue(LocalDate day) {
    Set<String> late = new TreeSet<>();
    results.overduePublications(day).forEach(r -> late.add(r.task()));
    List<InspectionTask> out = new ArrayList<>();
    for (String id : late) {
      InspectionTask t = task(id);
      if (t.status() != TaskStatus.OVERDUE && TaskStatusMachine.allowed(t, TaskStatus.OVERDUE)) {
        out.add(tasks.move(id, t.version(), TaskStatus.OVERDUE,
            "publication overdue on " + day));
      }
    }
    return List.copyOf(out);
  }

  /** The task {@code taskId}. */
  public synchronized Optional<InspectionTask> findTask(String taskId) {
    return tasks.find(taskId);
  }

  /** Every task, in id order. */
  public synchronized List<InspectionTask> tasks() {
    return tasks.store().all();
  }

  // ---- draws ----

  /**
   * Fixes the population and the manifest of a task's draw before the seed is known: publish
   * {@code manifest.hash()}, then {@link #draw(String, SeedSource)}. A planned task's population
   * is its plan item's ({@link PlanPopulations}) with the entities not operating excluded and, by
   * default, the low-risk entities already drawn this year and the entities already drawn this
   * year for one of the task's items; strata by risk class when the item's ratios are
   * differentiated (unrated entities take the ratio of the builder's unrated class), else one
   * stratum.
   */
  public synchronized Manifest prepareDraw(String taskId, SeedPlan seedPlan) {
    InspectionTask t = task(taskId);
    Population population = population(t);
    Manifest m = Manifest.create(t.id(), design(t), seedPlan, population);
    populations.put(t.id(), population);
    prepared.put(t.id(), m);
    return m;
  }

  /**
   * Draws a prepared task through the session and ledger; on success the record is attached to
   * the task, which moves to drawn.
   *
   * @return the session's outcome: drawn, failed (logged) or refused
   * @throws IllegalStateException if the task was not prepared
   */
  public synchronized DrawOutcome<DrawRecord> draw(String taskId, SeedSource seed) {
    Manifest m = prepared.get(taskId);
    if (m == null) {
      throw new IllegalStateException("task " + taskId + " has no prepared draw; call "
          + "prepareDraw first");
    }
    Population population = populations.get(taskId);
    DrawOutcome<DrawRecord> outcome = session.draw(m, seed, population);
    if (outcome instanceof DrawOutcome.Drawn<DrawRecord> d) {
      InspectionTask t = task(taskId);
      tasks.recordDraw(taskId, t.version(), population, d.record());
      draws.put(taskId, d.record());
      prepared.remove(taskId);
    }
    return outcome;
  }

  /** {@link #prepareDraw} then {@link #draw(String, SeedSource)}, for a recorded seed. */
  public synchronized DrawOutcome<DrawRecord> draw(String taskId, SeedPlan seedPlan,
      SeedSource seed) {
    prepareDraw(taskId, seedPlan);
    return draw(taskId, seed);
  }

  /**
   * Fixes the joint manifest of several tasks drawn in one event (部门联合抽查: shared entity keys,
   * so an entity drawn by several tasks is visited once). Publish its hash, then {@link
   * #drawJoint(String, SeedSource)}.
   */
  public synchronized JointManifest prepareJointDraw(String event, List<String> taskIds,
      SeedPlan seedPlan) {
    if (taskIds.size() < 2) {
      throw new IllegalArgumentException("a joint draw " + event + " needs two or more tasks, "
          + "got " + taskIds);
    }
    List<JointTask> jt = new ArrayList<>();
    Map<String, Population> pops = new LinkedHashMap<>();
    for (String id : taskIds) {
      InspectionTask t = task(id);
      Population p = population(t);
      pops.put(id, p);
      jt.add(new JointTask(t.id(), t.items(), design(t), p));
    }
    JointManifest m = JointManifest.create(event, jt, seedPlan);
    populations.putAll(pops);
    preparedJoint.put(event, m);
    return m;
  }

  /** Draws a prepared joint event; on success every task gets the record and moves to drawn. */
  public synchronized DrawOutcome<JointDrawRecord> drawJoint(String event, SeedSource seed) {
    JointManifest m = preparedJoint.get(event);
    if (m == null) {
      throw new IllegalStateException("joint event " + event + " has no prepared draw; call "
          + "prepareJointDraw first");
    }
    Map<String, Population> pops = new TreeMap<>();
    m.tasks().forEach(tp -> pops.put(tp.task(), populations.get(tp.task())));
    DrawOutcome<JointDrawRecord> outcome = session.draw(m, seed, pops);
    if (outcome instanceof DrawOutcome.Drawn<JointDrawRecord> d) {
      for (JointManifest.TaskPlan tp : m.tasks()) {
        InspectionTask t = task(tp.task());
        tasks.recordJointDraw(t.id(), t.version(), pops.get(t.id()), d.record());
      }
      jointDraws.put(event, d.record());
      preparedJoint.remove(event);
    }
    return outcome;
  }

  /** {@link #prepareJointDraw} then {@link #drawJoint}, for a recorded seed. */
  public synchronized DrawOutcome<JointDrawRecord> drawJoint(String event, List<String> taskIds,
      SeedPlan seedPlan, SeedSource seed) {
    prepareJointDraw(event, taskIds, seedPlan);
    return drawJoint(event, seed);
  }

  /** The draw record of a single-task draw. */
  public synchronized Optional<DrawRecord> drawRecord(String taskId) {
    return Optional.ofNullable(draws.get(taskId));
  }

  /** The record of joint event {@code event}. */
  public synchronized Optional<JointDrawRecord> jointDrawRecord(String event) {
    return Optional.ofNullable(jointDraws.get(event));
  }

  /** The frozen population a task was (or will be) drawn from: an auditor verifies with it. */
  public synchronized Optional<Population> population(String taskId) {
    return Optional.ofNullable(populations.get(taskId));
  }

  /** The ledger every draw attempt is appended to. */
  public DrawLedger ledger() {
    return session.ledger();
  }

  // ---- assignment ----

  /**
   * Fixes the assignment manifest of a drawn task, or of a joint event (then every task of the
   * event is staffed together: one visit per entity, whose team covers every task of the visit,
   * with officers of each department of a joint visit). Publish its hash, then {@link
   * #assign(String, SeedSource)}.
   *
   * @param id a task id, or a joint event
   */
  public synchronized AssignmentManifest prepareAssignment(String id, SeedPlan seedPlan) {
    JointDrawRecord joint = jointDraws.get(id);
    PreparedAssignment p = joint != null ? jointVisits(id, joint, seedPlan)
        : singleVisits(id, seedPlan);
    preparedAssignments.put(id, p);
    return p.manifest();
  }

  /**
   * Assigns inspectors; on success the record is attached to every task concerned (moving it to
   * assigned) and a 未录入 result row is opened per task and entity, with the visit's team.
   *
   * @return the assignment outcome: assigned, or the report of every visit that cannot be staffed
   */
  public synchronized AssignmentOutcome assign(String id, SeedSource seed) {
    PreparedAssignment p = preparedAssignments.get(id);
    if (p == null) {
      throw new IllegalStateException(id + " has no prepared assignment; call "
          + "prepareAssignment first");
    }
    AssignmentOutcome outcome = Assignment.assign(p.manifest(), seed, p.input());
    if (outcome instanceof AssignmentOutcome.Assigned a) {
      AssignmentRecord record = a.record();
      for (String taskId : p.tasks()) {
        InspectionTask t = task(taskId);
        tasks.recordAssignment(taskId, t.version(), record);
      }
      if (p.joint().isEmpty()) {
        results.open(record, p.input().visits());
      } else {
        openJoint(record, p.joint());
      }
      assignments.put(id, record);
      preparedAssignments.remove(id);
    }
    return outcome;
  }

  /** {@link #prepareAssignment} then {@link #assign(String, SeedSource)}, for a recorded seed. */
  public synchronized AssignmentOutcome assign(String id, SeedPlan seedPlan, SeedSource seed) {
    prepareAssignment(id, seedPlan);
    return assign(id, seed);
  }

  /** The assignment record of a task or joint event. */
  public synchronized Optional<AssignmentRecord> assignmentRecord(String id) {
    return Optional.ofNullable(assignments.get(id));
  }

  // ---- results ----

  /** Enters findings (谁检查、谁录入: {@code inspector} must be on the visit's team). */
  public synchronized InspectionResult enter(String resultId, long version, String inspector,
      LocalDate formedOn, List<Finding> findings) {
    requireOpenTask(resultId);
    InspectionResult r = results.enter(resultId, version, inspector, formedOn, findings);
    sync(r.task());
    return r;
  }

  /** Approves an entered result (the auditor is not on the team). */
  public synchronized InspectionResult approve(String resultId, long version, String auditor,
      String opinion) {
    requireOpenTask(resultId);
    InspectionResult r = results.approve(resultId, version, auditor, opinion);
    sync(r.task());
    return r;
  }

  /** Returns an entered result to the team with an opinion. */
  public synchronized InspectionResult returnForCorrection(String resultId, long version,
      String auditor, String opinion) {
    requireOpenTask(resultId);
    InspectionResult r = results.returnForCorrection(resultId, version, auditor, opinion);
    sync(r.task());
    return r;
  }

  /** Rejects an entered result with an opinion; the team enters it anew. */
  public synchronized InspectionResult reject(String resultId, long version, String auditor,
      String opinion) {
    requireOpenTask(resultId);
    InspectionResult r = results.reject(resultId, version, auditor, opinion);
    sync(r.task());
    return r;
  }

  /** Publishes an audited result on {@code day} (late when after its deadline). */
  public synchronized InspectionResult publish(String resultId, long version, String officer,
      LocalDate day) {
    requireOpenTask(resultId);
    InspectionResult r = results.publish(resultId, version, officer, day);
    sync(r.task());
    return r;
  }

  /** The result {@code id}. */
  public synchronized Optional<InspectionResult> result(String id) {
    return results.find(id);
  }

  /** The result of task {@code taskId} on {@code entity}. */
  public synchronized Optional<InspectionResult> result(String taskId, EntityId entity) {
    return results.find(InspectionResult.idOf(taskId, entity));
  }

  /** The results of a task, by id. */
  public synchronized List<InspectionResult> results(String taskId) {
    return results.byTask(taskId);
  }

  /** Results whose publication is overdue on {@code day}. */
  public synchronized List<InspectionResult> overduePublications(LocalDate day) {
    return results.overduePublications(day);
  }

  /** The result catalogue findings are checked against. */
  public ResultCatalogue catalogue() {
    return results.catalogue();
  }

  // ---- follow-up and stop-publication ----

  /** Opens the default disposals of an audited result's codes. */
  public synchronized List<Disposal> disposeByDefaults(String resultId, String officer,
      LocalDate on) {
    return followUps.openDefaults(resultId, officer, on);
  }

  /** Opens a disposal of an audited result (a referral goes to the case-handling system). */
  public synchronized Disposal dispose(String resultId, DisposalOrder order, String officer,
      LocalDate on) {
    return followUps.open(resultId, order, officer, on);
  }

  /** Closes a disposal with a date and an outcome. */
  public synchronized Disposal closeDisposal(String disposalId, long version, String officer,
      LocalDate on, String outcome) {
    return followUps.close(disposalId, version, officer, on, outcome);
  }

  /** Applies what the case-handling system reported (case numbers, decisions). */
  public synchronized List<CaseReferral> syncCases() {
    return followUps.sync();
  }

  /** The follow-up part (queries: referrals by task and entity or by decision, overdue lists). */
  public FollowUps followUps() {
    return followUps;
  }

  /** Records an entity's application to stop publishing a result. */
  public synchronized StopPublicationApplication applyToStopPublication(String resultId,
      EntityId entity, LocalDate appliedOn, String reason) {
    return stopPublications.apply(resultId, entity, appliedOn, reason);
  }

  /** Grants an application: the publication is withdrawn from {@code withdrawnFrom}. */
  public synchronized StopPublicationApplication grantStopPublication(String applicationId,
      long version, String officer, LocalDate decidedOn, LocalDate withdrawnFrom,
      String opinion) {
    return stopPublications.grant(applicationId, version, officer, decidedOn, withdrawnFrom,
        opinion);
  }

  /** Refuses an application with an opinion. */
  public synchronized StopPublicationApplication refuseStopPublication(String applicationId,
      long version, String officer, LocalDate decidedOn, String opinion) {
    return stopPublications.refuse(applicationId, version, officer, decidedOn, opinion);
  }

  // ---- indicators ----

  /** The indicators of {@code scope} over everything the campaign holds. */
  public synchronized IndicatorReport indicators(IndicatorScope scope) {
    return indicators(scope, 0);
  }

  /**
   * The indicators of {@code scope}, with {@code otherInspections} visits made outside the
   * library (for 抽查户次占比).
   */
  public synchronized IndicatorReport indicators(IndicatorScope scope, long otherInspections) {
    return Indicators.compute(scope, indicatorData(otherInspections));
  }

  /** The records the indicators are computed from (every plan version, task, result, disposal). */
  public synchronized IndicatorData indicatorData(long otherInspections) {
    List<AnnualPlan> all = new ArrayList<>();
    for (AnnualPlan p : plans.store().all()) {
      all.addAll(plans.store().history(p.id()));
    }
    return IndicatorData.builder().plans(all).tasks(tasks.store().all())
        .results(results.store().all()).disposals(followUps.store().disposals())
        .catalogue(results.catalogue()).riskClasses(riskClasses)
        .otherInspections(otherInspections).build();
  }

  // ---- internals ----

  private AnnualPlan plan(String planId) {
    return plans.store().find(planId).orElseThrow(() ->
        new IllegalArgumentException("no plan with id '" + planId + "'"));
  }

  private InspectionTask task(String taskId) {
    return tasks.find(taskId).orElseThrow(() ->
        new IllegalArgumentException("no task with id '" + taskId + "'"));
  }

  private void startPlan(String planId) {
    AnnualPlan p = plan(planId);
    if (p.status() == PlanStatus.PUBLISHED) {
      plans.start(planId, p.version());
    }
  }

  /**
   * Moves the task along created … published as far as its results allow, one step at a time
   * through the status machine (back to in inspection when a result was returned).
   */
  private InspectionTask sync(String taskId) {
    InspectionTask t = task(taskId);
    List<InspectionResult> rs = results.byTask(taskId);
    int target;
    if (rs.stream().allMatch(r -> PUBLISHED.contains(r.state()))) {
      target = PATH.indexOf(TaskStatus.PUBLISHED);
    } else if (rs.stream().allMatch(r -> AUDITED.contains(r.state()))) {
      target = PATH.indexOf(TaskStatus.AUDITED);
    } else if (rs.stream().allMatch(r -> ENTERED.contains(r.state()))) {
      target = PATH.indexOf(TaskStatus.RESULTS_ENTERED);
    } else if (rs.stream().anyMatch(r -> r.state() != ResultState.NOT_ENTERED)) {
      target = PATH.indexOf(TaskStatus.IN_INSPECTION);
    } else {
      target = PATH.indexOf(TaskStatus.ASSIGNED);
    }
    while (true) {
      TaskStatus effective = t.status() == TaskStatus.OVERDUE ? beforeOverdue(t) : t.status();
      int at = PATH.indexOf(effective);
      if (at < 0) {
        return t;
      }
      TaskStatus next;
      if (target > at) {
        next = PATH.get(at + 1);
      } else if (target < at && effective == TaskStatus.RESULTS_ENTERED
          && target == PATH.indexOf(TaskStatus.IN_INSPECTION)) {
        next = TaskStatus.IN_INSPECTION;
      } else {
        return t;
      }
      if (!TaskStatusMachine.allowed(t, next)) {
        return t;
      }
      t = tasks.move(taskId, t.version(), next, "");
    }
  }

  /** Results of a cancelled or closed task are not entered, audited or published any more. */
  private void requireOpenTask(String resultId) {
    InspectionResult r = results.find(resultId).orElseThrow(() ->
        new IllegalArgumentException("no result with id '" + resultId + "'"));
    InspectionTask t = task(r.task());
    if (t.status().terminal()) {
      throw new IllegalStateException("result " + resultId + ": its task " + t.id() + " ("
          + t.number() + ") is " + t.status().label() + " " + t.status()
          + "; its results no longer change");
    }
  }

  private static TaskStatus beforeOverdue(InspectionTask t) {
    for (int i = t.history().size() - 1; i >= 0; i--) {
      if (t.history().get(i).to() == TaskStatus.OVERDUE) {
        return t.history().get(i).from();
      }
    }
    return TaskStatus.CREATED;
  }

  private Population population(InspectionTask t) {
    if (t.plan().isEmpty()) {
      List<MarketEntity> named = new ArrayList<>();
      for (EntityId id : targets.getOrDefault(t.id(), List.of())) {
        named.add(directory.get(id).orElseThrow());
      }
      if (named.isEmpty()) {
        throw new IllegalStateException("temporary task " + t.id() + " names no entity; create "
            + "it with createTemporaryTask");
      }
      return PopulationBuilder.from(named).eligibility(Eligibility.none())
          .stratifier(PopulationBuilder.UNSTRATIFIED, EntityCandidates.unstratified("all"))
          .build();
    }
    PlanItem item = planItem(t);
    Checklist checklist = checklist(t);
    List<InspectionItem> items = new ArrayList<>();
    if (item.population().itemApplicability()) {
      for (String code : item.itemCodes()) {
        items.add(checklist.item(code).orElseThrow());
      }
    }
    Eligibility.Builder eligibility = Eligibility.builder().excludeNotOperating();
    if (excludeRepeats) {
      InspectionHistory drawn = drawnIn(t.year());
      eligibility.excludeLowRiskInspected(drawn, t.year())
          .excludeDrawnForItems(drawn, t.year(), t.items());
    }
    PopulationBuilder b = PopulationBuilder.from(directory)
        .filter(PopulationFilter.of(PlanPopulations.query(item.population())).withItems(items))
        .eligibility(eligibility.build());
    if (item.sampling().differentiated() && riskHistory != null) {
      // the classification in effect on the day the draw is prepared, its as-of date recorded
      // in the population definition (population.stratifier=<domain>-risk-class@<as-of>)
      b = b.stratifier(riskHistory, item.population().riskDomain(), clock.today());
    } else if (item.sampling().differentiated()) {
      String domain = item.population().riskDomain();
      b = RiskRating.GENERAL.equals(domain)
          ? b.stratifier(PopulationBuilder.GENERAL_RISK_CLASS,
              EntityCandidates.byGeneralRiskClass())
          : b.stratifier(domain + "-risk-class",
              EntityCandidates.byRiskClass(domain, EntityCandidates.UNRATED));
    } else {
      b = b.stratifier(PopulationBuilder.UNSTRATIFIED, EntityCandidates.unstratified("all"));
    }
    return b.build();
  }

  private DrawDesign design(InspectionTask t) {
    if (t.plan().isEmpty()) {
      return DrawDesign.of(DrawMethod.SRSWOR, SizeRule.all());
    }
    PlanItem item = planItem(t);
    SizeRule unrated = item.sampling().differentiated()
        ? PlanSizes.sizeRule(item.sampling(), unratedClass) : SizeRule.all();
    return PlanSizes.design(item, method, unrated).withAlternates(alternates);
  }

  /** Every entity drawn in {@code year} so far (current samples), dated by the draw. */
  private InspectionHistory drawnIn(int year) {
    List<InspectionHistory.Entry> entries = new ArrayList<>();
    for (InspectionTask other : tasks.store().all()) {
      if (other.year() != year || other.status() == TaskStatus.CANCELLED) {
        continue;
      }
      LocalDate on = other.window().from();
      List<String> sample = new ArrayList<>();
      DrawRecord single = draws.get(other.id());
      if (single != null) {
        sample.addAll(single.currentSample());
      }
      other.drawEvent().map(jointDraws::get).ifPresent(j ->
          sample.addAll(j.currentSample(other.id())));
      for (String id : sample) {
        entries.add(new InspectionHistory.Entry(EntityId.parse(id), on,
            new TreeSet<>(other.items())));
      }
    }
    return InspectionHistory.of(entries);
  }

  private PlanItem planItem(InspectionTask t) {
    var ref = t.plan().orElseThrow();
    AnnualPlan p = plans.store().find(ref.planId(), ref.planVersion()).orElseThrow(() ->
        new IllegalStateException("plan " + ref.planId() + " version " + ref.planVersion()
            + " of task " + t.id() + " is not in the plan store"));
    return p.item(ref.itemId()).orElseThrow();
  }

  private Checklist checklist(InspectionTask t) {
    return checklists.version(t.checklist().name(), t.checklist().version()).orElseThrow(() ->
        new IllegalStateException("checklist " + t.checklist() + " of task " + t.id()
            + " is not in the catalog"));
  }

  private SortedSet<String> specialties(InspectionTask t, Collection<String> itemCodes) {
    Checklist c = checklist(t);
    TreeSet<String> out = new TreeSet<>();
    for (String code : itemCodes) {
      c.item(code).ifPresent(i -> out.addAll(i.requiredSpecialties()));
    }
    return out;
  }

  private List<String> visitDepartments(Collection<InspectionTask> ts) {
    Set<String> all = new LinkedHashSet<>();
    for (InspectionTask t : ts) {
      for (String d : t.departments()) {
        all.add(departmentAuthority.apply(d));
      }
    }
    return all.size() >= 2 ? List.copyOf(all) : List.of();
  }

  private List<PastVisit> history() {
    List<PastVisit> out = new ArrayList<>();
    for (InspectionResult r : results.store().all()) {
      if (r.deadline().isPresent()) {
        for (String member : r.team()) {
          out.add(new PastVisit(r.entity().value(), member, r.deadline().get().formedOn()));
        }
      }
    }
    return out;
  }

  private PreparedAssignment singleVisits(String taskId, SeedPlan seedPlan) {
    InspectionTask t = task(taskId);
    DrawRecord record = draws.get(taskId);
    if (record == null) {
      String hint = t.drawEvent().map(e -> "; it was drawn in joint event " + e
          + ": assign the event").orElse("");
      throw new IllegalStateException("task " + taskId + " (" + t.number()
          + ") has no single-task draw to assign" + hint);
    }
    List<String> departments = visitDepartments(List.of(t));
    List<Visit> visits = new ArrayList<>();
    for (Visit v : Visits.fromDraw(record, s -> directory.get(EntityId.parse(s)), t.window(),
        specialties(t, t.items()))) {
      Visit w = v.withItems(t.items());
      visits.add(departments.isEmpty() ? w : w.withDepartments(departments));
    }
    AssignmentInput input = AssignmentInput.of(inspectors, visits, history());
    AssignmentManifest m = AssignmentManifest.create(taskId, record.jsonHash(), assignmentRules,
        seedPlan, input);
    return new PreparedAssignment(m, input, List.of(taskId), Map.of());
  }

  /**
   * One visit per entity of a joint draw. The assignment record must have a visit filed under
   * every task of the event (the task book checks it), so each visit is filed under one of its
   * tasks by a deterministic matching that gives every task at least one visit; the visit's team
   * still covers every task of the visit (its items, specialties and departments).
   */
  private PreparedAssignment jointVisits(String event, JointDrawRecord record,
      SeedPlan seedPlan) {
    List<JointDrawRecord.EntityTasks> entities = record.entities();
    List<String> taskIds = record.tasks().stream().map(JointDrawRecord.TaskDraw::task).toList();
    Map<String, Integer> label = VisitLabels.label(taskIds, entities);
    List<Visit> visits = new ArrayList<>();
    Map<String, List<JointDrawRecord.TaskVisit>> byVisit = new TreeMap<>();
    for (int i = 0; i < entities.size(); i++) {
      JointDrawRecord.EntityTasks e = entities.get(i);
      List<InspectionTask> ts = new ArrayList<>();
      Set<String> items = new TreeSet<>();
      for (JointDrawRecord.TaskVisit tv : e.tasks()) {
        ts.add(task(tv.task()));
        items.addAll(tv.items());
      }
      InspectionTask filed = task(e.tasks().get(label.get(e.id())).task());
      MarketEntity entity = directory.get(EntityId.parse(e.id())).orElseThrow(() ->
          new IllegalArgumentException("drawn entity " + e.id() + " of joint event " + event
              + " is not in the entity directory"));
      String id = event + "/" + e.id();
      Visit v = Visit.of(id, filed.id(), EntityRef.of(entity), filed.window()).withItems(items)
          .withSpecialties(specialties(filed, items));
      List<String> departments = visitDepartments(ts);
      visits.add(departments.isEmpty() ? v : v.withDepartments(departments));
      byVisit.put(id, e.tasks());
    }
    AssignmentInput input = AssignmentInput.of(inspectors, visits, history());
    AssignmentManifest m = AssignmentManifest.create(event, record.jsonHash(), assignmentRules,
        seedPlan, input);
    return new PreparedAssignment(m, input, taskIds, byVisit);
  }

  private void openJoint(AssignmentRecord record,
      Map<String, List<JointDrawRecord.TaskVisit>> byVisit) {
    String actor = "assignment:" + record.manifest().assignment();
    for (AssignmentRecord.VisitTeam vt : record.visits()) {
      List<String> team = record.currentTeam(vt.visit()).stream()
          .map(AssignmentRecord.Member::id).toList();
      EntityId entity = EntityId.parse(vt.entity());
      for (JointDrawRecord.TaskVisit tv : byVisit.get(vt.visit())) {
        String id = InspectionResult.idOf(tv.task(), entity);
        if (results.find(id).isEmpty()) {
          ResultEvent opened = new ResultEvent(clock.now(), actor, ResultAction.OPENED,
              ResultState.NOT_ENTERED, ResultState.NOT_ENTERED, Optional.of("team " + team));
          results.store().save(InspectionResult.opened(tv.task(), entity, vt.visit(), team,
              new TreeSet<>(tv.items()), results.catalogue().reference(), opened));
        }
      }
    }
  }

  /** Adapts the library's clock to the {@code java.time.Clock} the draw session stamps with. */
  private static final class JavaClock extends java.time.Clock {
    private final Clock clock;

    JavaClock(Clock clock) {
      this.clock = clock;
    }

    @Override
    public java.time.ZoneId getZone() {
      return Clock.CHINA;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return clock.now();
    }
  }

  /** Configures a {@link Campaign}; everything but the clock and the three directories has a
   * default. */
  public static final class Builder {
    private Clock clock;
    private WorkingDayCalendar calendar = OfficialCalendar.bundled();
    private Collection<MarketEntity> entities;
    private Collection<Inspector> inspectors;
    private ChecklistCatalog checklists;
    private PlanStore planStore = new InMemoryPlanStore();
    private TaskStore taskStore = new InMemoryTaskStore();
    private TaskNumberSequence taskNumbers = new InMemoryTaskNumberSequence();
    private String numberPattern = TaskNumbering.DEFAULT_PATTERN;
    private Map<String, String> numberPrefixes = Map.of();
    private DrawLedger ledger = DrawLedger.inMemory();
    private ResultStore resultStore = new InMemoryResultStore();
    private FollowUpStore followUpStore = new InMemoryFollowUpStore();
    private StopPublicationStore stopStore = new InMemoryStopPublicationStore();
    private CaseHandlingGateway gateway = new InMemoryCaseHandlingGateway();
    private PlanRules planRules = PlanRules.defaults();
    private ResultCatalogue catalogue = ResultCatalogues.standard();
    private ResultPolicy resultPolicy = ResultPolicy.defaults();
    private DisposalDefaults disposalDefaults = DisposalDefaults.defaults();
    private StopPublicationPolicy stopPolicy = StopPublicationPolicy.defaults();
    private AssignmentRules assignmentRules = AssignmentRules.standard();
    private DrawMethod method = DrawMethod.SRSWOR;
    private int alternates = 2;
    private String unratedClass = "B";
    private boolean excludeRepeats = true;
    private Function<String, String> departmentAuthority = Function.identity();
    private RiskClasses riskClasses;
    private RiskClassificationHistory riskHistory;

    private Builder() {}

    /** The clock every step is stamped with (required). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The working-day calendar of deadlines (default: the bundled official calendar). */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** The entity directory (required). */
    public Builder entities(Collection<MarketEntity> entities) {
      this.entities = List.copyOf(entities);
      return this;
    }

    /** The inspector directory (required). */
    public Builder inspectors(Collection<Inspector> inspectors) {
      this.inspectors = List.copyOf(inspectors);
      return this;
    }

    /** The checklist versions plans and tasks name (required). */
    public Builder checklists(ChecklistCatalog checklists) {
      this.checklists = Objects.requireNonNull(checklists, "checklists");
      return this;
    }

    /** Where plans are kept. */
    public Builder planStore(PlanStore store) {
      this.planStore = Objects.requireNonNull(store, "planStore");
      return this;
    }

    /** Where tasks are kept. */
    public Builder taskStore(TaskStore store) {
      this.taskStore = Objects.requireNonNull(store, "taskStore");
      return this;
    }

    /**
     * Task numbers: the pattern (default {@value TaskNumbering#DEFAULT_PATTERN}), the prefix
     * (简称) of each authority code, and the counters.
     */
    public Builder taskNumbers(String pattern, Map<String, String> prefixes,
        TaskNumberSequence sequence) {
      this.numberPattern = Objects.requireNonNull(pattern, "pattern");
      this.numberPrefixes = Map.copyOf(prefixes);
      this.taskNumbers = Objects.requireNonNull(sequence, "sequence");
      return this;
    }

    /** The draw ledger (default in memory). */
    public Builder ledger(DrawLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /** Where results are kept. */
    public Builder resultStore(ResultStore store) {
      this.resultStore = Objects.requireNonNull(store, "resultStore");
      return this;
    }

    /** Where disposals and referrals are kept. */
    public Builder followUpStore(FollowUpStore store) {
      this.followUpStore = Objects.requireNonNull(store, "followUpStore");
      return this;
    }

    /** Where stop-publication applications are kept. */
    public Builder stopPublicationStore(StopPublicationStore store) {
      this.stopStore = Objects.requireNonNull(store, "stopPublicationStore");
      return this;
    }

    /** The case-handling system (default in memory). */
    public Builder caseHandling(CaseHandlingGateway gateway) {
      this.gateway = Objects.requireNonNull(gateway, "caseHandling");
      return this;
    }

    /** The plan rules (floors, ceilings; default {@link PlanRules#defaults()}). */
    public Builder planRules(PlanRules rules) {
      this.planRules = Objects.requireNonNull(rules, "planRules");
      return this;
    }

    /** The result catalogue (default {@link ResultCatalogues#standard()}). */
    public Builder catalogue(ResultCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /** The publication period (default 20 working days). */
    public Builder resultPolicy(ResultPolicy policy) {
      this.resultPolicy = Objects.requireNonNull(policy, "resultPolicy");
      return this;
    }

    /** The default disposals per result code. */
    public Builder disposalDefaults(DisposalDefaults defaults) {
      this.disposalDefaults = Objects.requireNonNull(defaults, "disposalDefaults");
      return this;
    }

    /** The minimum publication periods before publication may stop. */
    public Builder stopPublicationPolicy(StopPublicationPolicy policy) {
      this.stopPolicy = Objects.requireNonNull(policy, "stopPublicationPolicy");
      return this;
    }

    /** The assignment rules (default {@link AssignmentRules#standard()}). */
    public Builder assignmentRules(AssignmentRules rules) {
      this.assignmentRules = Objects.requireNonNull(rules, "assignmentRules");
      return this;
    }

    /**
     * The draw method of planned tasks (default SRSWOR) and the alternates kept per stratum
     * (default 2).
     */
    public Builder drawMethod(DrawMethod method, int alternates) {
      this.method = Objects.requireNonNull(method, "method");
      if (alternates < 0) {
        throw new IllegalArgumentException("alternates must be 0 or more, got " + alternates);
      }
      this.alternates = alternates;
      return this;
    }

    /**
     * The risk class whose ratio entities without a rating are drawn with, when a plan item's
     * ratios are differentiated (default {@code B}, 一般: an entity not yet classified is treated
     * as of ordinary risk).
     */
    public Builder unratedClass(String riskClass) {
      this.unratedClass = Objects.requireNonNull(riskClass, "unratedClass");
      return this;
    }

    /**
     * Whether planned draws exclude low-risk entities already drawn that year and entities already
     * drawn that year for one of the task's items (default true: the notice 二(五), and "the same
     * item on the same entity at most once a year").
     */
    public Builder excludeRepeats(boolean exclude) {
      this.excludeRepeats = exclude;
      return this;
    }

    /**
     * How a task department maps to the authority code whose officers it contributes to a joint
     * visit (default: the department is an authority code).
     */
    public Builder departmentAuthority(Function<String, String> mapping) {
      this.departmentAuthority = Objects.requireNonNull(mapping, "departmentAuthority");
      return this;
    }

    /** The entities' classes for the indicators (default: the directory's ratings). */
    public Builder riskClasses(RiskClasses classes) {
      this.riskClasses = Objects.requireNonNull(classes, "riskClasses");
      return this;
    }

    /**
     * The credit-risk classification history (the feed's pushes, the notice 二(五)) that draws
     * with ratios per risk class stratify by: each draw uses the push in effect on the day it is
     * prepared ({@link Clock#today()}) and records that push's as-of date in its manifest ({@code
     * population.stratifier=general-risk-class@2025-02-28}). Without it (the default) draws use
     * the ratings the entities carry, under the recorded name {@code general-risk-class}. A draw
     * on a day no push of the item's domain covers is an error naming the domain and the date.
     */
    public Builder riskHistory(RiskClassificationHistory history) {
      this.riskHistory = Objects.requireNonNull(history, "riskHistory");
      return this;
    }

    /**
     * The campaign.
     *
     * @throws IllegalArgumentException naming a missing required part or a bad task-number pattern
     */
    public Campaign build() {
      return new Campaign(this);
    }
  }
}
