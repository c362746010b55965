package io.doublerandom.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.directory.InMemoryRiskClassificationFeed;
import io.doublerandom.directory.RiskClassificationHistory;
import io.doublerandom.docs.DocSnippets;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.PopulationBuilder;
import io.doublerandom.feedback.FeedbackCounts;
import io.doublerandom.feedback.InMemoryVisitFeedbackStore;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.calendar.Deadline;
import io.doublerandom.model.calendar.DeadlineKind;
import io.doublerandom.model.calendar.DeadlineStatus;
import io.doublerandom.model.feedback.VisitFeedback;
import io.doublerandom.model.feedback.VisitRef;
import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.spi.WorkingDayCalendar.UncoveredDateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of docs/calendar.md, run. Each region between {@code // snippet:NAME} and {@code //
 * end:NAME} is shown verbatim (dedented) in the guide after {@code <!-- snippet: NAME -->};
 * {@link #theGuideShowsExactlyTheCodeOfThisTest} fails if they drift apart, or if the guide shows
 * Java code that is not a snippet.
 */
class CalendarGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "calendar.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "doublerandom",
      "calendar", "CalendarGuideTest.java");

  @TempDir
  Path dir;

  @Test
  void workingDays() {
    // snippet:working-days
    OfficialCalendar calendar = OfficialCalendar.bundled();      // the notices of 2007–2026
    calendar.isWorkingDay(LocalDate.of(2025, 10, 11));           // true: make-up Saturday
    calendar.isWorkingDay(LocalDate.of(2025, 10, 8));            // false: 国庆节
    // day 1 is the first working day after the date, whatever the date is
    LocalDate due = calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 20);   // 2025-11-04
    calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 1);     // 2026-01-04, a make-up Sunday
    calendar.plusWorkingDays(LocalDate.of(2025, 10, 1), 0);      // 2025-10-01 itself
    calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), due); // 20
    // end:working-days
    assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 8)));
    assertEquals(LocalDate.of(2025, 11, 4), due);
    assertEquals(LocalDate.of(2026, 1, 4),
        calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 1));
    assertEquals(LocalDate.of(2025, 10, 1), calendar.plusWorkingDays(LocalDate.of(2025, 10, 1), 0));
    assertEquals(20, calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), due));
  }

  @Test
  void uncovered() {
    OfficialCalendar calendar = OfficialCalendar.bundled();
    // snippet:uncovered
    try {
      calendar.plusWorkingDays(LocalDate.of(2026, 12, 20), 20);
    } catch (UncoveredDateException e) {
      e.date();            // 2027-01-01, the first day the answer needed that is not covered
      e.calendarVersion(); // cn-official-days:2007-2026:sha256:…
    }
    // end:uncovered
    UncoveredDateException e = assertThrows(UncoveredDateException.class,
        () -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 20), 20));
    assertEquals(LocalDate.of(2027, 1, 1), e.date());
    assertEquals(calendar.version(), e.calendarVersion());
  }

  @Test
  void newerYears() throws IOException {
    Path file = dir.resolve("cn-2027.tsv");
    Files.writeString(file, CalendarTsv.HEADER + "\n2027-01-01\toff\t元旦\t2027\n"
        + "# notice 2027: https://example.org/notice-2027\n", StandardCharsets.UTF_8);
    // snippet:newer-years
    OfficialCalendar calendar = OfficialCalendar.bundled()
        .with(CalendarTsv.read(file));          // throws CalendarFormatException: every problem
    calendar.covers(2027);                      // true                         with its line
    calendar.version();                         // cn-official-days:2007-2027:sha256:…
    // end:newer-years
    assertTrue(calendar.covers(2027));
    assertTrue(calendar.version().startsWith("cn-official-days:2007-2027:sha256:"));
  }

  @Test
  void deadlines() {
    // snippet:deadlines
    Deadlines deadlines = Deadlines.of(OfficialCalendar.bundled());   // DeadlineRules.defaults()
    Deadline publish = deadlines.resultPublication("R-17", "140105", LocalDate.of(2025, 9, 30));
    publish.due();              // 2025-11-04
    publish.calendarVersion();  // Optional[cn-official-days:2007-2026:sha256:…]
    publish.basis();            // 《企业信息公示暂行条例》第六条: …
    Deadline correct = deadlines.correction("D-3", "140105", LocalDate.of(2025, 10, 9),
        LocalDate.of(2025, 10, 31));                              // by the order's 限期
    Deadline published = publish.metOn(LocalDate.of(2025, 11, 6));
    published.statusOn(LocalDate.of(2025, 12, 1));               // MET_LATE
    List<Deadline> overdue = Deadlines.overdue(List.of(published, correct), "140105",
        LocalDate.of(2025, 11, 5));                              // [correct, publish]
    // end:deadlines
    assertEquals(LocalDate.of(2025, 11, 4), publish.due());
    assertEquals(DeadlineStatus.MET_LATE, published.statusOn(LocalDate.of(2025, 12, 1)));
    assertEquals(List.of(correct, published), overdue);
    assertTrue(publish.basis().startsWith("《企业信息公示暂行条例》第六条"));
  }

  @Test
  void rules() {
    // snippet:rules
    DeadlineRules rules = DeadlineRules.defaults()
        .with(DeadlineKind.RESULT_PUBLICATION, 15, "省局规定: 15 working days")
        .with(DeadlineKind.STOP_PUBLICATION_DECISION, 10, "省局规定: 10 working days");
    Deadlines deadlines = Deadlines.of(OfficialCalendar.bundled(), rules);
    // end:rules
    assertEquals(LocalDate.of(2025, 10, 28),
        deadlines.resultPublication("R-1", "140105", LocalDate.of(2025, 9, 30)).due());
  }

  @Test
  void clock() {
    // snippet:clock
    ManualClock clock = ManualClock.at(LocalDate.of(2025, 3, 3));   // 09:00 in China
    clock.advance(Duration.ofHours(2));
    clock.today();                                                  // 2025-03-03
    ManualClock ticking = ManualClock.ticking(Instant.parse("2025-03-03T01:00:00Z"),
        Duration.ofSeconds(1));                  // each now() one second after the last
    // end:clock
    assertEquals(LocalDate.of(2025, 3, 3), clock.today());
    assertEquals(Instant.parse("2025-03-03T01:00:00Z"), ticking.now());
    assertEquals(Instant.parse("2025-03-03T01:00:01Z"), ticking.now());
  }

  @Test
  void riskFeed() {
    EntityId shop = EntityId.parse("91350100M000100Y43");
    EntityId factory = EntityId.parse("000000000000002");
    List<MarketEntity> entities = List.of(entity(shop), entity(factory));
    // snippet:risk-feed
    InMemoryRiskClassificationFeed feed = new InMemoryRiskClassificationFeed();
    feed.publish(new RiskClassificationPush(RiskRating.GENERAL, LocalDate.of(2025, 1, 31),
        Map.of(shop, "A", factory, "C"), "信用风险分类 2025-01"));
    feed.publish(new RiskClassificationPush(RiskRating.GENERAL, LocalDate.of(2025, 2, 28),
        Map.of(shop, "B"), "信用风险分类 2025-02"));      // a full push: factory unclassified
    RiskClassificationHistory history = RiskClassificationHistory.empty().pull(feed);
    history.ratingAsOf(shop, RiskRating.GENERAL, LocalDate.of(2025, 2, 10));   // A since 01-31
    Population population = PopulationBuilder.from(entities)
        .stratifier(history, RiskRating.GENERAL, LocalDate.of(2025, 3, 15))
        .build();   // population.stratifier=general-risk-class@2025-02-28
    // end:risk-feed
    assertEquals(Optional.of(new RiskRating(RiskRating.GENERAL, "A", LocalDate.of(2025, 1, 31))),
        history.ratingAsOf(shop, RiskRating.GENERAL, LocalDate.of(2025, 2, 10)));
    assertTrue(population.definition().lines()
        .contains("population.stratifier=general-risk-class@2025-02-28"));
    assertEquals(Map.of("B", 1, "unrated", 1), Map.copyOf(population.strata()));
  }

  @Test
  void feedback() {
    EntityId shop = EntityId.parse("91350100M000100Y43");
    // snippet:feedback
    InMemoryVisitFeedbackStore store = new InMemoryVisitFeedbackStore();
    store.record(new VisitFeedback(new VisitRef("晋市监抽查〔2025〕12号", shop), "140105",
        LocalDate.of(2025, 6, 3), VisitFeedback.Conduct.SATISFIED,
        VisitFeedback.Burden.ACCEPTABLE, false, Optional.of("检查人员出示了执法证")));
    FeedbackCounts june = FeedbackCounts.of(store, "140105", LocalDate.of(2025, 6, 1),
        LocalDate.of(2025, 6, 30));
    june.total();                                           // 1
    june.byConduct().get(VisitFeedback.Conduct.SATISFIED);  // 1
    // end:feedback
    assertEquals(1, june.total());
    assertEquals(1, june.byConduct().get(VisitFeedback.Conduct.SATISFIED));
  }

  private static MarketEntity entity(EntityId id) {
    return MarketEntity.builder().id(id).name("主体 " + id.value()).kind(EntityKind.ENTERPRISE)
        .registrationAuthority("140105").region(RegionCode.of("140105"))
        .status(RegistrationStatus.OPERATING).build();
  }

  // ---- the guide shows this code ----

  @Test
  void theGuideShowsExactlyTheCodeOfThisTest() throws IOException {
    Map<String, String> code = DocSnippets.regions(SELF);
    assertEquals(List.of("working-days", "uncovered", "newer-years", "deadlines", "rules",
        "clock", "risk-feed", "feedback"), List.copyOf(code.keySet()));
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    Map<String, String> shown = DocSnippets.shown(GUIDE);
    assertEquals(code.keySet(), shown.keySet(), "every snippet shown once, none extra");
    code.forEach((name, text) -> assertEquals(text, shown.get(name), "snippet " + name));
    assertEquals(shown.size(), guide.split("```java", -1).length - 1,
        "every Java block of the guide is a checked snippet");
  }
}
