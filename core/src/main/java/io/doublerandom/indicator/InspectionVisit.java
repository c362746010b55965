package io.doublerandom.indicator;

import io.doublerandom.model.EntityId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One visit (户次) as the indicators count it: one entity visited once, covering every task whose
 * result names the same assignment visit (a joint draw's visit covers several tasks: 进一次门、查多项事).
 *
 * @param visit the assignment's visit id (the unit id the indicators list)
 * @param entity the entity visited
 * @param date the day of the visit: the earliest day a result of the visit was formed
 * @param tasks the ids of the tasks the visit covered, sorted
 * @param departments every department of those tasks, sorted
 * @param random whether it is a random-inspection visit (at least one task comes from a plan)
 */
public record InspectionVisit(String visit, EntityId entity, LocalDate date, List<String> tasks,
    SortedSet<String> departments, boolean random) {

  /** Validates and copies. */
  public InspectionVisit {
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(entity, "entity of visit " + visit);
    Objects.requireNonNull(date, "date of visit " + visit);
    tasks = List.copyOf(new TreeSet<>(tasks));
    departments = Collections.unmodifiableSortedSet(new TreeSet<>(departments));
  }

  /** Whether the visit was made by two or more departments together. */
  public boolean joint() {
    return departments.size() >= 2;
  }
}
