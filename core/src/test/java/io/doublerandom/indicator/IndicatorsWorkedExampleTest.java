package io.doublerandom.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.docs.DocSnippets;
import io.doublerandom.draw.Rational;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.plan.AnnualPlan;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.task.InspectionTask;
import io.doublerandom.result.ResultCatalogues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/indicators.md: the values the page states (its {@code
 * worked-example} table) are the values {@link Indicators} computes from the page's records, and
 * the page shows exactly the snippet this test runs.
 */
class IndicatorsWorkedExampleTest {
  private static final Path PAGE = Path.of("..", "docs", "indicators.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "doublerandom",
      "indicator", "IndicatorsWorkedExampleTest.java");

  /** The page's table: indicator → {numerator, denominator}. */
  private static Map<Indicator, long[]> stated() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int at = page.indexOf("<!-- worked-example -->");
    assertTrue(at >= 0, "the page has the worked-example table");
    Matcher m = Pattern.compile("\\| ([A-Z_]+) \\| (\\d+) \\| (\\d+) \\|")
        .matcher(page.substring(at));
    Map<Indicator, long[]> out = new EnumMap<>(Indicator.class);
    while (m.find()) {
      out.put(Indicator.valueOf(m.group(1)),
          new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
    }
    assertEquals(List.of(Indicator.values()), List.copyOf(out.keySet()), "one row per indicator");
    return out;
  }

  @Test
  void thePageStatesTheComputedValues() throws IOException {
    WorkedExample example = new WorkedExample();
    List<AnnualPlan> plans = example.plans;
    List<InspectionTask> tasks = example.tasks;
    List<InspectionResult> results = example.results;
    List<Disposal> disposals = example.disposals;
    List<MarketEntity> entities = example.entities;

    // snippet:compute
    IndicatorScope scope = IndicatorScope.year(2025, List.of("SX-SCJG-140105"));
    IndicatorData data = IndicatorData.builder()
        .plans(plans)                          // every version a task refers to
        .tasks(tasks).results(results).disposals(disposals)
        .catalogue(ResultCatalogues.standard())
        .riskClasses(RiskClasses.of(entities))
        .otherInspections(2)                   // visits made outside the library (专项检查 …)
        .build();
    IndicatorReport report = Indicators.compute(scope, data);
    IndicatorValue share = report.get(Indicator.INSPECTION_SHARE);   // 7/10 in the example below
    System.out.print(report.format());
    // end:compute

    assertEquals(Rational.of(7, 10), share.value().orElseThrow());
    stated().forEach((indicator, nd) -> {
      IndicatorValue v = report.get(indicator);
      assertEquals(nd[0], v.numerator(), indicator + " numerator");
      assertEquals(nd[1], v.denominator(), indicator + " denominator");
      assertEquals(v, Indicators.compute(indicator, scope, data), "one indicator alone");
    });
  }

  @Test
  void theUnitsAreTheOnesThePageNames() {
    WorkedExample example = new WorkedExample();
    IndicatorReport r = Indicators.compute(IndicatorScope.year(2025, List.of(WorkedExample.BUREAU)),
        example.data().build());
    assertEquals(List.of("J1/E2", "J1/E3", "J1/E5", "T1/E1", "T1/E3", "T1/E4", "T2/E1",
        "T5/E5"), r.get(Indicator.INSPECTION_SHARE).denominatorUnits());
    assertEquals(List.of("J1/E2", "J1/E3"), r.get(Indicator.JOINT_RATE).numeratorUnits());
    assertEquals(List.of("J1/E2", "T1/E1", "T1/E3", "T1/E4"),
        r.get(Indicator.RISK_DIFFERENTIATED_RATE).numeratorUnits());
    assertEquals(List.of("T4/000000000000005", "T1/000000000000003"), List.of(
        r.get(Indicator.ON_TIME_PUBLICATION_RATE).denominatorUnits().stream()
            .filter(u -> !r.get(Indicator.ON_TIME_PUBLICATION_RATE).numeratorUnits().contains(u))
            .sorted(Collections.reverseOrder()).toArray()));
    assertEquals(List.of("T1/000000000000003", "T3/000000000000003", "T5/000000000000005"),
        r.get(Indicator.DISPOSAL_RATE).numeratorUnits());
    assertEquals(List.of("000000000000001", "000000000000003"),
        r.get(Indicator.REPEAT_RATE).numeratorUnits());
    assertEquals(List.of("000000000000001", "000000000000002"),
        r.get(Indicator.LOW_RISK_REPEAT_RATE).denominatorUnits());
    assertEquals("抽查户次占比 7/10 (70.0%)", r.get(Indicator.INSPECTION_SHARE).toString());
  }

  @Test
  void theOrderOfTheRecordsChangesNothing() {
    WorkedExample example = new WorkedExample();
    IndicatorScope scope = IndicatorScope.year(2025, List.of(WorkedExample.BUREAU));
    IndicatorReport expected = Indicators.compute(scope, example.data().build());
    Random random = new Random(20250101L);
    for (int i = 0; i < 20; i++) {
      List<InspectionResult> results = new ArrayList<>(example.results);
      List<InspectionTask> tasks = new ArrayList<>(example.tasks);
      List<Disposal> disposals = new ArrayList<>(example.disposals);
      Collections.shuffle(results, random);
      Collections.shuffle(tasks, random);
      Collections.shuffle(disposals, random);
      IndicatorData shuffled = IndicatorData.builder().plans(example.plans).tasks(tasks)
          .results(results).disposals(disposals).catalogue(ResultCatalogues.standard())
          .riskClasses(RiskClasses.of(example.entities)).otherInspections(2).build();
      assertEquals(expected, Indicators.compute(scope, shuffled));
    }
  }

