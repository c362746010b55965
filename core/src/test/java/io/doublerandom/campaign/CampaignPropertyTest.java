package io.doublerandom.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.doublerandom.assign.AssignmentRules;
import io.doublerandom.assign.TaskRules;
import io.doublerandom.calendar.ManualClock;
import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.plan.Batch;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PlanKind;
import io.doublerandom.model.plan.PlanMode;
import io.doublerandom.model.plan.PopulationScope;
import io.doublerandom.model.plan.Sampling;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultEvent;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.model.task.StatusChange;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.sample.BundledSample;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No sequence of facade operations — allowed or refused — reaches an inconsistent state: a
 * published result always went through an audit after its last entry, a closed task has every
 * result published, a task's status never runs ahead of its results, a cancelled task has no
 * result entered, a refused operation changes nothing, and the ledger chain stays intact.
 * QuickTheories decodes each generated integer into one operation on a small campaign (two drawn
 * and assigned tasks of the bundled sample, eight results).
 */
class CampaignPropertyTest {
  private static final String CITY = "SX-SCJG-140700";
  private static final String AUDITOR = "审核员";
  private static final List<String> CODES = List.of("R01", "R02", "R06", "R07", "R09", "R11",
      "R04", "R08");
  private static final Set<ResultState> ENTERED = EnumSet.of(ResultState.PENDING_AUDIT,
      ResultState.AUDITED, ResultState.PUBLISHED, ResultState.WITHDRAWN);
  private static final Set<ResultState> AUDITED = EnumSet.of(ResultState.AUDITED,
      ResultState.PUBLISHED, ResultState.WITHDRAWN);
  private static final Set<ResultState> PUBLISHED = EnumSet.of(ResultState.PUBLISHED,
      ResultState.WITHDRAWN);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

  private static List<MarketEntity> entities;
  private static List<Inspector> inspectors;
  private static Checklist checklist;

