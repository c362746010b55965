package io.doublerandom.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.TargetDraw;
import io.doublerandom.json.Json;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RelatedParty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Visits from a draw record, end to end; inputs and rules as JSON. */
class VisitsTest {
  @Test
  void fromADrawToVerifiedTeams() throws Exception {
    Map<String, MarketEntity> directory = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      String id = Instances.entityId(k);
      directory.put(id, MarketEntity.builder().id(EntityId.parse(id)).name("企业" + k)
          .kind(EntityKind.values()[0]).registrationAuthority(Fx.AUTHORITY).region(Fx.COUNTY)
          .status(RegistrationStatus.values()[0])
          .addRelatedParties(new RelatedParty(PartyRole.LEGAL_REPRESENTATIVE, "P" + k)).build());
      candidates.add(Candidate.of(id, "A"));
    }
    Population population = Population.of(candidates);
    Manifest m = Manifest.create("SX-2024-0009", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(3)), SeedPlan.recorded(), population);
    DrawRecord draw = TargetDraw.draw(m, Fx.source("draw"), population);
    List<Visit> visits = Visits.fromDraw(draw, id -> Optional.ofNullable(directory.get(id)),
        Fx.DATES, List.of("S1"));
    assertEquals(draw.currentSample(), visits.stream().map(v -> v.entity().id()).toList());
    assertTrue(visits.stream().allMatch(v -> v.id().equals("SX-2024-0009/" + v.entity().id())
        && v.entity().partyIds().size() == 1 && v.specialties().contains("S1")));
    List<io.doublerandom.model.Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ins.add(Fx.officer("O" + i).build());
    }
    ins.add(Fx.expert("X1", "S1").build());
    AssignmentInput input = Fx.input(ins, visits);
    AssignmentManifest am = AssignmentManifest.create("SX-2024-0009", draw.jsonHash(),
        AssignmentRules.standard(), SeedPlan.recorded(), input);
    AssignmentRecord r = ((AssignmentOutcome.Assigned) Assignment.assign(am, Fx.source("a"),
        input)).record();
    assertEquals(draw.jsonHash(), r.manifest().drawRecordHash());
    assertTrue(am.canonicalText().contains("draw-record=" + draw.jsonHash() + "\n"));
    assertTrue(Assignment.verify(r, input).reproduces());

    // inputs and rules travel as JSON with the project's mapper
    ObjectMapper json = Json.newMapper();
    for (Visit v : visits) {
      assertEquals(v, json.readValue(json.writeValueAsString(v), Visit.class));
    }
    AssignmentRules rules = AssignmentRules.of(TaskRules.standard().withScope(Scope.CROSS_COUNTY,
        List.of(io.doublerandom.model.RegionCode.of("140100"))).withTaskCapacity(3));
    assertEquals(rules, json.readValue(json.writeValueAsString(rules), AssignmentRules.class));
    PastVisit p = new PastVisit("E", "O1", Fx.DAY);
    assertEquals(p, json.readValue(json.writeValueAsString(p), PastVisit.class));

    directory.remove(draw.currentSample().get(0));
    assertThrows(IllegalArgumentException.class, () -> Visits.fromDraw(draw,
        id -> Optional.ofNullable(directory.get(id)), Fx.DATES, List.of()));
  }
}
