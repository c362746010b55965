package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.doublerandom.model.DateRange;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One visit to staff: a market entity inspected on a range of dates for a task (a joint task
 * groups several departments' items on one entity: 进一次门、查多项事).
 *
 * @param id the visit id, unique in the assignment (for example task number and entity id)
 * @param task the task number whose rules apply (for a joint visit, the joint task's number)
 * @param entity the entity visited
 * @param dates the inspection dates, both ends inclusive
 * @param items the codes of the inspection items of the visit (recorded, not used by the rules)
 * @param specialties the specialties the items require; each gets its own expert(s)
 * @param departments for a joint task, the codes of the participating authorities, each of
 *     which contributes its own officers; empty for a single-department visit
 * @param recusalRequests ids of inspectors the entity asked to recuse (申请回避)
 */
@JsonPropertyOrder({"id", "task", "entity", "dates", "items", "specialties", "departments",
    "recusalRequests"})
public record Visit(String id, String task, EntityRef entity, DateRange dates,
    SortedSet<String> items, SortedSet<String> specialties, SortedSet<String> departments,
    SortedSet<String> recusalRequests) {

  /** Validates the fields; the sets are sorted by UTF-8 bytes. */
  public Visit {
    Codec.text("visit id", id);
    Codec.text("task of visit " + id, task);
    Objects.requireNonNull(entity, "entity of visit " + id);
    Objects.requireNonNull(dates, "dates of visit " + id);
    items = sorted("item of visit " + id, items);
    specialties = sorted("specialty of visit " + id, specialties);
    departments = sorted("department of visit " + id, departments);
    recusalRequests = sorted("recusal request of visit " + id, recusalRequests);
  }

  /** A single-department visit with no required specialty and no recusal request. */
  public static Visit of(String id, String task, EntityRef entity, DateRange dates) {
    return new Visit(id, task, entity, dates, null, null, null, null);
  }

  /** This visit with these item codes. */
  public Visit withItems(Collection<String> codes) {
    return new Visit(id, task, entity, dates, new TreeSet<>(codes), specialties, departments,
        recusalRequests);
  }

  /** This visit requiring these specialties. */
  public Visit withSpecialties(Collection<String> required) {
    return new Visit(id, task, entity, dates, items, new TreeSet<>(required), departments,
        recusalRequests);
  }

  /** This visit as a joint visit of these departments (authority codes). */
  public Visit withDepartments(Collection<String> codes) {
    return new Visit(id, task, entity, dates, items, specialties, new TreeSet<>(codes),
        recusalRequests);
  }

  /** This visit with the entity's recusal requests against these inspectors. */
  public Visit withRecusalRequests(Collection<String> inspectorIds) {
    return new Visit(id, task, entity, dates, items, specialties, departments,
        new TreeSet<>(inspectorIds));
  }

  private static SortedSet<String> sorted(String field, Collection<String> values) {
    TreeSet<String> s = new TreeSet<>(Codec.UTF8_ORDER);
    if (values != null) {
      for (String v : values) {
        s.add(Codec.text(field, v));
      }
    }
    return Collections.unmodifiableSortedSet(s);
  }
}
