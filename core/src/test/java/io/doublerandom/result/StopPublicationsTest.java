package io.doublerandom.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultCategory;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.model.result.StopPublicationState;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopPublicationsTest {
  private static final LocalDate FORMED = LocalDate.of(2024, 9, 27);
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 10);

  private final ResultFixtures fx = ResultFixtures.of(2);
  private final StopPublications stops = new StopPublications(fx.results,
      new InMemoryStopPublicationStore(), StopPublicationPolicy.defaults());

  private InspectionResult published(int i, List<Finding> findings) {
    Results r = fx.results;
    r.open(fx.record, fx.visits);
    InspectionResult x = r.enter(ResultFixtures.id(i), 1, fx.member(i), FORMED, findings);
    x = r.approve(x.id(), x.version(), ResultFixtures.AUDITOR, "同意");
    return r.publish(x.id(), x.version(), "PUB-1", PUBLISHED);
  }

  @Test
  void theDefaultPeriodsFollowTheReferenceModel() {
    StopPublicationPolicy p = StopPublicationPolicy.defaults();
    var c = ResultCatalogues.standard();
    assertEquals(Period.ofMonths(3), p.periodOf(c, "R01"));
    assertEquals(Period.ofYears(3), p.periodOf(c, "R02"));
    assertEquals(Period.ofYears(3), p.periodOf(c, "R03"));
    assertEquals(Period.ofMonths(3), p.periodOf(c, "R06"));
    assertEquals(Period.ofYears(3), p.periodOf(c, "R11"));
    assertEquals(Period.ofMonths(3), p.periodOf(c, "unknown"));
    assertEquals(Period.ofYears(1), p.withCode("R02", Period.ofYears(1)).periodOf(c, "R02"));
    assertEquals(Period.ofMonths(6), p.withCategory(ResultCategory.NO_PROBLEM,
        Period.ofMonths(6)).periodOf(c, "R01"));
  }

  @Test
  void anApplicationBeforeTheLongestPeriodOfTheResultsCodesIsRefusedNamingTheRule() {
    InspectionResult r = published(1, List.of(Finding.of("ITEM-1", "R01"),
        Finding.of("ITEM-2", "R02")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        stops.apply(r.id(), r.entity(), LocalDate.of(2025, 3, 1), "已整改"));
    assertEquals("appliedOn 2025-03-01: result " + r.id() + " published on 2024-10-10 may stop "
        + "publication from 2027-10-10 (rule R02: P3Y after publication)", e.getMessage());
  }

  @Test
  void aGrantedApplicationWithdrawsThePublicationFromADateAndKeepsEverything() {
    InspectionResult r = published(1, List.of(Finding.of("ITEM-1", "R01"),
        Finding.of("ITEM-2", "R01")));
    StopPublicationApplication a = stops.apply(r.id(), r.entity(), LocalDate.of(2025, 1, 10),
        "信用修复");
    assertEquals(LocalDate.of(2025, 1, 10), a.earliest());
    assertEquals("R01: P3M after publication", a.rule());
    assertEquals(StopPublicationState.APPLIED, a.state());
    assertThrows(IllegalStateException.class, () -> stops.apply(r.id(), r.entity(),
        LocalDate.of(2025, 1, 11), "again"));
    StopPublicationApplication g = stops.grant(a.id(), 1, "PUB-1", LocalDate.of(2025, 1, 15),
        LocalDate.of(2025, 1, 16), "准予");
    assertEquals(StopPublicationState.GRANTED, g.state());
    assertEquals(2, g.version());
    InspectionResult w = fx.results.find(r.id()).orElseThrow();
    assertEquals(ResultState.WITHDRAWN, w.state());
    assertEquals(Optional.of(PUBLISHED), w.publishedOn());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 16)), w.withdrawnFrom());
    assertTrue(w.publicOn(LocalDate.of(2025, 1, 15)));
    assertFalse(w.publicOn(LocalDate.of(2025, 1, 16)));
    assertEquals(ResultAction.WITHDRAWN, w.history().get(w.history().size() - 1).action());
    assertEquals(List.of(g), stops.of(r.id()));
    assertEquals(g, stops.grant(a.id(), 1, "PUB-1", LocalDate.of(2025, 1, 15),
        LocalDate.of(2025, 1, 16), "准予"));
    assertThrows(IllegalStateException.class, () -> stops.refuse(a.id(), 2, "PUB-1",
        LocalDate.of(2025, 1, 15), "不予"));
  }

  @Test
  void aRefusalNeedsAnOpinionAndLeavesThePublication() {
    InspectionResult r = published(2, List.of(Finding.of("ITEM-1", "R09"),
        Finding.of("ITEM-2", "R01")));
    StopPublicationApplication a = stops.apply(r.id(), r.entity(), LocalDate.of(2025, 2, 1),
        "申请");
    assertEquals("opinion: refusing application " + a.id() + " needs an opinion, got ''",
        assertThrows(IllegalArgumentException.class, () -> stops.refuse(a.id(), 1, "PUB-1",
            LocalDate.of(2025, 2, 2), "")).getMessage());
    StopPublicationApplication f = stops.refuse(a.id(), 1, "PUB-1", LocalDate.of(2025, 2, 2),
        "材料不全");
    assertEquals(StopPublicationState.REFUSED, f.state());
    assertEquals(ResultState.PUBLISHED, fx.results.find(r.id()).orElseThrow().state());
    assertEquals(r.id() + "#stop-2", stops.apply(r.id(), r.entity(), LocalDate.of(2025, 3, 1),
        "补齐材料").id());
  }

  @Test
  void onlyThePublishedResultsOwnEntityMayApply() {
    InspectionResult r = published(1, List.of(Finding.of("ITEM-1", "R01"),
        Finding.of("ITEM-2", "R01")));
    assertEquals("entity " + ResultFixtures.entity(2).value() + " may not apply for result "
        + r.id() + " of entity " + r.entity().value(), assertThrows(
        IllegalArgumentException.class, () -> stops.apply(r.id(), ResultFixtures.entity(2),
            LocalDate.of(2025, 6, 1), "x")).getMessage());
    String unpublished = ResultFixtures.id(2);
    assertThrows(IllegalStateException.class, () -> stops.apply(unpublished,
        ResultFixtures.entity(2), LocalDate.of(2025, 6, 1), "x"));
  }
}
