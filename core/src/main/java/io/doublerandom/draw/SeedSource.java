package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed material revealed after the manifest was published, and the derivation of the 32-byte
 * draw seed from it and the manifest hash (docs/draw-spec.md, "Seeds"):
 *
 * <pre>
 *   seed = SHA-256(enc("doublerandom/seed/v1") || enc(kind) || manifestHash || material)
 * </pre>
 *
 * <p>{@link #seed(Manifest)} checks the material against the manifest's {@link SeedPlan} and
 * throws {@link SeedRejectedException} listing every mismatch.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SeedSource.Recorded.class, name = "recorded"),
    @JsonSubTypes.Type(value = SeedSource.CommitReveal.class, name = "commit-reveal"),
    @JsonSubTypes.Type(value = SeedSource.Drand.class, name = "drand")})
public sealed interface SeedSource {
  /** The kind token, matching the {@link SeedPlan#kind()} of the manifest. */
  String kind();

  /**
   * The draw seed for this manifest: {@code seed(manifest.seedPlan(), manifest.hash())}.
   *
   * @throws SeedRejectedException if the material does not fit the manifest's seed plan
   */
  default byte[] seed(Manifest manifest) {
    return seed(manifest.seedPlan(), manifest.hash());
  }

  /**
   * The draw seed for a joint manifest: {@code seed(manifest.seedPlan(), manifest.hash())}.
   *
   * @throws SeedRejectedException if the material does not fit the manifest's seed plan
   */
  default byte[] seed(JointManifest manifest) {
    return seed(manifest.seedPlan(), manifest.hash());
  }

  /**
   * The seed for any committed document whose hash was published with {@code plan} before the
   * material was known (a draw manifest, or the manifest of an inspector assignment, see
   * docs/assignment-spec.md): {@code SHA-256(enc("doublerandom/seed/v1") || enc(kind) ||
   * committedHash || material)}.
   *
   * @param plan the seed plan fixed in the committed document
   * @param committedHash the committed document's SHA-256, 64 hex digits
   * @throws SeedRejectedException if the material does not fit the plan
   * @throws IllegalArgumentException if {@code committedHash} is not 32 bytes of hex
   */
  byte[] seed(SeedPlan plan, String committedHash);

  /** A recorded 32-byte value drawn from {@code random}. */
  static Recorded recorded(SecureRandom random) {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return new Recorded(Codec.hex(b));
  }

  /** SHA-256 of a secret, as hex: the commitment a party publishes before the manifest. */
  static String commitment(byte[] secret) {
    return Codec.hex(Codec.sha256(secret));
  }

  /**
   * A recorded random value.
   *
   * @param value 32 bytes as 64 hex digits
   */
  record Recorded(String value) implements SeedSource {
    /** Validates and lowercases the value. */
    public Recorded {
      value = Codec.hex(Codec.unhex("recorded seed value", value, 32));
    }

    @Override
    public String kind() {
      return "recorded";
    }

    @Override
    public byte[] seed(SeedPlan plan, String committedHash) {
      if (!(plan instanceof SeedPlan.Recorded)) {
        throw new SeedRejectedException(List.of("the manifest's seed plan is "
            + plan.kind() + ", not recorded"));
      }
      MessageDigest md = start(kind(), committedHash);
      Codec.bytes(md, Codec.unhex("value", value));
      return md.digest();
    }
  }

  /**
   * One party's revealed secret.
   *
   * @param party the party's name as in its commitment
   * @param secret the secret as hex (a secret under 16 bytes is rejected when the seed is
   *     derived, {@link CommitReveal#seed}, listed with every other problem of the reveals)
   */
  @JsonPropertyOrder({"party", "secret"})
  record Reveal(String party, String secret) {
    /** The least length of a secret, in bytes (docs/draw-spec.md section 6). */
    static final int MIN_SECRET_BYTES = 16;

    /** Validates the fields and lowercases the secret. */
    public Reveal {
      Codec.text("party name", party);
      secret = Codec.hex(Codec.unhex("secret of party " + party, secret));
    }

    /** A reveal of raw secret bytes. */
    public static Reveal of(String party, byte[] secret) {
      return new Reveal(party, Codec.hex(secret));
    }
  }

  /**
   * The reveals of a commit-reveal, sorted by party name (UTF-8 bytes). A party that revealed
   * twice and a secret under 16 bytes are kept, so that {@link #seed} can list them with every
   * other problem (and a record holding them can be read and verified).
   *
   * @param reveals one reveal per committed party
   */
  record CommitReveal(List<Reveal> reveals) implements SeedSource {
    /** Sorts the reveals (stable: two reveals of one party keep their order). */
    public CommitReveal {
      List<Reveal> sorted = new ArrayList<>(reveals);
      sorted.sort(Comparator.comparing(Reveal::party, Codec.UTF8_ORDER));
      reveals = List.copyOf(sorted);
    }

    @Override
    public String kind() {
      return "commit-reveal";
    }

