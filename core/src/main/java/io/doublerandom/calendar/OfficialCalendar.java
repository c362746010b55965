package io.doublerandom.calendar;

import io.doublerandom.spi.WorkingDayCalendar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * China's working-day calendar from the State Council's holiday notices: Monday to Friday are
 * working days and Saturday and Sunday are not, except the days the notices list ({@link
 * CalendarDay}: official days off, make-up working days).
 *
 * <h2>What "covers" means</h2>
 *
 * <p>A year is covered exactly when the data hold its notice ({@link CalendarData#noticeYears()});
 * {@link #bundled()} covers 2007–2026. A notice may list days of the neighbouring year: the notice
 * for 2007 made 2006-12-30 and 2006-12-31 working days. Such a day is kept in the data and used
 * once its own year is covered (by loading the notice of 2006), but while its year is not covered
 * the calendar answers nothing about it: {@code isWorkingDay(2006-12-30)} throws {@link
 * UncoveredDateException}, because the rest of 2006 is unknown and a date is never guessed.
 * Conversely, the notice of year {@code Y + 1} can still move days at the end of {@code Y} (it
 * did for 2006, 2007, 2011 and 2018); until it is loaded, the last days of December of the last
 * covered year are answered from the notice of {@code Y} alone. Loading a newer notice changes
 * the {@link #version()}, and every {@link io.doublerandom.model.calendar.Deadline} records the
 * version it was computed with, so {@link Deadlines#recompute} can bring it up to date.
 *
 * <h2>Arithmetic</h2>
 *
 * <p>{@link #plusWorkingDays} and {@link #workingDaysBetween} give exactly the answers (and the
 * exceptions) of the interface's day-by-day definitions, which stay normative, but in constant
 * time from arrays built once: a running count of working days and the position of each working
 * day. Day 1 is the first working day strictly after the start date.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OfficialCalendar implements WorkingDayCalendar {
  private static final class Bundled {
    static final OfficialCalendar INSTANCE = of(CalendarTsv.bundled());
  }

  private final CalendarData data;
  private final String version;
  private final SortedSet<Integer> years;
  private final int firstYear;
  private final int lastYear;
  private final long base;
  private final boolean[] covered;
  private final boolean[] working;
  /** cum[i]: working days among span positions [0, i). */
  private final int[] cum;
  /** The span positions of the working days, ascending. */
  private final int[] workPositions;

  private OfficialCalendar(CalendarData data) {
    this.data = data;
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(data.noticeYears()));
    if (years.isEmpty()) {
      throw new IllegalArgumentException("calendar data " + data.source()
          + " cite no notice ('# notice YEAR: address'), so they cover no year");
    }
    this.firstYear = years.first();
    this.lastYear = years.last();
    this.base = LocalDate.of(firstYear, 1, 1).toEpochDay();
    int span = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - base);
    this.covered = new boolean[lastYear - firstYear + 1];
    for (int y : years) {
      covered[y - firstYear] = true;
    }
    this.working = new boolean[span];
    this.cum = new int[span + 1];
    int count = 0;
    int[] positions = new int[span];
    for (int i = 0; i < span; i++) {
      LocalDate d = LocalDate.ofEpochDay(base + i);
      boolean w = false;
      if (covered[d.getYear() - firstYear]) {
        w = data.day(d).map(c -> c.kind() == CalendarDay.Kind.WORK)
            .orElse(!CalendarDay.isWeekend(d));
      }
      working[i] = w;
      cum[i] = count;
      if (w) {
        positions[count++] = i;
      }
    }
    cum[span] = count;
    this.workPositions = java.util.Arrays.copyOf(positions, count);
    this.version = versionOf(data, years);
  }

  /** The calendar of the bundled notices, 2007–2026 (cn-official-days.tsv). */
  public static OfficialCalendar bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * A calendar of {@code data}, covering its notice years.
   *
   * @throws IllegalArgumentException if the data cite no notice
   */
  public static OfficialCalendar of(CalendarData data) {
    return new OfficialCalendar(Objects.requireNonNull(data, "data"));
  }

  /**
   * This calendar with more notices, for example the next year's: {@code
   * OfficialCalendar.bundled().with(CalendarTsv.read(Path.of("cn-2027.tsv")))}. The days of the
   * new notice in the last days of an already covered year take effect.
   *
   * @throws CalendarFormatException if a day is {@code work} in one and {@code off} in the other
   */
  public OfficialCalendar with(CalendarData more) {
    return new OfficialCalendar(data.with(more));
  }

  /** The data the calendar was built from, with the notices' addresses. */
  public CalendarData data() {
    return data;
  }

  /** The covered years, ascending. */
  public SortedSet<Integer> coveredYears() {
    return years;
  }

  /**
   * {@code cn-official-days:RANGES:sha256:HEX}: the covered years (for example {@code
   * 2007-2026}) and the first 16 hex digits of the SHA-256 of the canonical data (each covered
   * year, then each listed day as {@code date kind notice_year}), so two calendars with the same
   * version give the same answers.
   */
  @Override
  public String version() {
    return version;
  }

  @Override
  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear && covered[year - firstYear];
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!covers(date.getYear())) {
      throw uncovered(date);
    }
    return working[position(date)];
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, not " + n);
    }
    if (n == 0) {
      return date;
    }
    LocalDate first = date.plusDays(1);
    if (!covers(first.getYear())) {
      throw uncovered(first);
    }
    long target = (long) cum[position(first)] + n - 1;
    if (target >= workPositions.length) {
      throw uncovered(firstUncoveredAfter(first, lastYear + 1));
    }
    LocalDate answer = LocalDate.ofEpochDay(base + workPositions[(int) target]);
    LocalDate gap = firstUncoveredAfter(first, answer.getYear());
    if (!gap.isAfter(answer)) {
      throw uncovered(gap);
    }
    return answer;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return 0;
    }
    LocalDate first = from.plusDays(1);
    if (!covers(first.getYear())) {
      throw uncovered(first);
    }
    LocalDate gap = firstUncoveredAfter(first, to.getYear());
    if (!gap.isAfter(to)) {
      throw uncovered(gap);
    }
    return cum[position(to) + 1] - cum[position(first)];
  }

  /**
   * January 1 of the first uncovered year after {@code first}'s (covered) year, up to {@code
   * limitYear}; January 1 of {@code limitYear + 1} when all are covered.
   */
  private LocalDate firstUncoveredAfter(LocalDate first, int limitYear) {
    for (int y = first.getYear() + 1; y <= limitYear; y++) {
      if (!covers(y)) {
        return LocalDate.of(y, 1, 1);
      }
    }
    return LocalDate.of(limitYear + 1, 1, 1);
  }

  private int position(LocalDate date) {
    return (int) (date.toEpochDay() - base);
  }

  private UncoveredDateException uncovered(LocalDate date) {
    return new UncoveredDateException(date, version);
  }

  private static String versionOf(CalendarData data, SortedSet<Integer> years) {
    StringBuilder canonical = new StringBuilder("doublerandom-calendar/v1\n");
    for (int y : years) {
      canonical.append("notice ").append(y).append('\n');
    }
    for (CalendarDay d : data.days()) {
      canonical.append(d.date()).append(' ').append(d.kind().code()).append(' ')
          .append(d.noticeYear()).append('\n');
    }
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    return "cn-official-days:" + ranges(years) + ":sha256:"
        + HexFormat.of().formatHex(digest, 0, 8);
  }

  private static String ranges(SortedSet<Integer> years) {
    StringBuilder out = new StringBuilder();
    Integer start = null;
    Integer prev = null;
    for (int y : years) {
      if (prev != null && y == prev + 1) {
        prev = y;
        continue;
      }
      if (start != null) {
        append(out, start, prev);
      }
      start = y;
      prev = y;
    }
    append(out, start, prev);
    return out.toString();
  }

  private static void append(StringBuilder out, int start, int end) {
    if (out.length() > 0) {
      out.append(',');
    }
    out.append(start);
    if (end != start) {
      out.append('-').append(end);
    }
  }

  @Override
  public String toString() {
    return "OfficialCalendar[" + version + "]";
  }

}