  @BeforeAll
  static void readTheSample() throws Exception {
    ImportOptions options = ImportOptions.builder().regions(RegionTable.shanxi()).build();
    try (InputStream in = BundledSample.open(BundledSample.ENTITIES)) {
      entities = EntityFiles.read(in, "entities", Format.CSV, options).values().stream()
          .filter(e -> e.region().value().equals("140702")).toList();
    }
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      inspectors = InspectorFiles.read(in, "inspectors", Format.CSV, options).values();
    }
    try (InputStream in = BundledSample.open(BundledSample.CHECKLIST)) {
      checklist = ChecklistFiles.read(in, "checklist", options).value();
    }
  }

  /** The campaign under test and its clock. */
  private record World(Campaign campaign, ManualClock clock, List<String> tasks) {}

  private static World world() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed("property".getBytes(StandardCharsets.UTF_8));
    ManualClock clock = ManualClock.at(LocalDate.of(2025, 2, 3));
    Campaign c = Campaign.builder().clock(clock).entities(entities).inspectors(inspectors)
        .checklists(ChecklistCatalog.of(List.of(checklist)))
        .taskNumbers("{prefix}抽查〔{year}〕{n}号", java.util.Map.of(CITY, "晋中市监"),
            new io.doublerandom.task.InMemoryTaskNumberSequence())
        .assignmentRules(AssignmentRules.of(TaskRules.standard().withRotationDays(0)))
        .build();
    PopulationScope glasses = PopulationScope.builder().addRegions(RegionCode.of("140702"))
        .addAnyTags("眼镜配制").build();
    DateRange window = new DateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30));
    List<PlanItem> items = new ArrayList<>();
    for (String[] i : new String[][] {{"1", "SC-01-01"}, {"2", "SC-01-02"}}) {
      items.add(PlanItem.builder().id(i[0])
          .checklist(new ChecklistRef(checklist.name(), checklist.version()))
          .addItemCodes(i[1]).population(glasses).sampling(Sampling.ratio("0.25"))
          .addMethods(InspectionMethod.ON_SITE).addBatches(new Batch(1, window)).build());
    }
    AnnualPlan plan = c.createPlan(AnnualPlan.builder().id("P").code("晋中市监计划〔2025〕9号")
        .name("性质测试").year(2025).authority(CITY).leadDepartment("信用监管科")
        .kind(PlanKind.ORDINARY).mode(PlanMode.DIRECTED)
        .period(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .addAllItems(items).build());
    c.publishPlan(plan.id());
    clock.setDate(LocalDate.of(2025, 3, 3));
    List<String> tasks = new ArrayList<>();
    for (String item : List.of("1", "2")) {
      InspectionTask t = c.createTask(plan.id(), item, 1, "任务" + item);
      c.draw(t.id(), SeedPlan.recorded(), SeedSource.recorded(random));
      assertTrue(c.assign(t.id(), SeedPlan.recorded(), SeedSource.recorded(random)).feasible());
      tasks.add(t.id());
    }
    return new World(c, clock, tasks);
  }

  /** Everything the operations can change, to compare before and after a refused one. */
  private static List<Object> snapshot(World w) {
    List<Object> s = new ArrayList<>();
    for (InspectionTask t : w.campaign().tasks()) {
      s.add(t);
      s.addAll(w.campaign().results(t.id()));
    }
    s.addAll(w.campaign().followUps().store().disposals());
    s.addAll(w.campaign().followUps().store().referrals());
    return s;
  }

  private static void apply(World w, int op) {
    Campaign c = w.campaign();
    List<InspectionResult> all = new ArrayList<>();
    w.tasks().forEach(t -> all.addAll(c.results(t)));
    int arg = op / 10;
    InspectionResult r = all.get(arg % 3 == 2 ? all.size() - 1 - arg % all.size() : arg % 3);
    long version = arg % 11 == 0 ? r.version() - 1 : r.version();
    LocalDate today = w.clock().peek().atZone(io.doublerandom.spi.Clock.CHINA).toLocalDate();
    String task = w.tasks().get(arg % 2);
    switch (op % 10) {
      case 0 -> {
        String code = CODES.get(arg % CODES.size());
        Finding f = Finding.of(r.items().first(), code);
        if (code.equals("R07")) {
          f = f.withDeadline(today.plusDays(20));
        } else if (code.equals("R11")) {
          f = f.withText("其他");
        }
        String who = arg % 7 == 0 ? AUDITOR : r.team().get(arg % r.team().size());
        c.enter(r.id(), version, who, today, List.of(f));
      }
      case 1 -> c.approve(r.id(), version, arg % 5 == 0 ? r.team().get(0) : AUDITOR, "同意");
      case 2 -> c.returnForCorrection(r.id(), version, AUDITOR, "请补充");
      case 3 -> c.reject(r.id(), version, AUDITOR, "不予通过");
      case 4 -> c.publish(r.id(), version, "公示员", today);
      case 5 -> c.closeTask(task);
      case 6 -> {
        for (Disposal d : c.disposeByDefaults(r.id(), "处置员", today)) {
          if (arg % 2 == 0 && d.referral().isEmpty()
              && d.state() == io.doublerandom.model.followup.DisposalState.OPEN) {
            c.closeDisposal(d.id(), d.version(), "处置员", today, "已完成");
          }
        }
      }
      case 7 -> {
        StopPublicationApplication a = c.applyToStopPublication(r.id(), r.entity(), today,
            "申请停止公示");
        c.grantStopPublication(a.id(), a.version(), "公示员", today, today, "同意");
      }
      case 8 -> {
        LocalDate next = today.plusDays(arg % 40);
        w.clock().setDate(next.isAfter(LAST_DAY) ? LAST_DAY : next);
        c.markOverdue(today);
      }
      default -> c.cancelTask(task, "测试撤销");
    }
  }

  private static void checkConsistent(World w) {
    Campaign c = w.campaign();
    for (InspectionTask t : c.tasks()) {
      List<InspectionResult> rs = c.results(t.id());
      for (InspectionResult r : rs) {
        if (PUBLISHED.contains(r.state())) {
          assertTrue(r.auditedBy().isPresent(), r.id() + " published without an auditor");
          int entered = -1;
          int approved = -1;
          for (int i = 0; i < r.history().size(); i++) {
            ResultEvent e = r.history().get(i);
            entered = e.action() == ResultAction.ENTERED ? i : entered;
            approved = e.action() == ResultAction.APPROVED ? i : approved;
          }
          assertTrue(entered >= 0 && approved > entered, r.id()
              + " published without an approval after its last entry: " + r.history());
          assertTrue(!r.team().contains(r.auditedBy().get()), "audited by its own team");
        }
      }
      TaskStatus s = t.status() == TaskStatus.OVERDUE ? before(t) : t.status();
      Set<ResultState> needed = switch (s) {
        case RESULTS_ENTERED -> ENTERED;
        case AUDITED -> AUDITED;
        case PUBLISHED, CLOSED -> PUBLISHED;
        default -> null;
      };
      if (needed != null) {
        for (InspectionResult r : rs) {
          assertTrue(needed.contains(r.state()), "task " + t.id() + " is " + t.status()
              + " but result " + r.id() + " is " + r.state());
        }
      }
      if (t.status() == TaskStatus.CANCELLED) {
        assertTrue(rs.stream().allMatch(r -> r.state() == ResultState.NOT_ENTERED),
            "cancelled task " + t.id() + " has entered results");
      }
    }
    assertEquals(List.of(), c.ledger().verifyChain());
  }

  private static TaskStatus before(InspectionTask t) {
    List<StatusChange> h = t.history();
    for (int i = h.size() - 1; i >= 0; i--) {
      if (h.get(i).to() == TaskStatus.OVERDUE) {
        return h.get(i).from();
      }
    }
    throw new AssertionError("overdue task " + t.id() + " with no move to overdue");
  }

  @Test
  void enterApprovePublishOneResult() throws Exception {
    World w = world();
    for (int op : new int[] {30, 31, 34}) {
      apply(w, op);
    }
    List<InspectionResult> all = new ArrayList<>();
    w.tasks().forEach(t -> all.addAll(w.campaign().results(t)));
    assertEquals(ResultState.PUBLISHED, all.get(0).state());
  }

  @Test
  void noSequenceOfOperationsReachesAnInconsistentState() {
    int[] reached = new int[TaskStatus.values().length];
    int[] results = new int[ResultState.values().length];
    qt().withExamples(40).withFixedSeed(20250101L)
        .forAll(lists().of(integers().between(0, 9999)).ofSizeBetween(1, 60))
        .checkAssert(ops -> {
          World w;
          try {
            w = world();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          checkConsistent(w);
          for (int op : ops) {
            List<Object> before = snapshot(w);
            try {
              apply(w, op);
            } catch (RuntimeException refused) {
              assertTrue(before.equals(snapshot(w)), "refused operation " + op + " ("
                  + refused.getMessage() + ") changed something");
            }
            checkConsistent(w);
            for (InspectionTask t : w.campaign().tasks()) {
              reached[t.status().ordinal()]++;
              w.campaign().results(t.id()).forEach(r -> results[r.state().ordinal()]++);
            }
          }
        });
    for (TaskStatus s : List.of(TaskStatus.IN_INSPECTION, TaskStatus.CANCELLED)) {
      assertTrue(reached[s.ordinal()] > 0, "the sequences reach task status " + s);
    }
    for (ResultState s : List.of(ResultState.PENDING_AUDIT, ResultState.RETURNED,
        ResultState.REJECTED, ResultState.AUDITED, ResultState.PUBLISHED)) {
      assertTrue(results[s.ordinal()] > 0, "the sequences reach result state " + s);
    }
  }
}
