package io.doublerandom.result;

import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/** The catalogue's rules on a result's findings; every problem is listed. */
final class FindingRules {
  private FindingRules() {}

  static List<String> check(ResultCatalogue catalogue, SortedSet<String> items,
      List<Finding> findings, LocalDate formedOn) {
    List<String> problems = new ArrayList<>();
    if (findings.isEmpty()) {
      problems.add("findings: at least one finding is needed");
      return problems;
    }
    Set<String> seenItems = new HashSet<>();
    for (Finding f : findings) {
      String at = "findings[" + f.item() + "]";
      if (!seenItems.add(f.item())) {
        problems.add(at + ".item: item '" + f.item() + "' has more than one finding");
      }
      if (!items.isEmpty() && !items.contains(f.item())) {
        problems.add(at + ".item: item '" + f.item() + "' is not an item of the visit "
            + items);
      }
      if (f.codes().isEmpty()) {
        problems.add(at + ".codes: at least one result code is needed");
        continue;
      }
      List<ResultCode> known = new ArrayList<>();
      for (String c : f.codes()) {
        Optional<ResultCode> rc = catalogue.find(c);
        if (rc.isEmpty()) {
          problems.add(at + ".codes: unknown result code '" + c + "' in catalogue "
              + catalogue.reference());
        } else {
          known.add(rc.get());
        }
      }
      Map<String, List<String>> groups = new TreeMap<>();
      boolean needsDeadline = false;
      for (ResultCode rc : known) {
        if (rc.exclusive() && f.codes().size() > 1) {
          problems.add(at + ".codes: result code '" + rc.code() + "' (" + rc.text()
              + ") excludes every other code, got " + f.codes());
        }
        if (!rc.group().isEmpty()) {
          groups.computeIfAbsent(rc.group(), g -> new ArrayList<>()).add(rc.code());
        }
        needsDeadline |= rc.requiresDeadline();
        if (rc.requiresText() && f.text().isEmpty()) {
          problems.add(at + ".text: result code '" + rc.code() + "' (" + rc.text()
              + ") needs a text");
        }
        if (rc.requiresDeadline() && f.deadline().isEmpty()) {
          problems.add(at + ".deadline: result code '" + rc.code() + "' (" + rc.text()
              + ") needs a correction deadline");
        }
      }
      groups.forEach((g, codes) -> {
        if (codes.size() > 1) {
          problems.add(at + ".codes: result codes " + codes + " of group '" + g
              + "' exclude each other");
        }
      });
      if (f.deadline().isPresent() && !needsDeadline && !known.isEmpty()
          && known.size() == f.codes().size()) {
        problems.add(at + ".deadline: " + f.deadline().get() + " is set but none of the codes "
            + f.codes() + " takes a deadline");
      }
      if (f.deadline().isPresent() && formedOn != null
          && !f.deadline().get().isAfter(formedOn)) {
        problems.add(at + ".deadline: " + f.deadline().get() + " is not after the date the "
            + "result was formed, " + formedOn);
      }
    }
    for (String item : items) {
      if (!seenItems.contains(item)) {
        problems.add("findings: item '" + item + "' of the visit has no finding");
      }
    }
    return problems;
  }
}
