package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSourceTest {
  /** drand quicknet round 657413 (reference/sampling.md). */
  static final String QUICKNET_SIGNATURE = "b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce"
      + "4050e7be41076862b98fad56e91a6b85b89cd97b";
  static final String QUICKNET_RANDOMNESS =
      "fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587";

  private static final byte[] SECRET_A = "county bureau secret 0001".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SECRET_B = "tax bureau secret, 32 bytes long".getBytes(StandardCharsets.UTF_8);

  private static Manifest manifest(SeedPlan plan) {
    return Manifest.create("T-1", DrawDesign.of(DrawMethod.SRSWOR, SizeRule.count(2)), plan,
        Fixtures.threeStrata());
  }

  private static SeedPlan twoParties() {
    return SeedPlan.commitReveal(List.of(
        new SeedPlan.Commitment("县市场监管局", SeedSource.commitment(SECRET_A)),
        new SeedPlan.Commitment("县税务局", SeedSource.commitment(SECRET_B))));
  }

  @Test
  void drandRandomnessIsSha256OfTheSignature() {
    SeedSource.Drand d = new SeedSource.Drand(SeedPlan.Drand.QUICKNET, 657413, QUICKNET_SIGNATURE,
        QUICKNET_RANDOMNESS);
    assertTrue(d.randomnessMatchesSignature());
    Manifest m = manifest(SeedPlan.drand(SeedPlan.Drand.QUICKNET, 657413));
    assertEquals(32, d.seed(m).length);
  }

  @Test
  void drandRoundTimeFollowsGenesisAndPeriod() {
    long t = SeedPlan.Drand.roundTime(SeedPlan.Drand.QUICKNET_GENESIS,
        SeedPlan.Drand.QUICKNET_PERIOD, 657413);
    assertEquals(1692803367L + 657412L * 3, t);
    assertEquals(657413, SeedPlan.Drand.firstRoundAtOrAfter(SeedPlan.Drand.QUICKNET_GENESIS,
        SeedPlan.Drand.QUICKNET_PERIOD, t));
    assertEquals(657414, SeedPlan.Drand.firstRoundAtOrAfter(SeedPlan.Drand.QUICKNET_GENESIS,
        SeedPlan.Drand.QUICKNET_PERIOD, t + 1));
  }

  @Test
  void drandWithWrongRandomnessRoundOrChainIsRejectedWithEveryProblem() {
    String tampered = "00" + QUICKNET_RANDOMNESS.substring(2);
    SeedSource.Drand d = new SeedSource.Drand("00".repeat(32), 657414, QUICKNET_SIGNATURE,
        tampered);
    assertFalse(d.randomnessMatchesSignature());
    SeedRejectedException e = assertThrows(SeedRejectedException.class,
        () -> d.seed(manifest(SeedPlan.drand(SeedPlan.Drand.QUICKNET, 657413))));
    assertEquals(3, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().contains("round 657414 is not the round named in the manifest"));
    assertTrue(e.getMessage().contains("not SHA-256 of its signature"));
  }

  @Test
  void commitRevealSeedDependsOnEveryRevealAndTheManifest() {
    Manifest m = manifest(twoParties());
    SeedSource.CommitReveal reveals = new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("县税务局", SECRET_B), SeedSource.Reveal.of("县市场监管局", SECRET_A)));
    byte[] seed = reveals.seed(m);
    // reveal order does not matter
    assertArrayEquals(seed, new SeedSource.CommitReveal(List.of(SeedSource.Reveal.of("县市场监管局",
        SECRET_A), SeedSource.Reveal.of("县税务局", SECRET_B))).seed(m));
    // another manifest with the same commitments gives another seed
    Manifest other = Manifest.create("T-2", m.design(), m.seedPlan(), Fixtures.threeStrata());
    assertFalse(Arrays.equals(seed, reveals.seed(other)));
  }

  @Test
  void aRevealThatDoesNotMatchItsCommitmentIsRejectedNamingTheParty() {
    Manifest m = manifest(twoParties());
    byte[] wrong = "tax bureau secret, 32 bytes lonG".getBytes(StandardCharsets.UTF_8);
    SeedRejectedException e = assertThrows(SeedRejectedException.class,
        () -> new SeedSource.CommitReveal(List.of(SeedSource.Reveal.of("县市场监管局", SECRET_A),
            SeedSource.Reveal.of("县税务局", wrong))).seed(m));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).startsWith("reveal of party '县税务局' does not match its "
        + "commitment"), e.problems().get(0));
  }

  @Test
  void missingAndUncommittedPartiesAreRejected() {
    Manifest m = manifest(twoParties());
    SeedRejectedException e = assertThrows(SeedRejectedException.class,
        () -> new SeedSource.CommitReveal(List.of(SeedSource.Reveal.of("县市场监管局", SECRET_A),
            SeedSource.Reveal.of("县公安局", SECRET_B))).seed(m));
    assertEquals(List.of("party '县税务局' committed but did not reveal",
        "party '县公安局' revealed but has no commitment in the manifest"), e.problems());
  }

  @Test
  void duplicateCommittedPartiesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SeedPlan.commitReveal(List.of(
        new SeedPlan.Commitment("a", "00".repeat(32)),
        new SeedPlan.Commitment("a", "11".repeat(32)))));
  }

  /** docs/draw-spec.md section 6: every problem of the reveals is listed, naming the party. */
  @Test
  void aShortSecretARepeatedPartyAndAMismatchAreListedTogether() {
    Manifest m = manifest(twoParties());
    byte[] wrong = "tax bureau secret, 32 bytes lonG".getBytes(StandardCharsets.UTF_8);
    SeedSource.CommitReveal reveals = new SeedSource.CommitReveal(List.of(
        SeedSource.Reveal.of("县市场监管局", new byte[15]),
        SeedSource.Reveal.of("县税务局", wrong), SeedSource.Reveal.of("县税务局", wrong)));
    SeedRejectedException e = assertThrows(SeedRejectedException.class, () -> reveals.seed(m));
    assertEquals(List.of("secret of party '县市场监管局' must be at least 16 bytes, got 15",
        "party '县税务局' revealed more than once",
        "reveal of party '县市场监管局' does not match its commitment: SHA-256(secret) = "
            + SeedSource.commitment(new byte[15]) + ", committed "
            + SeedSource.commitment(SECRET_A),
        "reveal of party '县税务局' does not match its commitment: SHA-256(secret) = "
            + SeedSource.commitment(wrong) + ", committed " + SeedSource.commitment(SECRET_B)),
        e.problems());
    // a record holding such reveals can still be read (and its verification lists the problems)
    assertEquals(reveals, new SeedSource.CommitReveal(reveals.reveals()));
  }

  @Test
  void sourceOfAnotherKindThanThePlanIsRejected() {
    Manifest m = manifest(twoParties());
    assertThrows(SeedRejectedException.class,
        () -> SeedSource.recorded(new SecureRandom()).seed(m));
  }

  @Test
  void recordedSeedIsBoundToTheManifest() {
    SeedSource.Recorded r = new SeedSource.Recorded("ab".repeat(32));
    Manifest m1 = manifest(SeedPlan.recorded());
    Manifest m2 = Manifest.create("T-9", m1.design(), m1.seedPlan(), Fixtures.threeStrata());
    assertFalse(Arrays.equals(r.seed(m1), r.seed(m2)));
    assertArrayEquals(r.seed(m1), new SeedSource.Recorded("AB".repeat(32)).seed(m1));
    assertThrows(IllegalArgumentException.class, () -> new SeedSource.Recorded("ab".repeat(31)));
  }
}
