package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.doublerandom.draw.SeedPlan;
import io.doublerandom.model.Inspector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AssignmentKeys}: every pair's key, pool member or not, as the record and the spec. */
class AssignmentKeysTest {
  @Test
  void keysOfEveryPairMatchTheRecordAndTheReferenceHmac() {
    List<Inspector> ins = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ins.add(Fx.officer("O" + i).build());
    }
    List<Visit> visits = List.of(Fx.visit("V0"), Fx.visit("V1"));
    AssignmentInput input = Fx.input(ins, visits);
    AssignmentManifest m = AssignmentManifest.create("A1", "", AssignmentRules.standard(),
        SeedPlan.recorded(), input);
    AssignmentRecord r = Fx.record(AssignmentRules.standard(), input, "keys");
    AssignmentKeys keys = AssignmentKeys.of(r);
    AssignmentKeys same = AssignmentKeys.of(m, Fx.source("keys"));
    byte[] seed = Codec.unhex("seed", r.seed(), 32);
    for (AssignmentRecord.VisitTeam v : r.visits()) {
      assertEquals(v.key(), keys.visitKey(v.visit()));
      v.team().forEach(member -> assertEquals(member.key(), keys.pairKey(v.visit(), member.id())));
      for (Inspector i : ins) {
        assertEquals(Codec.hex(Oracle.pairKey(seed, "A1", v.visit(), i.id())),
            keys.pairKey(v.visit(), i.id()));
        assertEquals(keys.pairKey(v.visit(), i.id()), same.pairKey(v.visit(), i.id()));
      }
    }
    assertEquals(keys.visitKey("V9"), AssignmentKeys.ofSeed(seed, "A1").visitKey("V9"));
  }
}
