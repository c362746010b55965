package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the seed will be obtained, fixed in the manifest before the seed is known: a recorded
 * random value (weakest: the operator could try several), a multi-party commit-reveal whose
 * commitments are part of the manifest, or a drand beacon round named in advance.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SeedPlan.Recorded.class, name = "recorded"),
    @JsonSubTypes.Type(value = SeedPlan.CommitReveal.class, name = "commit-reveal"),
    @JsonSubTypes.Type(value = SeedPlan.Drand.class, name = "drand")})
public sealed interface SeedPlan {
  /** The kind token: {@code recorded}, {@code commit-reveal} or {@code drand}. */
  String kind();

  /** A recorded value from a cryptographic random generator, revealed with the record. */
  static SeedPlan recorded() {
    return new Recorded();
  }

  /** A commit-reveal among parties; each commitment is SHA-256 of the party's secret. */
  static SeedPlan commitReveal(List<Commitment> commitments) {
    return new CommitReveal(commitments);
  }

  /** A future round of a drand chain. */
  static SeedPlan drand(String chainHash, long round) {
    return new Drand(chainHash, round);
  }

  /** A recorded random value; nothing is committed in advance except the manifest itself. */
  record Recorded() implements SeedPlan {
    @Override
    public String kind() {
      return "recorded";
    }
  }

  /**
   * A commit-reveal: the parties' commitments, sorted by party name (UTF-8 bytes), names unique.
   *
   * @param commitments at least one commitment
   */
  record CommitReveal(List<Commitment> commitments) implements SeedPlan {
    /** Validates and sorts the commitments. */
    public CommitReveal {
      List<Commitment> sorted = new ArrayList<>(commitments);
      checkArgument(!sorted.isEmpty(), "a commit-reveal needs at least one commitment");
      sorted.sort(Comparator.comparing(Commitment::party, Codec.UTF8_ORDER));
      for (int i = 1; i < sorted.size(); i++) {
        checkArgument(!sorted.get(i).party().equals(sorted.get(i - 1).party()),
            "party %s has more than one commitment", sorted.get(i).party());
      }
      commitments = List.copyOf(sorted);
    }

    @Override
    public String kind() {
      return "commit-reveal";
    }
  }

  /**
   * One party's commitment.
   *
   * @param party the party's name, for example a department
   * @param hash SHA-256 of the party's secret, 64 lowercase hex digits
   */
  @JsonPropertyOrder({"party", "hash"})
  record Commitment(String party, String hash) {
    /** Validates the fields and lowercases the hash. */
    public Commitment {
      Codec.text("party name", party);
      hash = Codec.hex(Codec.unhex("commitment of party " + party, hash, 32));
    }
  }

  /**
   * A drand round named in advance.
   *
   * @param chainHash the chain's hash, 64 hex digits (for example {@link #QUICKNET})
   * @param round the round number, {@code >= 1}
   */
  @JsonPropertyOrder({"chainHash", "round"})
  record Drand(String chainHash, long round) implements SeedPlan {
    /** Chain hash of drand quicknet (unchained BLS on G1, RFC 9380 hashing, 3 s period). */
    public static final String QUICKNET =
        "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971";
    /** Genesis time of quicknet, in seconds since the epoch. */
    public static final long QUICKNET_GENESIS = 1692803367L;
    /** Period of quicknet, in seconds. */
    public static final long QUICKNET_PERIOD = 3L;

    /** Validates the fields and lowercases the chain hash. */
    public Drand {
      chainHash = Codec.hex(Codec.unhex("drand chain hash", chainHash, 32));
      checkArgument(round >= 1, "drand round must be >= 1: %s", round);
    }

    /** The time a round is emitted: {@code genesis + (round − 1) · period} (epoch seconds). */
    public static long roundTime(long genesis, long period, long round) {
      checkArgument(round >= 1, "drand round must be >= 1: %s", round);
      return Math.addExact(genesis, Math.multiplyExact(round - 1, period));
    }

    /** The first round emitted at or after {@code epochSecond}. */
    public static long firstRoundAtOrAfter(long genesis, long period, long epochSecond) {
      if (epochSecond <= genesis) {
        return 1;
      }
      return 1 + Math.floorDiv(epochSecond - genesis + period - 1, period);
    }

    @Override
    public String kind() {
      return "drand";
    }
  }
}
