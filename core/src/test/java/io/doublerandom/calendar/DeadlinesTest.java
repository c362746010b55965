package io.doublerandom.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.doublerandom.model.calendar.Deadline;
import io.doublerandom.model.calendar.DeadlineKind;
import io.doublerandom.model.calendar.DeadlineStatus;
import io.doublerandom.spi.WorkingDayCalendar.UncoveredDateException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static final OfficialCalendar CAL = OfficialCalendar.bundled();
  private static final Deadlines DEADLINES = Deadlines.of(CAL);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void resultsArePublishedWithinTwentyWorkingDays() {
    Deadline p = DEADLINES.resultPublication("R-1", "140105", d("2025-09-30"));
    assertEquals(DeadlineKind.RESULT_PUBLICATION, p.kind());
    assertEquals(d("2025-11-04"), p.due());
    assertEquals(OptionalInt.of(20), p.workingDays());
    assertEquals(Optional.of(CAL.version()), p.calendarVersion());
    assertEquals(DeadlineRules.BASIS_PUBLICATION, p.basis());
    assertEquals("result-publication/R-1", p.key());
    assertEquals(DeadlineStatus.OPEN, p.statusOn(d("2025-11-04")));
    assertEquals(DeadlineStatus.OVERDUE, p.statusOn(d("2025-11-05")));
    assertEquals(DeadlineStatus.MET_ON_TIME, p.metOn(d("2025-11-04")).statusOn(d("2025-12-01")));
    assertEquals(DeadlineStatus.MET_LATE, p.metOn(d("2025-11-05")).statusOn(d("2025-12-01")));
    // asked about a day before it was met, it was still open or overdue then
    assertEquals(DeadlineStatus.OVERDUE, p.metOn(d("2025-11-20")).statusOn(d("2025-11-10")));
  }

  @Test
  void defaultsAndConfiguration() {
    assertEquals(List.of(DeadlineKind.RESULT_PUBLICATION, DeadlineKind.ABNORMAL_LIST_LISTING,
        DeadlineKind.STOP_PUBLICATION_DECISION),
        DeadlineRules.defaults().rules().stream().map(DeadlineRule::kind).toList());
    assertEquals(d("2025-03-17"),
        DEADLINES.abnormalListing("E-1", "140105", d("2025-03-03")).due());
    assertEquals(d("2025-03-24"),
        DEADLINES.stopPublicationDecision("A-1", "140105", d("2025-03-03")).due());
    Deadlines fifteen = Deadlines.of(CAL, DeadlineRules.defaults()
        .with(DeadlineKind.RESULT_PUBLICATION, 15, "晋市监 local rule"));
    Deadline p = fifteen.resultPublication("R-1", "140105", d("2025-03-03"));
    assertEquals(d("2025-03-24"), p.due());
    assertEquals("晋市监 local rule", p.basis());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEADLINES.compute(DeadlineKind.CORRECTION, "D-1", "140105", d("2025-03-03")));
    assertTrue(e.getMessage().contains("correction") && e.getMessage().contains("D-1")
        && e.getMessage().contains("限期"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Deadlines.of(CAL,
        DeadlineRules.defaults().without(DeadlineKind.RESULT_PUBLICATION))
        .resultPublication("R-2", "140105", d("2025-03-03")));
    assertTrue(e.getMessage().contains("result-publication"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new DeadlineRule(DeadlineKind.RESULT_PUBLICATION, -3, "x"));
    assertTrue(e.getMessage().contains("-3"), e.getMessage());
  }

  @Test
  void correctionsAreDueByTheirOrdersTimeLimit() {
    Deadline c = DEADLINES.correction("D-1", "140105", d("2025-03-03"), d("2025-04-02"));
    assertEquals(d("2025-04-02"), c.due());
    assertEquals(OptionalInt.empty(), c.workingDays());
    assertEquals(Optional.empty(), c.calendarVersion());
    assertSame(c, DEADLINES.recompute(c));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEADLINES.correction("D-2", "140105", d("2025-03-03"), d("2025-03-01")));
    assertTrue(e.getMessage().contains("due") && e.getMessage().contains("2025-03-01")
        && e.getMessage().contains("D-2"), e.getMessage());
  }

  @Test
  void aDeadlineInAnUncoveredYearIsAnError() {
    UncoveredDateException e = assertThrows(UncoveredDateException.class,
        () -> DEADLINES.resultPublication("R-9", "140105", d("2026-12-10")));
    assertEquals(d("2027-01-01"), e.date());
    assertTrue(e.getMessage().contains("2027-01-01") && e.getMessage().contains("year 2027")
        && e.getMessage().contains(CAL.version()), e.getMessage());
  }

  @Test
  void aNewerNoticeIsPickedUpByRecomputing() throws Exception {
    Deadline before = DEADLINES.resultPublication("R-1", "140105", d("2026-12-01"));
    assertEquals(d("2026-12-29"), before.due());
    OfficialCalendar newer = CAL.with(CalendarTsv.parse("n.tsv", new StringReader(
        CalendarTsv.HEADER + "\n2026-12-28\toff\t元旦\t2027\n"
            + "# notice 2027: https://example.org/2027\n")));
    Deadlines now = Deadlines.of(newer);
    assertFalse(now.isCurrent(before));
    Deadline after = now.recompute(before.metOn(d("2026-12-29")));
    assertEquals(d("2026-12-30"), after.due());
    assertEquals(Optional.of(newer.version()), after.calendarVersion());
    assertEquals(Optional.of(d("2026-12-29")), after.metOn());
    assertTrue(now.isCurrent(after));
  }

  @Test
  void theOverdueListOfAnAuthority() {
    LocalDate day = d("2025-06-30");
    Deadline late = DEADLINES.resultPublication("R-3", "140105", d("2025-04-01"));
    Deadline lateToo = DEADLINES.correction("D-1", "140105", d("2025-04-01"), d("2025-04-20"));
    Deadline metLate = DEADLINES.resultPublication("R-4", "140105", d("2025-04-01"))
        .metOn(d("2025-06-01"));
    Deadline open = DEADLINES.resultPublication("R-5", "140105", d("2025-06-20"));
    Deadline metAfterTheDay = DEADLINES.resultPublication("R-6", "140105", d("2025-04-01"))
        .metOn(d("2025-07-02"));
    Deadline otherAuthority = DEADLINES.resultPublication("R-7", "140106", d("2025-04-01"));
    List<Deadline> all = List.of(open, metAfterTheDay, late, otherAuthority, lateToo, metLate);
    assertEquals(List.of(lateToo, late, metAfterTheDay),
        Deadlines.overdue(all, "140105", day));
    assertEquals(List.of(otherAuthority), Deadlines.overdue(all, "140106", day));
  }

  @Test
  void workingDaysLate() {
    Deadline p = DEADLINES.resultPublication("R-1", "140105", d("2025-09-05"));
    assertEquals(d("2025-10-10"), p.due(), "国庆节 skipped");
    assertEquals(0, DEADLINES.workingDaysLate(p, d("2025-10-10")));
    assertEquals(1, DEADLINES.workingDaysLate(p, d("2025-10-11")), "make-up Saturday");
    assertEquals(1, DEADLINES.workingDaysLate(p, d("2025-10-12")));
    assertEquals(2, DEADLINES.workingDaysLate(p.metOn(d("2025-10-13")), d("2025-12-01")));
    assertEquals(0, DEADLINES.workingDaysLate(p.metOn(d("2025-10-01")), d("2025-12-01")));
  }

  @Test
  void everyWorkingDayDeadlineIsTheNthWorkingDayAndItsStatusMovesForwardOnly() {
    int first = (int) d("2007-01-01").toEpochDay();
    int last = (int) d("2026-10-31").toEpochDay();
    qt().withFixedSeed(20250930L).withExamples(2000)
        .forAll(integers().between(first, last), integers().between(0, 40),
            integers().between(0, 90))
        .checkAssert((epochDay, n, metAfter) -> {
          LocalDate start = LocalDate.ofEpochDay(epochDay);
          Deadline dl = DEADLINES.workingDays(DeadlineKind.RESULT_PUBLICATION, "R", "140105",
              start, n, "test");
          assertEquals(n, CAL.workingDaysBetween(start, dl.due()), start + " + " + n);
          if (n > 0) {
            assertTrue(CAL.isWorkingDay(dl.due()), dl.due().toString());
          }
          Deadline met = dl.metOn(start.plusDays(metAfter));
          DeadlineStatus previous = DeadlineStatus.OPEN;
          for (LocalDate day = start; !day.isAfter(start.plusDays(100)); day = day.plusDays(1)) {
            DeadlineStatus s = met.statusOn(day);
            boolean allowed = s == previous
                || previous == DeadlineStatus.OPEN
                || previous == DeadlineStatus.OVERDUE && s == DeadlineStatus.MET_LATE;
            assertTrue(allowed, previous + " -> " + s + " on " + day);
            previous = s;
          }
          assertEquals(start.plusDays(metAfter).isAfter(dl.due())
              ? DeadlineStatus.MET_LATE : DeadlineStatus.MET_ON_TIME, previous);
        });
  }

  @Test
  void badDeadlineValuesNameTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Deadline(DeadlineKind.RESULT_PUBLICATION, "R-1", "140105", d("2025-01-02"),
            OptionalInt.of(20), d("2025-02-01"), Optional.empty(), "b", Optional.empty()));
    assertTrue(e.getMessage().startsWith("calendarVersion of result-publication deadline of R-1"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new Deadline(DeadlineKind.RESULT_PUBLICATION, " ", "140105", d("2025-01-02"),
            OptionalInt.empty(), d("2025-02-01"), Optional.empty(), "b", Optional.empty()));
    assertTrue(e.getMessage().startsWith("subjectId must be non-blank"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DEADLINES.resultPublication("R-1", "140105", d("2025-01-02"))
            .metOn(d("2025-01-01")));
    assertTrue(e.getMessage().contains("metOn") && e.getMessage().contains("2025-01-01"),
        e.getMessage());
  }
}