  @Test
  void anEarlierEvaluationDayCountsOnlyWhatHadHappened() {
    WorkedExample example = new WorkedExample();
    IndicatorScope scope = IndicatorScope.year(2025, List.of(WorkedExample.BUREAU))
        .asOf(WorkedExample.d("09-27"));
    IndicatorReport r = Indicators.compute(scope, example.data().build());
    // due by 09-27 or published by then: T1/E1, T1/E3, T1/E4, T2/E1, T2/E6, T3/E3, T4/E3
    // (T3/E2 is due 09-28 and unpublished on 09-27: it may still be on time)
    assertEquals(List.of(6L, 7L), List.of(r.get(Indicator.ON_TIME_PUBLICATION_RATE).numerator(),
        r.get(Indicator.ON_TIME_PUBLICATION_RATE).denominator()));
    // T1/E3 closed 06-30 → disposed; T3/E3's referral closes 11-25 → not yet
    assertEquals(List.of("T1/000000000000003"), r.get(Indicator.DISPOSAL_RATE).numeratorUnits());
  }

  @Test
  void subordinatesWidenTheScope() {
    WorkedExample example = new WorkedExample();
    var city = io.doublerandom.model.Authority.builder().code("SX-SCJG-140100").name("太原")
        .level(io.doublerandom.model.AuthorityLevel.CITY)
        .region(io.doublerandom.model.RegionCode.of("140100")).build();
    var a = io.doublerandom.model.Authority.builder().code(WorkedExample.BUREAU).name("小店")
        .level(io.doublerandom.model.AuthorityLevel.COUNTY)
        .region(io.doublerandom.model.RegionCode.of("140105")).parentCode("SX-SCJG-140100")
        .build();
    var b = io.doublerandom.model.Authority.builder().code(WorkedExample.OTHER_BUREAU).name("迎泽")
        .level(io.doublerandom.model.AuthorityLevel.COUNTY)
        .region(io.doublerandom.model.RegionCode.of("140106")).parentCode("SX-SCJG-140100")
        .build();
    IndicatorScope scope = IndicatorScope.year(2025, List.of("SX-SCJG-140100"))
        .withSubordinates(List.of(city, a, b));
    assertEquals(List.of("SX-SCJG-140100", WorkedExample.BUREAU, WorkedExample.OTHER_BUREAU),
        List.copyOf(scope.authorities()));
    IndicatorValue share = Indicators.compute(Indicator.INSPECTION_SHARE, scope,
        example.data().build());
    assertEquals(11, share.denominator(), "T7/E1 of the other bureau counts now");
  }

  @Test
  void contradictoryRecordsAreErrorsNamingThem() {
    WorkedExample example = new WorkedExample();
    IndicatorScope scope = IndicatorScope.year(2025, List.of(WorkedExample.BUREAU));
    IllegalArgumentException noPlan = assertThrows(IllegalArgumentException.class, () ->
        Indicators.compute(scope, IndicatorData.builder().tasks(example.tasks)
            .results(example.results).catalogue(ResultCatalogues.standard()).build()));
    assertTrue(noPlan.getMessage().contains("from plan P") && noPlan.getMessage().contains("version 1"), noPlan.getMessage());
    IllegalArgumentException noCatalogue = assertThrows(IllegalArgumentException.class, () ->
        Indicators.compute(scope, IndicatorData.builder().plans(example.plans)
            .tasks(example.tasks).results(example.results).build()));
    assertTrue(noCatalogue.getMessage().contains("doublerandom@1"), noCatalogue.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new IndicatorScope(
        new java.util.TreeSet<>(), scope.period(), scope.asOf()));
    assertEquals("—", new IndicatorValue(Indicator.JOINT_RATE, 0, 0, List.of(), List.of())
        .percent(1));
    assertTrue(new IndicatorValue(Indicator.JOINT_RATE, 0, 0, List.of(), List.of()).value()
        .isEmpty());
  }

  @Test
  void classesComeFromTheDirectoryFromTheirDateOnOrFromTheFeedHistory() {
    WorkedExample example = new WorkedExample();
    RiskClasses classes = RiskClasses.of(example.entities);
    assertEquals(java.util.Optional.of("A"), classes.classOn(WorkedExample.e(1),
        WorkedExample.d("01-01")));
    assertTrue(classes.classOn(WorkedExample.e(1), LocalDate.of(2024, 12, 31)).isEmpty());
    assertTrue(RiskClasses.of(io.doublerandom.directory.RiskClassificationHistory.empty())
        .classOn(WorkedExample.e(1), WorkedExample.d("06-01")).isEmpty());
    assertTrue(RiskClasses.none().classOn(WorkedExample.e(1), WorkedExample.d("06-01"))
        .isEmpty());
  }

  @Test
  void thePageShowsExactlyTheCodeOfThisTest() throws IOException {
    Map<String, String> code = DocSnippets.regions(SELF);
    assertEquals(List.of("compute"), List.copyOf(code.keySet()));
    Map<String, String> shown = DocSnippets.shown(PAGE);
    assertEquals(code.keySet(), shown.keySet());
    code.forEach((name, text) -> assertEquals(text, shown.get(name), "snippet " + name));
  }
}
