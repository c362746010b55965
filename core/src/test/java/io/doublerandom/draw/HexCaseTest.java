package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Readers accept upper-case hex in every hex field and compare after lowercasing
 * (docs/draw-spec.md section 2): a record whose hex is written in upper case, one field at a time
 * or all at once, verifies exactly as its lower-case original (issue 12, correctness item 2).
 */
class HexCaseTest {
  private static final Pattern HEX = Pattern.compile("\"([0-9a-f]{32,})\"");

  /** Every distinct hex value of a JSON text (32 hex digits or more). */
  static Set<String> hexValues(String json) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = HEX.matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * Checks that {@code verify} of the JSON with each hex value, then every one, in upper case
   * finds nothing; returns the number of variants checked.
   */
  static int checkBothCases(String json, Function<String, List<String>> differences) {
    assertEquals(List.of(), differences.apply(json), "lower case");
    Set<String> values = hexValues(json);
    assertTrue(values.size() >= 3, values.toString());
    for (String v : values) {
      String upper = json.replace("\"" + v + "\"", "\"" + v.toUpperCase(Locale.ROOT) + "\"");
      assertEquals(List.of(), differences.apply(upper), "upper case " + v);
    }
    String all = json;
    for (String v : values) {
      all = all.replace("\"" + v + "\"", "\"" + v.toUpperCase(Locale.ROOT) + "\"");
    }
    assertEquals(List.of(), differences.apply(all), "all upper case");
    return values.size() + 2;
  }

  private static List<String> fields(Verification v) {
    return v.differences().stream().map(Verification.Difference::toString).toList();
  }

  @Test
  void everyHexFieldOfARecordMayBeUpperCase() {
    Population p = Fixtures.threeStrata();
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.5")).withAlternates(1);
    byte[] s1 = "first party secret, 16+ bytes".getBytes(StandardCharsets.UTF_8);
    byte[] s2 = "second party secret, 16+ bytes".getBytes(StandardCharsets.UTF_8);
    SeedPlan cr = SeedPlan.commitReveal(List.of(
        new SeedPlan.Commitment("甲", SeedSource.commitment(s1)),
        new SeedPlan.Commitment("乙", SeedSource.commitment(s2))));
    String signature = "ab".repeat(48);
    SeedSource beacon = new SeedSource.Drand(SeedPlan.Drand.QUICKNET, 657413, signature,
        Codec.hex(Codec.sha256(Codec.unhex("signature", signature))));
    Map<SeedPlan, SeedSource> plans = new LinkedHashMap<>();
    plans.put(SeedPlan.recorded(), new SeedSource.Recorded("5A".toLowerCase(Locale.ROOT)
        .repeat(32)));
    plans.put(cr, new SeedSource.CommitReveal(List.of(SeedSource.Reveal.of("甲", s1),
        SeedSource.Reveal.of("乙", s2))));
    plans.put(SeedPlan.drand(SeedPlan.Drand.QUICKNET, 657413), beacon);
    int checked = 0;
    for (Map.Entry<SeedPlan, SeedSource> e : plans.entrySet()) {
      DrawRecord r = TargetDraw.draw(Manifest.create("SX-2024-0001", design, e.getKey(), p),
          e.getValue(), p);
      checked += checkBothCases(r.toJson(),
          json -> fields(TargetDraw.verify(DrawRecord.fromJson(json), p)));
    }
    assertTrue(checked > 20, "variants checked: " + checked);
  }

  @Test
  void anUpperCasePopulationDigestEntersTheManifestHashLowercased() {
    Population p = Fixtures.threeStrata();
    Manifest m = Manifest.create("SX-2024-0001", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(1)), SeedPlan.recorded(), p);
    Manifest upper = new Manifest(m.spec(), m.task(), m.keyStream(), m.design(),
        m.populationDigest().toUpperCase(Locale.ROOT), m.populationSize(), m.strata(),
        m.exclusionsDigest().toUpperCase(Locale.ROOT), m.exclusions(), m.seedPlan(),
        m.definition());
    assertEquals(m.canonicalText(), upper.canonicalText());
    assertEquals(m.hash(), upper.hash());
  }

  @Test
  void everyHexFieldOfAJointRecordMayBeUpperCase() {
    Map<String, Population> pops = new LinkedHashMap<>();
    pops.put("SX-2024-0101", Fixtures.threeStrata());
    pops.put("SX-2024-0102", Fixtures.threeStrata());
    List<JointTask> tasks = new ArrayList<>();
    tasks.add(new JointTask("SX-2024-0101", List.of("ZL-01-01"),
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.4")).withAlternates(1),
        pops.get("SX-2024-0101")));
    tasks.add(new JointTask("SX-2024-0102", List.of(),
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)), pops.get("SX-2024-0102")));
    JointDrawRecord r = JointDraw.draw(JointManifest.create("SX-2024-J01", tasks,
        SeedPlan.recorded()), new SeedSource.Recorded("c4".repeat(32)), pops);
    checkBothCases(r.toJson(), json -> fields(JointDraw.verify(JointDrawRecord.fromJson(json),
        pops)));
  }
}
