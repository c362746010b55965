package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.Exclusion;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesignFileTest {
  @Test
  void readsEveryFieldInItsObjectAndTextForms() {
    DesignFile d = DesignFile.parse("d.json", """
        {
          "task": "SX-2025-0009", "keyStream": "SX-2025-joint",
          "method": "Poisson",
          "size": {"ratio": 0.050, "rounding": "half-up", "minimum": 2},
          "stratumSizes": {"D": "ratio 1 ceiling", "A": {"count": 7}},
          "alternates": 4,
          "stratifyBy": "risk:food",
          "scores": {"A": 1, "B": "2.50", "C": 4, "D": 8},
          "scoreDomain": "food",
          "excludeNotOperating": false,
          "exclusions": [{"id": "91140105MA0K00128W", "reason": "inspected-this-year"}],
          "seedPlan": {"kind": "commit-reveal",
                       "commitments": [{"party": "B", "hash": "%s"}, {"party": "A", "hash": "%s"}]}
        }
        """.formatted("AB".repeat(32), "cd".repeat(32)));
    assertEquals("SX-2025-0009", d.task());
    assertEquals("SX-2025-joint", d.keyStream());
    assertEquals(new DrawDesign(DrawMethod.POISSON,
        SizeRule.parse("ratio 0.05 half-up min 2"), List.of(
            new DrawDesign.StratumSize("D", SizeRule.all()),
            new DrawDesign.StratumSize("A", SizeRule.count(7))), 4), d.design());
    assertEquals("ratio 0.05 half-up min 2", d.design().size().toString());
    assertEquals(Optional.of("risk:food"), d.stratifyBy());
    assertEquals(0, new BigDecimal("2.5").compareTo(d.scores().get("B")));
    assertEquals(Map.of("A", 0, "B", 0, "C", 0, "D", 0).keySet(), d.scores().keySet());
    assertEquals("food", d.scoreDomain());
    assertEquals(false, d.excludeNotOperating());
    assertEquals(List.of(new Exclusion("91140105MA0K00128W", "inspected-this-year")),
        d.exclusions());
    SeedPlan.CommitReveal plan = (SeedPlan.CommitReveal) d.seedPlan().orElseThrow();
    assertEquals(List.of("A", "B"), plan.commitments().stream().map(SeedPlan.Commitment::party)
        .toList());
    assertEquals("ab".repeat(32), plan.commitments().get(1).hash());
  }

  @Test
  void defaultsAreKeyStreamTaskNoAlternatesExcludeNotOperatingAndNoPlan() {
    DesignFile d = DesignFile.parse("d.json",
        "{\"task\": \"T\", \"method\": \"srswor\", \"size\": \"count 3\"}");
    assertEquals("T", d.keyStream());
    assertEquals(DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(3)), d.design());
    assertTrue(d.excludeNotOperating());
    assertEquals(Optional.empty(), d.seedPlan());
    assertEquals(Optional.empty(), d.stratifyBy());
    assertEquals("general", d.scoreDomain());
  }

  @Test
  void reportsEveryProblemOfTheFile() {
    CommandFailure f = assertThrows(CommandFailure.class, () -> DesignFile.parse("d.json", """
        {"method": "pivotal", "size": {"count": 3, "ratio": "0.1"},
         "stratumSizes": {"A": {"ratio": "x"}, "B": {"share": 1}},
         "alternates": 1.5, "stratifyBy": "colour",
         "exclusions": [{"id": "a", "reason": "Bad Reason"}, {"id": "b", "reason": "x"},
                        {"id": "b", "reason": "y"}],
         "seedPlan": {"kind": "lottery"}, "excludeNotOperating": "yes"}
        """));
    assertEquals(DoubleRandomCli.UNUSABLE, f.exitCode());
    String all = String.join("\n", f.lines());
    for (String expected : List.of("d.json: task: missing required field",
        "d.json: size: a count rule has no ratio",
        "d.json: stratumSizes.A: sampling ratio must be a decimal",
        "d.json: stratumSizes.B.share: unknown field",
        "d.json: alternates: must be a whole number >= 0: 1.5",
        "d.json: stratifyBy: unknown stratifier 'colour'",
        "d.json: exclusions[0]: exclusion reason of a must be a token",
        "d.json: exclusions[2].id: 'b' is excluded more than once",
        "d.json: seedPlan: ",
        "d.json: excludeNotOperating: must be true or false",
        "d.json: scores: method pivotal needs a risk score per risk class")) {
      assertTrue(all.contains(expected), expected + "\nin\n" + all);
    }
    assertThrows(CommandFailure.class, () -> DesignFile.parse("d.json", "[1]"));
    assertThrows(CommandFailure.class, () -> DesignFile.parse("d.json",
        "{\"task\": \"T\", \"task\": \"U\", \"method\": \"srswor\", \"size\": \"count 1\"}"));
  }

  @Test
  void stratifierNamesAreParsedAndUnknownOnesNamed() {
    assertEquals("risk:general", Stratifier.parse("risk").name());
    assertEquals("risk:general", Stratifier.parse("risk:general").name());
    assertEquals("risk:food", Stratifier.parse("risk:food").name());
    assertEquals("kind", Stratifier.parse("KIND").name());
    assertEquals("city", Stratifier.parse("city").name());
    assertEquals("none", Stratifier.parse("none").name());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stratifier.parse("risk:"));
    assertTrue(e.getMessage().contains("expected risk, risk:DOMAIN"), e.getMessage());
  }
}