    @Override
    public byte[] seed(SeedPlan seedPlan, String committedHash) {
      if (!(seedPlan instanceof SeedPlan.CommitReveal plan)) {
        throw new SeedRejectedException(List.of("the manifest's seed plan is "
            + seedPlan.kind() + ", not commit-reveal"));
      }
      Map<String, String> committed = new TreeMap<>(Codec.UTF8_ORDER);
      plan.commitments().forEach(c -> committed.put(c.party(), c.hash()));
      Map<String, Reveal> revealed = new TreeMap<>(Codec.UTF8_ORDER);
      List<String> problems = new ArrayList<>();
      for (Reveal r : reveals) {
        if (revealed.putIfAbsent(r.party(), r) != null) {
          problems.add("party '" + r.party() + "' revealed more than once");
        }
        int length = r.secret().length() / 2;
        if (length < Reveal.MIN_SECRET_BYTES) {
          problems.add("secret of party '" + r.party() + "' must be at least "
              + Reveal.MIN_SECRET_BYTES + " bytes, got " + length);
        }
      }
      for (Map.Entry<String, String> c : committed.entrySet()) {
        Reveal r = revealed.get(c.getKey());
        if (r == null) {
          problems.add("party '" + c.getKey() + "' committed but did not reveal");
          continue;
        }
        String actual = commitment(Codec.unhex("secret", r.secret()));
        if (!actual.equals(c.getValue())) {
          problems.add("reveal of party '" + c.getKey() + "' does not match its commitment: "
              + "SHA-256(secret) = " + actual + ", committed " + c.getValue());
        }
      }
      for (String party : revealed.keySet()) {
        if (!committed.containsKey(party)) {
          problems.add("party '" + party + "' revealed but has no commitment in the manifest");
        }
      }
      if (!problems.isEmpty()) {
        throw new SeedRejectedException(problems);
      }
      MessageDigest md = start(kind(), committedHash);
      Codec.u32(md, reveals.size());
      for (Reveal r : reveals) {
        Codec.str(md, r.party());
        Codec.bytes(md, Codec.unhex("secret", r.secret()));
      }
      return md.digest();
    }
  }

  /**
   * A drand beacon output. Only {@code randomness = SHA-256(signature)} is checked here; the BLS
   * signature itself must be verified against the chain's public key by a beacon provider.
   *
   * @param chainHash the chain hash, 64 hex digits
   * @param round the round number
   * @param signature the round's signature, hex
   * @param randomness the round's randomness, 64 hex digits
   */
  @JsonPropertyOrder({"chainHash", "round", "signature", "randomness"})
  record Drand(String chainHash, long round, String signature, String randomness)
      implements SeedSource {
    /** Validates the encodings and lowercases the hex fields. */
    public Drand {
      chainHash = Codec.hex(Codec.unhex("drand chain hash", chainHash, 32));
      checkArgument(round >= 1, "drand round must be >= 1: %s", round);
      signature = Codec.hex(Codec.unhex("drand signature", signature));
      checkArgument(!signature.isEmpty(), "drand signature must not be empty");
      randomness = Codec.hex(Codec.unhex("drand randomness", randomness, 32));
    }

    /** Whether {@code randomness} is SHA-256 of {@code signature}. */
    public boolean randomnessMatchesSignature() {
      return Arrays.equals(Codec.sha256(Codec.unhex("signature", signature)),
          Codec.unhex("randomness", randomness));
    }

    @Override
    public String kind() {
      return "drand";
    }

    @Override
    public byte[] seed(SeedPlan seedPlan, String committedHash) {
      if (!(seedPlan instanceof SeedPlan.Drand plan)) {
        throw new SeedRejectedException(List.of("the manifest's seed plan is "
            + seedPlan.kind() + ", not drand"));
      }
      List<String> problems = new ArrayList<>();
      if (!plan.chainHash().equals(chainHash)) {
        problems.add("drand chain " + chainHash + " is not the chain named in the manifest, "
            + plan.chainHash());
      }
      if (plan.round() != round) {
        problems.add("drand round " + round + " is not the round named in the manifest, "
            + plan.round());
      }
      if (!randomnessMatchesSignature()) {
        problems.add("drand randomness " + randomness + " of round " + round
            + " is not SHA-256 of its signature");
      }
      if (!problems.isEmpty()) {
        throw new SeedRejectedException(problems);
      }
      MessageDigest md = start(kind(), committedHash);
      Codec.bytes(md, Codec.unhex("chain hash", chainHash));
      Codec.u64(md, round);
      Codec.bytes(md, Codec.unhex("randomness", randomness));
      return md.digest();
    }
  }

  private static MessageDigest start(String kind, String committedHash) {
    MessageDigest md = Codec.sha256();
    Codec.str(md, "doublerandom/seed/v1");
    Codec.str(md, kind);
    md.update(Codec.unhex("manifest hash", committedHash, 32));
    return md;
  }
}
