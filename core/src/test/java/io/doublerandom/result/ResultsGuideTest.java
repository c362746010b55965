package io.doublerandom.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.assign.Visit;
import io.doublerandom.calendar.ManualClock;
import io.doublerandom.calendar.OfficialCalendar;
import io.doublerandom.docs.DocSnippets;
import io.doublerandom.followup.DisposalDefaults;
import io.doublerandom.followup.DisposalOrder;
import io.doublerandom.followup.FollowUps;
import io.doublerandom.followup.InMemoryCaseHandlingGateway;
import io.doublerandom.followup.InMemoryFollowUpStore;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/results.md, run. Each region between {@code // snippet:NAME} and {@code //
 * end:NAME} is shown verbatim (dedented) in the guide after {@code <!-- snippet: NAME -->};
 * {@link #theGuideShowsExactlyTheCodeOfThisTest} fails if they drift apart.
 */
class ResultsGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "results.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "doublerandom", "result",
      "ResultsGuideTest.java");

  @Test
  void aResultFromAssignmentToWithdrawnPublication() {
    ResultFixtures fx = ResultFixtures.of(2);
    AssignmentRecord assignment = fx.record;
    List<Visit> visits = fx.visits;
    String task = ResultFixtures.TASK;

    // snippet:setup
    ManualClock clock = ManualClock.at(LocalDate.of(2024, 9, 27));
    Results results = new Results(new InMemoryResultStore(), ResultCatalogues.standard(), clock,
        OfficialCalendar.bundled(), ResultPolicy.defaults());
    List<InspectionResult> rows = results.open(assignment, visits);   // 未录入, one per visit
    // end:setup
    assertEquals(2, rows.size());
    assertEquals(2, results.countByState(task).get(ResultState.NOT_ENTERED));
    String inspector = rows.get(0).team().get(0);

    // snippet:enter
    String id = InspectionResult.idOf(task, rows.get(0).entity());
    InspectionResult r = results.enter(id, 1, inspector, LocalDate.of(2024, 9, 27), List.of(
        Finding.of("ITEM-1", "R07").withDeadline(LocalDate.of(2024, 10, 31)),
        Finding.of("ITEM-2", "R08").withText("疑似无证经营，另案调查")));
    r.state();                 // PENDING_AUDIT (待审核)
    r.deadline().get().due();  // 2024-10-30: 20 working days, 国庆调休 counted
    // end:enter
    assertEquals(ResultState.PENDING_AUDIT, r.state());
    assertEquals(LocalDate.of(2024, 10, 30), r.deadline().get().due());

    // snippet:audit
    r = results.returnForCorrection(id, r.version(), "AUD-1", "ITEM-2 缺少询问笔录");
    r = results.enter(id, r.version(), inspector, LocalDate.of(2024, 9, 27), r.findings());
    r = results.approve(id, r.version(), "AUD-1", "同意");
    r = results.publish(id, r.version(), "PUB-1", LocalDate.of(2024, 10, 31));
    r.late();                  // true: one day after 2024-10-30
    // end:audit
    assertTrue(r.late());
    assertEquals(6, r.history().size());

    // snippet:followup
    InMemoryCaseHandlingGateway caseSystem = new InMemoryCaseHandlingGateway();
    FollowUps followUps = new FollowUps(results, new InMemoryFollowUpStore(), caseSystem,
        DisposalDefaults.defaults());
    List<Disposal> opened = followUps.openDefaults(id, "O-9", LocalDate.of(2024, 11, 1));
    // [CORRECT_BY_DEADLINE for R07 (due 2024-10-31), CASE_REFERRAL for R08]
    followUps.open(id, DisposalOrder.notifyDepartment("县卫生健康局"), "O-9",
        LocalDate.of(2024, 11, 1));
    // end:followup
    assertEquals(List.of(DisposalKind.CORRECT_BY_DEADLINE, DisposalKind.CASE_REFERRAL),
        opened.stream().map(Disposal::kind).toList());

    // snippet:case
    String referral = opened.get(1).referral().get();
    caseSystem.openCase(referral, "晋市监立〔2024〕31号", LocalDate.of(2024, 11, 5));
    caseSystem.decide(referral, "晋市监罚〔2024〕88号", LocalDate.of(2024, 12, 20));
    followUps.sync();
    CaseReferral link = followUps.referralByDecision("晋市监罚〔2024〕88号").get();
    link.task();               // 晋市监抽查〔2024〕7号
    followUps.referrals(task, link.entity());  // the same referral, from the other side
    followUps.close(opened.get(1).id(), 1, "O-9", LocalDate.of(2024, 12, 21), "已处罚");
    followUps.overdueCorrections(LocalDate.of(2024, 11, 1));  // the R07 correction
    // end:case
    assertEquals(task, link.task());
    assertEquals(List.of(link), followUps.referrals(task, link.entity()));
    assertEquals(List.of(opened.get(0)), followUps.overdueCorrections(LocalDate.of(2024, 11, 1)));

    // snippet:stop
    StopPublications stops = new StopPublications(results, new InMemoryStopPublicationStore(),
        StopPublicationPolicy.defaults().withCode("R08", Period.ofYears(1)));
    StopPublicationApplication a = stops.apply(id, link.entity(), LocalDate.of(2025, 11, 3),
        "已整改并缴纳罚款，申请信用修复");
    stops.grant(a.id(), a.version(), "PUB-1", LocalDate.of(2025, 11, 10),
        LocalDate.of(2025, 11, 11), "准予停止公示");
    results.find(id).get().state();   // WITHDRAWN: published 2024-10-31, withdrawn from 2025-11-11
    // end:stop
    InspectionResult w = results.find(id).get();
    assertEquals(ResultState.WITHDRAWN, w.state());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 11)), w.withdrawnFrom());
    assertEquals("R08: P1Y after publication", a.rule());
  }

  @Test
  void aProvinceCatalogueAndTheErrors() {
    ResultFixtures fx = ResultFixtures.of(1);
    fx.results.open(fx.record, fx.visits);
    Results results = fx.results;
    String id = ResultFixtures.id(1);
    String outsider = fx.outsider(1);
    String tsv = "1\tNO_PROBLEM\texclusive\t-\t未发现问题\n"
        + "C\tFALSE_INFORMATION\t-\t-\t公示信息隐瞒真实情况弄虚作假\n";

    // snippet:catalogue
    ResultCatalogue zhejiang = ResultCatalogues.read("zhejiang", 1, new StringReader(tsv));
    zhejiang.find("C").get().text();   // 公示信息隐瞒真实情况弄虚作假
    // end:catalogue
    assertEquals("公示信息隐瞒真实情况弄虚作假", zhejiang.find("C").get().text());

    IllegalArgumentException notOnTeam = assertThrows(IllegalArgumentException.class, () ->
        results.enter(id, 1, outsider, LocalDate.of(2024, 9, 27),
            List.of(Finding.of("ITEM-1", "R01"), Finding.of("ITEM-2", "R01"))));
    assertTrue(notOnTeam.getMessage().contains("is not on the team"));
    InvalidResultException invalid = assertThrows(InvalidResultException.class, () ->
        results.enter(id, 1, fx.member(1), LocalDate.of(2024, 9, 27),
            List.of(Finding.of("ITEM-1", "R99"), Finding.of("ITEM-2", "R01", "R02"))));
    assertEquals(2, invalid.problems().size());
    assertThrows(ResultTransitionException.class, () -> results.publish(id, 1, "PUB-1",
        LocalDate.of(2024, 9, 27)));
  }

  @Test
  void theGuideShowsExactlyTheCodeOfThisTest() throws IOException {
    Map<String, String> code = DocSnippets.regions(SELF);
    assertEquals(List.of("setup", "enter", "audit", "followup", "case", "stop", "catalogue"),
        List.copyOf(code.keySet()));
    Map<String, String> shown = DocSnippets.shown(GUIDE);
    assertEquals(code.keySet(), shown.keySet(), "every snippet shown once, none extra");
    code.forEach((name, text) -> assertEquals(text, shown.get(name), "snippet " + name));
  }

}
