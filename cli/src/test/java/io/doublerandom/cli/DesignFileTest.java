package io.doublerandom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.Eligibility;
import io.doublerandom.draw.EligibilityRule;
import io.doublerandom.draw.PopulationBuilder;
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
          "exclusions": [{"id": "91140105ma0k00128w", "reason": " 已纳入专项整治 "}],
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
    assertEquals(List.of(Eligibility.EXPLICIT), reasons(d.eligibility()),
        "excludeNotOperating false: only the explicit rule");
    assertEquals(Map.of("91140105MA0K00128W", "已纳入专项整治"),
        d.eligibility().explicitExclusions(), "canonical id, reason text stripped");
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
    assertEquals(List.of(Eligibility.DEREGISTERED, Eligibility.REVOKED, Eligibility.CANCELLED,
        Eligibility.MOVED_OUT), reasons(d.eligibility()));
    assertEquals(Eligibility.notOperating().canonicalLines(),
        d.eligibility().canonicalLines());
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
         "exclusions": [{"id": "a", "reason": "x"}, {"id": "140105259995823", "reason": " "},
                        {"id": "140105773909251", "reason": "x"},
                        {"id": "140105773909251", "reason": "y"}, {"id": 1, "reason": "z"}],
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
        "d.json: exclusions[0].id: entity identifier must be an 18-character",
        "d.json: exclusions[1]: reason for excluding 140105259995823 must not be empty",
        "d.json: exclusions[3]: entity 140105773909251 is already excluded by name",
        "d.json: exclusions[4]: must be {\"id\": entity id, \"reason\": text}",
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
  void stratifiersHaveStableRecordedNamesAndUnknownOnesAreNamed() {
    assertEquals(PopulationBuilder.GENERAL_RISK_CLASS, Stratifier.parse("risk").name());
    assertEquals("general-risk-class", Stratifier.parse("risk:general").name());
    assertEquals("food-risk-class", Stratifier.parse(" Risk:food ").name());
    assertEquals("entity-kind", Stratifier.parse("KIND").name());
    assertEquals("region", Stratifier.parse("region").name());
    assertEquals("prefecture", Stratifier.parse("city").name());
    assertEquals("unstratified", Stratifier.parse("none").name());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stratifier.parse("risk:"));
    assertTrue(e.getMessage().contains("expected risk, risk:DOMAIN"), e.getMessage());
  }

  private static List<String> reasons(Eligibility eligibility) {
    return eligibility.rules().stream().map(EligibilityRule::reason).toList();
  }
}
