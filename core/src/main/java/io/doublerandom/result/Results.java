package io.doublerandom.result;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.Visit;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.PublicationDeadline;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultEvent;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.spi.Clock;
import io.doublerandom.spi.ResultStore;
import io.doublerandom.spi.VersionConflictException;
import io.doublerandom.spi.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The life of inspection results (检查结果), one per task and entity: opened from an assignment
 * ({@link #open}), entered by a member of the visit's team ({@link #enter}; 谁检查、谁录入、谁负责),
 * audited by someone not on the team ({@link #approve}, {@link #returnForCorrection}, {@link
 * #reject}), published ({@link #publish}). Every step is kept in the result's history with who,
 * when (from the {@link Clock}) and the opinion; the publication deadline is computed through the
 * {@link WorkingDayCalendar}.
 *
 * <p>Every change names the version it is based on: a change against a stale version throws
 * {@link VersionConflictException}; repeating a change already made (the same findings by the same
 * member, the same publication) is a no-op that returns the stored record.
 *
 * <pre>{@code
 * Results results = new Results(new InMemoryResultStore(), ResultCatalogues.standard(), clock,
 *     calendar, ResultPolicy.defaults());
 * results.open(assignmentRecord, visits);                 // 未录入 rows
 * InspectionResult r = results.enter(id, 1, "insp-1", formedOn,
 *     List.of(Finding.of("ITEM-1", "R01")));              // 待审核
 * r = results.approve(id, r.version(), "auditor-1", "同意"); // 已审核
 * r = results.publish(id, r.version(), "officer-1", publishDate); // 已公示
 * }</pre>
 */
public final class Results {
  private static final Map<ResultAction, Set<ResultState>> ALLOWED = allowed();

  private final ResultStore store;
  private final ResultCatalogue catalogue;
  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final ResultPolicy policy;

  /**
   * @param store where results are kept
   * @param catalogue the result codes findings use
   * @param clock the time recorded with each step
   * @param calendar the working-day calendar of the publication deadline
   * @param policy the publication period
   */
  public Results(ResultStore store, ResultCatalogue catalogue, Clock clock,
      WorkingDayCalendar calendar, ResultPolicy policy) {
    this.store = Objects.requireNonNull(store, "store");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The catalogue findings are checked against. */
  public ResultCatalogue catalogue() {
    return catalogue;
  }

  /** The store. */
  public ResultStore store() {
    return store;
  }

  /**
   * Opens a 未录入 row for every visit of an assignment, with the visit's current team (after
   * replacements) and no items listed. See {@link #open(AssignmentRecord, Collection)}.
   */
  public List<InspectionResult> open(AssignmentRecord record) {
    return open(record, List.of());
  }

  /**
   * Opens a 未录入 row for every visit of an assignment, with the visit's current team (after
   * replacements) and, for visits found in {@code visits}, their item codes (the findings must
   * then cover exactly those items). Idempotent: a row already open keeps its state and findings;
   * if its team changed (a replacement), the new team is saved as a new version with a
   * TEAM_CHANGED step.
   *
   * @return the rows, in the record's visit order
   */
  public List<InspectionResult> open(AssignmentRecord record, Collection<Visit> visits) {
    Objects.requireNonNull(record, "record");
    Map<String, Visit> byId = new TreeMap<>();
    for (Visit v : visits) {
      byId.put(v.id(), v);
    }
    String actor = "assignment:" + record.manifest().assignment();
    List<InspectionResult> out = new ArrayList<>();
    for (AssignmentRecord.VisitTeam vt : record.visits()) {
      EntityId entity = EntityId.parse(vt.entity());
      List<String> team = record.currentTeam(vt.visit()).stream()
          .map(AssignmentRecord.Member::id).toList();
      Visit v = byId.get(vt.visit());
      SortedSet<String> items = v == null ? new TreeSet<>() : v.items();
      String id = InspectionResult.idOf(vt.task(), entity);
      Optional<InspectionResult> existing = store.find(id);
      if (existing.isEmpty()) {
        ResultEvent opened = new ResultEvent(clock.now(), actor, ResultAction.OPENED,
            ResultState.NOT_ENTERED, ResultState.NOT_ENTERED,
            Optional.of("team " + team));
        out.add(store.save(InspectionResult.opened(vt.task(), entity, vt.visit(), team, items,
            catalogue.reference(), opened)));
      } else if (!existing.get().team().equals(team)) {
        InspectionResult r = existing.get();
        out.add(store.save(new InspectionResult(r.id(), r.version() + 1, r.task(), r.entity(),
            r.visit(), team, r.items(), r.catalogue(), r.state(), r.findings(), r.enteredBy(),
            r.enteredAt(), r.deadline(), r.auditedBy(), r.publishedOn(), r.withdrawnFrom(),
            append(r, actor, ResultAction.TEAM_CHANGED, r.state(), "team " + team))));
      } else {
        out.add(existing.get());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Enters (or re-enters after a return or rejection, or corrects before the audit) the findings
   * of a result: 未录入 / 退回 / 不通过 / 待审核 → 待审核.
   *
   * @param id the result id
   * @param expectedVersion the version the caller read
   * @param inspector the id of the team member entering
   * @param formedOn the date the result was formed; the publication deadline counts from it
   * @param findings one per item
   * @throws IllegalArgumentException if the inspector is not on the visit's team
   * @throws InvalidResultException listing every problem of the findings
   * @throws ResultTransitionException if the result is already audited or published
   * @throws VersionConflictException if {@code expectedVersion} is stale
   */
  public InspectionResult enter(String id, long expectedVersion, String inspector,
      LocalDate formedOn, List<Finding> findings) {
    Objects.requireNonNull(formedOn, "formedOn");
    InspectionResult r = load(id);
    List<Finding> sorted = findings.stream()
        .sorted(java.util.Comparator.comparing(Finding::item)).toList();
    if (r.state() == ResultState.PENDING_AUDIT && r.findings().equals(sorted)
        && r.enteredBy().equals(Optional.of(inspector))
        && r.deadline().map(PublicationDeadline::formedOn).equals(Optional.of(formedOn))) {
      return r;
    }
    check(r, expectedVersion);
    allow(r, ResultAction.ENTERED, "enter");
    if (!r.team().contains(inspector)) {
      throw new IllegalArgumentException("inspector '" + inspector + "' is not on the team "
          + r.team() + " of visit " + r.visit() + " and may not enter result " + r.id()
          + " (谁检查、谁录入)");
    }
    if (!catalogue.reference().equals(r.catalogue())) {
      throw new IllegalArgumentException("result " + r.id() + " uses catalogue "
          + r.catalogue() + ", not " + catalogue.reference());
    }
    List<String> problems = FindingRules.check(catalogue, r.items(), sorted, formedOn);
    if (!problems.isEmpty()) {
      throw new InvalidResultException(r.id(), problems);
    }
    LocalDate due = calendar.plusWorkingDays(formedOn, policy.publicationWorkingDays());
    PublicationDeadline deadline = new PublicationDeadline(formedOn,
        policy.publicationWorkingDays(), due, calendar.version());
    return store.save(new InspectionResult(r.id(), r.version() + 1, r.task(), r.entity(),
        r.visit(), r.team(), r.items(), r.catalogue(), ResultState.PENDING_AUDIT, sorted,
        Optional.of(inspector), Optional.of(clock.now()), Optional.of(deadline),
        Optional.empty(), Optional.empty(), Optional.empty(),
        append(r, inspector, ResultAction.ENTERED, ResultState.PENDING_AUDIT,
            "formed " + formedOn + (r.findings().isEmpty() || r.findings().equals(sorted) ? ""
                : "; replaces " + summary(r.findings())))));
  }

  /**
   * Approves an entered result: 待审核 → 已审核.
   *
   * @throws IllegalArgumentException if the auditor is on the visit's team
   */
  public InspectionResult approve(String id, long expectedVersion, String auditor,
      String opinion) {
    return audit(id, expectedVersion, auditor, opinion, ResultAction.APPROVED,
        ResultState.AUDITED, "approve", false);
  }

  /** Returns an entered result to the team with an opinion (required): 待审核 → 退回. */
  public InspectionResult returnForCorrection(String id, long expectedVersion, String auditor,
      String opinion) {
    return audit(id, expectedVersion, auditor, opinion, ResultAction.RETURNED,
        ResultState.RETURNED, "return", true);
  }

  /**
   * Rejects an entered result with an opinion (required): 待审核 → 不通过; the team must enter it
   * anew.
   */
  public InspectionResult reject(String id, long expectedVersion, String auditor,
      String opinion) {
    return audit(id, expectedVersion, auditor, opinion, ResultAction.REJECTED,
        ResultState.REJECTED, "reject", true);
  }

  private InspectionResult audit(String id, long expectedVersion, String auditor, String opinion,
      ResultAction action, ResultState to, String operation, boolean opinionRequired) {
    Objects.requireNonNull(auditor, "auditor");
    InspectionResult r = load(id);
    if (r.state() == to && r.history().get(r.history().size() - 1).actor().equals(auditor)
        && r.history().get(r.history().size() - 1).action() == action) {
      return r;
    }
    check(r, expectedVersion);
    allow(r, action, operation);
    if (r.team().contains(auditor)) {
      throw new IllegalArgumentException("auditor '" + auditor + "' is on the team " + r.team()
          + " of visit " + r.visit() + " and may not audit result " + r.id());
    }
    if (opinionRequired && (opinion == null || opinion.isBlank())) {
      throw new IllegalArgumentException("opinion: " + operation + " of result " + r.id()
          + " needs an opinion, got '" + opinion + "'");
    }
    return store.save(new InspectionResult(r.id(), r.version() + 1, r.task(), r.entity(),
        r.visit(), r.team(), r.items(), r.catalogue(), to, r.findings(), r.enteredBy(),
        r.enteredAt(), r.deadline(),
        action == ResultAction.APPROVED ? Optional.of(auditor) : Optional.empty(),
        Optional.empty(), Optional.empty(), append(r, auditor, action, to, opinion)));
  }

  /**
   * Publishes an audited result on {@code publishedOn}: 已审核 → 已公示. Whether it was late is
   * {@link InspectionResult#late()}.
   *
   * @throws IllegalArgumentException if {@code publishedOn} is before the date the result was
   *     formed
   */
  public InspectionResult publish(String id, long expectedVersion, String officer,
      LocalDate publishedOn) {
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(publishedOn, "publishedOn");
    InspectionResult r = load(id);
    if (r.state() == ResultState.PUBLISHED && r.publishedOn().equals(Optional.of(publishedOn))) {
      return r;
    }
    check(r, expectedVersion);
    allow(r, ResultAction.PUBLISHED, "publish");
    LocalDate formed = r.deadline().orElseThrow().formedOn();
    if (publishedOn.isBefore(formed)) {
      throw new IllegalArgumentException("publishedOn " + publishedOn + " of result " + r.id()
          + " is before the date it was formed, " + formed);
    }
    return store.save(new InspectionResult(r.id(), r.version() + 1, r.task(), r.entity(),
        r.visit(), r.team(), r.items(), r.catalogue(), ResultState.PUBLISHED, r.findings(),
        r.enteredBy(), r.enteredAt(), r.deadline(), r.auditedBy(), Optional.of(publishedOn),
        Optional.empty(), append(r, officer, ResultAction.PUBLISHED, ResultState.PUBLISHED,
            "published " + publishedOn)));
  }

  /** Withdraws a published result from {@code from} (停止公示); used by {@link StopPublications}. */
  InspectionResult withdraw(String id, String officer, LocalDate from, String note) {
    InspectionResult r = load(id);
    allow(r, ResultAction.WITHDRAWN, "withdraw the publication of");
    if (from.isBefore(r.publishedOn().orElseThrow())) {
      throw new IllegalArgumentException("withdrawnFrom " + from + " of result " + r.id()
          + " is before its publication on " + r.publishedOn().get());
    }
    return store.save(new InspectionResult(r.id(), r.version() + 1, r.task(), r.entity(),
        r.visit(), r.team(), r.items(), r.catalogue(), ResultState.WITHDRAWN, r.findings(),
        r.enteredBy(), r.enteredAt(), r.deadline(), r.auditedBy(), r.publishedOn(),
        Optional.of(from), append(r, officer, ResultAction.WITHDRAWN, ResultState.WITHDRAWN,
            note)));
  }

  /**
   * The findings as they are published: a finding carrying a code whose details stay internal
   * ({@link io.doublerandom.model.result.ResultCode#detailsInternal()}, for example 待后续调查处理)
   * is shown without its text; every other finding as entered.
   */
  public List<Finding> publicFindings(InspectionResult result) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      boolean internal = f.codes().stream().anyMatch(c -> catalogue.find(c)
          .map(io.doublerandom.model.result.ResultCode::detailsInternal).orElse(false));
      out.add(internal ? new Finding(f.item(), f.codes(), Optional.empty(), f.deadline()) : f);
    }
    return List.copyOf(out);
  }

  /** The result {@code id}. */
  public Optional<InspectionResult> find(String id) {
    return store.find(id);
  }

  /** The results of {@code task}, sorted by id. */
  public List<InspectionResult> byTask(String task) {
    return store.byTask(task);
  }

  /** How many results of {@code task} are in each state (every state listed, zeros included). */
  public Map<ResultState, Integer> countByState(String task) {
    Map<ResultState, Integer> counts = new EnumMap<>(ResultState.class);
    for (ResultState s : ResultState.values()) {
      counts.put(s, 0);
    }
    store.byTask(task).forEach(r -> counts.merge(r.state(), 1, Integer::sum));
    return counts;
  }

  /**
   * The results whose publication is overdue on {@code day}: formed, not yet published, and
   * {@code day} after the due date; sorted by id.
   */
  public List<InspectionResult> overduePublications(LocalDate day) {
    return store.all().stream()
        .filter(r -> r.publishedOn().isEmpty() && r.deadline().isPresent()
            && r.deadline().get().lateOn(day))
        .toList();
  }

  /** The results published after their deadline, sorted by id. */
  public List<InspectionResult> latePublications() {
    return store.all().stream().filter(InspectionResult::late).toList();
  }

  /** The findings in words, for the history: {@code ITEM-1: R02, R06 | ITEM-2: R01}. */
  static String summary(List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (Finding f : findings) {
      parts.add(f.item() + ": " + String.join(", ", f.codes())
          + f.text().map(t -> " (" + t + ")").orElse("")
          + f.deadline().map(d -> " by " + d).orElse(""));
    }
    return String.join(" | ", parts);
  }

  private InspectionResult load(String id) {
    return store.find(id).orElseThrow(() ->
        new IllegalArgumentException("no result with id '" + id + "'"));
  }

  private static void check(InspectionResult r, long expectedVersion) {
    if (r.version() != expectedVersion) {
      throw new VersionConflictException("result", r.id(), expectedVersion, r.version());
    }
  }

  private static void allow(InspectionResult r, ResultAction action, String operation) {
    Set<ResultState> allowed = ALLOWED.get(action);
    if (!allowed.contains(r.state())) {
      throw new ResultTransitionException(r.id(), operation, r.state(), allowed);
    }
  }

  private List<ResultEvent> append(InspectionResult r, String actor, ResultAction action,
      ResultState to, String opinion) {
    List<ResultEvent> h = new ArrayList<>(r.history());
    h.add(new ResultEvent(clock.now(), actor, action, r.state(), to,
        Optional.ofNullable(opinion)));
    return h;
  }

  /** The states each action may start from (the state machine of docs/results.md). */
  static Set<ResultState> allowedFrom(ResultAction action) {
    return ALLOWED.get(action);
  }

  private static Map<ResultAction, Set<ResultState>> allowed() {
    Map<ResultAction, Set<ResultState>> m = new EnumMap<>(ResultAction.class);
    m.put(ResultAction.ENTERED, EnumSet.of(ResultState.NOT_ENTERED, ResultState.PENDING_AUDIT,
        ResultState.RETURNED, ResultState.REJECTED));
    m.put(ResultAction.APPROVED, EnumSet.of(ResultState.PENDING_AUDIT));
    m.put(ResultAction.RETURNED, EnumSet.of(ResultState.PENDING_AUDIT));
    m.put(ResultAction.REJECTED, EnumSet.of(ResultState.PENDING_AUDIT));
    m.put(ResultAction.PUBLISHED, EnumSet.of(ResultState.AUDITED));
    m.put(ResultAction.WITHDRAWN, EnumSet.of(ResultState.PUBLISHED));
    return m;
  }
}
