package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The population Merkle tree and its inclusion proofs (docs/draw-spec.md section 3.4). */
class PopulationTreeTest {
  private static final SeedSource.Recorded VALUE = new SeedSource.Recorded("7e".repeat(32));

  private static List<Candidate> candidates(int n) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Candidate.scored(String.format("E%06d", i), i % 3 == 0 ? "A" : "C",
          BigDecimal.valueOf(i % 5)));
    }
    return out;
  }

  /** The tree of section 3.4 level by level, written independently of the streaming build. */
  private static String naiveRoot(List<Candidate> sorted) {
    List<byte[]> level = new ArrayList<>();
    sorted.forEach(c -> level.add(PopulationTree.leaf(c)));
    List<byte[]> cur = level;
    while (cur.size() > 1) {
      List<byte[]> next = new ArrayList<>();
      for (int i = 0; i < cur.size(); i += 2) {
        next.add(i + 1 < cur.size() ? PopulationTree.node(cur.get(i), cur.get(i + 1))
            : cur.get(i));
      }
      cur = next;
    }
    return PopulationTree.rootOf(sorted.size(), cur.get(0));
  }

  @Test
  void theStreamingTreeIsTheLevelByLevelTreeAndEveryProofLeadsToItsRoot() {
    for (int n = 1; n <= 70; n++) {
      List<Candidate> cs = candidates(n);
      Population p = Population.of(cs);
      String root = PopulationTree.root(p);
      assertEquals(naiveRoot(cs), root, "n = " + n);
      List<String> ids = cs.stream().map(Candidate::id).toList();
      Map<String, InclusionProof> proofs = PopulationTree.proofs(p, ids);
      assertEquals(n, proofs.size());
      for (int i = 0; i < n; i++) {
        InclusionProof proof = proofs.get(ids.get(i));
        assertEquals(i, proof.index());
        assertEquals(root, proof.root());
        assertTrue(proof.valid(), "n = " + n + ", i = " + i);
        int expectedLength = 0;
        for (long j = i, m = n; m > 1; j >>= 1, m = (m + 1) >> 1) {
          expectedLength += (j & 1) == 1 || j + 1 < m ? 1 : 0;
        }
        assertEquals(expectedLength, proof.path().size());
      }
    }
  }

  @Test
  void aProofOfAnotherCandidateStratumScoreOrPositionFails() {
    Population p = Population.of(candidates(13));
    InclusionProof proof = PopulationTree.proofs(p, List.of("E000007")).get("E000007");
    assertTrue(proof.valid());
    List<InclusionProof> forged = List.of(
        new InclusionProof("E000008", proof.stratum(), proof.score(), proof.index(), proof.size(),
            proof.path(), proof.root()),
        new InclusionProof(proof.id(), "A", proof.score(), proof.index(), proof.size(),
            proof.path(), proof.root()),
        new InclusionProof(proof.id(), proof.stratum(), "9", proof.index(), proof.size(),
            proof.path(), proof.root()),
        new InclusionProof(proof.id(), proof.stratum(), proof.score(), 6, proof.size(),
            proof.path(), proof.root()),
        new InclusionProof(proof.id(), proof.stratum(), proof.score(), proof.index(), 14,
            proof.path(), proof.root()),
        new InclusionProof(proof.id(), proof.stratum(), proof.score(), proof.index(),
            proof.size(), proof.path().subList(1, proof.path().size()), proof.root()));
    for (InclusionProof f : forged) {
      assertFalse(f.valid(), f.toString());
    }
  }

  @Test
  void proofsComeInOnePassOverSortedCandidatesAndUnsortedInputIsRefused() {
    List<Candidate> cs = candidates(100_000);
    Map<String, InclusionProof> proofs = PopulationTree.proofs(cs.iterator(),
        Set.of("E000000", "E012345", "E099999"));
    assertEquals(3, proofs.size());
    proofs.values().forEach(pr -> assertTrue(pr.valid(), pr.id()));
    List<Candidate> shuffled = new ArrayList<>(cs.subList(0, 50));
    Collections.shuffle(shuffled, new Random(3));
    assertThrows(IllegalArgumentException.class,
        () -> PopulationTree.proofs(shuffled.iterator(), Set.of("E000001")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTree.proofs(Population.of(candidates(5)), Set.of("E000001", "nobody")));
    assertTrue(e.getMessage().contains("nobody"), e.getMessage());
  }

  @Test
  void anEntityChecksItsProofAgainstThePublishedRecordAlone() {
    Population p = Population.of(candidates(30));
    for (DrawMethod method : DrawMethod.values()) {
      Manifest m = Manifest.create("SX-2024-0010", DrawDesign.of(method, SizeRule.count(4))
          .withAlternates(2), SeedPlan.recorded(), p).withPopulationRoot(p);
      assertTrue(m.canonicalText().contains("\npopulation-merkle-root=" + PopulationTree.root(p)
          + "\n"), m.canonicalText());
      DrawRecord r = DrawRecord.fromJson(TargetDraw.draw(m, VALUE, p).toJson());
      assertEquals(PopulationTree.root(p), r.manifest().populationRoot());
      assertTrue(TargetDraw.verify(r, p).reproduces());
      DrawRecord.StratumDraw c = r.stratum("C").orElseThrow();
      DrawRecord.Drawn drawn = c.selected().get(0);
      InclusionProof proof = InclusionProof.fromJson(PopulationTree.proofs(p,
          List.of(drawn.id())).get(drawn.id()).toJson());
      InclusionProof.ProofCheck check = proof.check(r);
      assertTrue(check.inPool(), check.toString());
      assertEquals(drawn.key(), check.key());
      assertEquals(drawn.probability(), check.probability().orElseThrow());
      assertEquals("selected", check.outcome());
      // another population's proof does not fit this record
      Population other = Population.of(candidates(31));
      InclusionProof foreign = PopulationTree.proofs(other, List.of(drawn.id())).get(drawn.id());
      assertFalse(foreign.check(r).inPool());
    }
  }

  @Test
  void aRecordWithoutRootCannotBeCheckedAndOldRecordsReadUnchanged() {
    Population p = Population.of(candidates(8));
    DrawRecord r = TargetDraw.draw(Manifest.create("SX-2024-0011", DrawDesign.of(
        DrawMethod.SRSWOR, SizeRule.count(2)), SeedPlan.recorded(), p), VALUE, p);
    assertFalse(r.toJson().contains("populationRoot"));
    assertFalse(r.manifest().canonicalText().contains("merkle"));
    InclusionProof proof = PopulationTree.proofs(p, List.of("E000003")).get("E000003");
    assertTrue(proof.check(r).problems().get(0).contains("no population Merkle root"));
  }

  @Test
  void verifyReportsARecordedRootThePopulationDoesNotGive() {
    Population p = Population.of(candidates(8));
    Manifest m = Manifest.create("SX-2024-0012", DrawDesign.of(DrawMethod.SRSWOR,
        SizeRule.count(2)), SeedPlan.recorded(), p).withPopulationRoot(p);
    DrawRecord r = TargetDraw.draw(m, VALUE, p);
    String json = r.toJson().replace(m.populationRoot(), Codec.hex(Fixtures.seed(9)));
    List<String> f = TargetDraw.verify(DrawRecord.fromJson(json), p).differences().stream()
        .map(Verification.Difference::field).toList();
    assertTrue(f.contains("manifest.populationRoot"), f.toString());
    assertTrue(f.contains("manifestHash"), f.toString());
  }
}
