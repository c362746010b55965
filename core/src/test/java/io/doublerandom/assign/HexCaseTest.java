package io.doublerandom.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.Inspector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every hex field of an assignment record may be written in upper case: verify compares after
 * lowercasing (docs/assignment-spec.md, hex as in docs/draw-spec.md section 2; issue 12,
 * correctness item 2).
 */
class HexCaseTest {
  @Test
  void everyHexFieldOfAnAssignmentRecordMayBeUpperCase() {
    List<Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ins.add(Fx.officer("O" + i).build());
    }
    ins.add(Fx.expert("X1", "S1").build());
    List<Visit> visits = List.of(Fx.visit("V1"), Fx.visit("V2").withSpecialties(List.of("S1")));
    AssignmentInput input = Fx.input(ins, visits);
    AssignmentManifest m = AssignmentManifest.create("A1", "ab".repeat(32),
        AssignmentRules.standard(), io.doublerandom.draw.SeedPlan.recorded(), input);
    AssignmentOutcome o = Assignment.assign(m, Fx.source("hex"), input);
    String json = ((AssignmentOutcome.Assigned) o).record().toJson();
    assertTrue(Assignment.verify(AssignmentRecord.fromJson(json), input).reproduces());
    Set<String> values = new LinkedHashSet<>();
    Matcher h = Pattern.compile("\"([0-9a-f]{32,})\"").matcher(json);
    while (h.find()) {
      values.add(h.group(1));
    }
    assertTrue(values.size() >= 8, values.toString());
    String all = json;
    for (String v : values) {
      String one = json.replace("\"" + v + "\"", "\"" + v.toUpperCase(Locale.ROOT) + "\"");
      assertEquals("reproduces", Assignment.verify(AssignmentRecord.fromJson(one), input)
          .toString(), v);
      all = all.replace("\"" + v + "\"", "\"" + v.toUpperCase(Locale.ROOT) + "\"");
    }
    assertEquals("reproduces", Assignment.verify(AssignmentRecord.fromJson(all), input)
        .toString());
  }
}
