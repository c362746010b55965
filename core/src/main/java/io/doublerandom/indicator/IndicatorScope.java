package io.doublerandom.indicator;

import io.doublerandom.model.Authority;
import io.doublerandom.model.DateRange;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an evaluation covers: the authorities whose tasks count, the period, and the day the
 * evaluation is made (what happened after it does not count yet).
 *
 * @param authorities the codes of the authorities whose tasks count (a task counts when its
 *     {@code authority} is one of them); at least one
 * @param period the period evaluated, both ends inclusive (usually a calendar year)
 * @param asOf the evaluation day: publications, disposals and closings after it are not counted;
 *     not before the period's start
 */
public record IndicatorScope(SortedSet<String> authorities, DateRange period, LocalDate asOf) {

  /** Validates and copies. */
  public IndicatorScope {
    Objects.requireNonNull(authorities, "authorities");
    authorities = Collections.unmodifiableSortedSet(new TreeSet<>(authorities));
    if (authorities.isEmpty()) {
      throw new IllegalArgumentException("authorities of an indicator scope must not be empty");
    }
    for (String a : authorities) {
      if (a == null || a.isBlank()) {
        throw new IllegalArgumentException("authority of an indicator scope must not be blank, "
            + "got '" + a + "'");
      }
    }
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(period.from())) {
      throw new IllegalArgumentException("asOf " + asOf + " must not be before the period's start "
          + period.from());
    }
  }

  /** The calendar year {@code year} of these authorities, evaluated on 31 December. */
  public static IndicatorScope year(int year, Collection<String> authorities) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return new IndicatorScope(new TreeSet<>(authorities),
        new DateRange(LocalDate.of(year, 1, 1), end), end);
  }

  /** This scope evaluated on {@code day}. */
  public IndicatorScope asOf(LocalDate day) {
    return new IndicatorScope(authorities, period, day);
  }

  /**
   * This scope with every authority below its authorities in {@code all} (by {@code parent}),
   * for example a city bureau together with its districts' bureaus: a repeated inspection of one
   * entity by two levels is then counted.
   */
  public IndicatorScope withSubordinates(Collection<Authority> all) {
    TreeSet<String> out = new TreeSet<>(authorities);
    Deque<String> todo = new ArrayDeque<>(authorities);
    while (!todo.isEmpty()) {
      String parent = todo.pop();
      for (Authority a : all) {
        if (a.parentCode().map(parent::equals).orElse(false) && out.add(a.code())) {
          todo.push(a.code());
        }
      }
    }
    return new IndicatorScope(out, period, asOf);
  }
}
