package io.doublerandom.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts of one or more holiday notices, as read by {@link CalendarTsv}: the listed days, and
 * for each notice year the addresses it was compiled from. A year is <em>covered</em> when its
 * notice is present (a {@code # notice YEAR: address} line), see {@link OfficialCalendar}.
 *
 * <p>Data from several files merge with {@link #with(CalendarData)}; a day listed twice with the
 * same kind is kept once, a day listed as {@code work} in one and {@code off} in the other is an
 * error naming both places.
 */
public final class CalendarData {
  private final String source;
  private final NavigableMap<LocalDate, CalendarDay> days;
  private final NavigableMap<LocalDate, String> origins;
  private final SortedMap<Integer, List<String>> notices;
  private final List<String> comments;

  CalendarData(String source, NavigableMap<LocalDate, CalendarDay> days,
      NavigableMap<LocalDate, String> origins, SortedMap<Integer, List<String>> notices,
      List<String> comments) {
    this.source = source;
    this.days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
    this.origins = Collections.unmodifiableNavigableMap(new TreeMap<>(origins));
    TreeMap<Integer, List<String>> n = new TreeMap<>();
    notices.forEach((year, addresses) -> n.put(year, List.copyOf(addresses)));
    this.notices = Collections.unmodifiableSortedMap(n);
    this.comments = List.copyOf(comments);
  }

  /**
   * Data from another source than a TSV file, such as an integrator's database table: the listed
   * days and, per notice year, the addresses of its notice(s).
   *
   * @param source names the source in messages and in {@link #source()}
   * @throws CalendarFormatException listing every problem: a date listed twice, a notice year used
   *     by a day but not cited, a notice without an address
   */
  public static CalendarData of(String source, Collection<CalendarDay> days,
      Map<Integer, List<String>> notices) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(notices, "notices");
    List<String> problems = new ArrayList<>();
    TreeMap<LocalDate, CalendarDay> d = new TreeMap<>();
    TreeMap<LocalDate, String> o = new TreeMap<>();
    for (CalendarDay day : days) {
      Objects.requireNonNull(day, "day of " + source);
      if (d.putIfAbsent(day.date(), day) != null) {
        problems.add(source + ": date " + day.date() + " is listed twice");
      } else {
        o.put(day.date(), source + " (" + day.date() + ")");
      }
    }
    TreeMap<Integer, List<String>> n = new TreeMap<>();
    notices.forEach((year, addresses) -> {
      if (addresses == null || addresses.isEmpty()
          || addresses.stream().anyMatch(a -> a == null || a.isBlank())) {
        problems.add(source + ": notice " + year + " must have non-blank addresses, got "
            + addresses);
      } else {
        n.put(year, List.copyOf(addresses));
      }
    });
    new TreeSet<>(d.values().stream().map(CalendarDay::noticeYear).toList()).forEach(y -> {
      if (!notices.containsKey(y)) {
        problems.add(source + ": notice_year " + y + " is used but its notice is not cited");
      }
    });
    if (!problems.isEmpty()) {
      throw new CalendarFormatException(problems);
    }
    return new CalendarData(source, d, o, n, List.of());
  }

  /** Where the data came from: a file name, or names joined by {@code +} after a merge. */
  public String source() {
    return source;
  }

  /** Every listed day, by date. */
  public List<CalendarDay> days() {
    return List.copyOf(days.values());
  }

  /** The listed day of {@code date}, if the data list it. */
  public Optional<CalendarDay> day(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  /** The notice years present, each with the addresses of its notice(s), by year. */
  public Map<Integer, List<String>> notices() {
    return notices;
  }

  /** The years whose notice is present: the years a calendar built from this data covers. */
  public SortedSet<Integer> noticeYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(notices.keySet()));
  }

  /** The free comment lines of the source(s) (without the {@code #}), in order. */
  public List<String> comments() {
    return comments;
  }

  /** Where the day of {@code date} was read, {@code source:line}. */
  String origin(LocalDate date) {
    return origins.get(date);
  }

  /**
   * This data and {@code more}, merged: notices and comments of both, days of both.
   *
   * @throws CalendarFormatException if a day is {@code work} in one and {@code off} in the other
   *     (every such day is listed, with both places)
   */
  public CalendarData with(CalendarData more) {
    Objects.requireNonNull(more, "more");
    TreeMap<LocalDate, CalendarDay> d = new TreeMap<>(days);
    TreeMap<LocalDate, String> o = new TreeMap<>(origins);
    List<String> problems = new ArrayList<>();
    for (CalendarDay day : more.days.values()) {
      CalendarDay mine = d.get(day.date());
      if (mine == null) {
        d.put(day.date(), day);
        o.put(day.date(), more.origin(day.date()));
      } else if (mine.kind() != day.kind()) {
        problems.add(more.origin(day.date()) + ": " + day.date() + " is " + day.kind().code()
            + " but " + origin(day.date()) + " lists it as " + mine.kind().code());
      }
    }
    if (!problems.isEmpty()) {
      throw new CalendarFormatException(problems);
    }
    TreeMap<Integer, List<String>> n = new TreeMap<>();
    notices.forEach((y, a) -> n.put(y, new ArrayList<>(a)));
    more.notices.forEach((y, a) -> {
      List<String> list = n.computeIfAbsent(y, k -> new ArrayList<>());
      for (String address : a) {
        if (!list.contains(address)) {
          list.add(address);
        }
      }
    });
    List<String> c = new ArrayList<>(comments);
    c.addAll(more.comments);
    return new CalendarData(source + "+" + more.source, d, o, n, c);
  }

  @Override
  public String toString() {
    return "CalendarData[" + source + ", notices " + notices.keySet() + ", " + days.size()
        + " days]";
  }
}
