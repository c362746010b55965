package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * The keys of an assignment (docs/assignment-spec.md section 7), HMAC-SHA-256 keyed by the
 * 32-byte seed, as the draw's keys are, with domain separation by specification version, purpose
 * and assignment id:
 *
 * <pre>
 *   tag      = SHA-256(enc("doublerandom/assign/v1") || enc("assign") || enc(assignmentId))
 *   VK(v)    = HMAC-SHA-256(seed, tag || u8(0x02) || enc(visitId))
 *   PK(v, i) = HMAC-SHA-256(seed, tag || u8(0x01) || enc(visitId) || enc(inspectorId))
 * </pre>
 *
 * The padded-key states are hashed once and cloned per key. Not thread-safe.
 */
final class PairKeys {
  static final byte PAIR = 0x01;
  static final byte VISIT = 0x02;

  private final MessageDigest inner;
  private final MessageDigest outer;
  private final byte[] tag;
  private final byte[] innerHash = new byte[32];

  PairKeys(byte[] seed, String assignmentId) {
    checkArgument(seed.length == 32, "seed must be 32 bytes, got %s", seed.length);
    byte[] ipad = new byte[64];
    byte[] opad = new byte[64];
    for (int i = 0; i < 64; i++) {
      byte k = i < 32 ? seed[i] : 0;
      ipad[i] = (byte) (k ^ 0x36);
      opad[i] = (byte) (k ^ 0x5c);
    }
    inner = Codec.sha256();
    inner.update(ipad);
    outer = Codec.sha256();
    outer.update(opad);
    tag = tag(assignmentId);
  }

  static byte[] tag(String assignmentId) {
    MessageDigest md = Codec.sha256();
    Codec.str(md, Assignment.SPEC);
    Codec.str(md, "assign");
    Codec.str(md, assignmentId);
    return md.digest();
  }

  /** The inner HMAC state after {@code tag || u8(purpose) || encVisit}, to extend per inspector. */
  MessageDigest visitState(byte purpose, byte[] encVisit) {
    MessageDigest in = clone(inner);
    in.update(tag);
    in.update(purpose);
    in.update(encVisit);
    return in;
  }

  /** Finishes a key from a prefix state: the inner state is cloned, so it can be reused. */
  void finish(MessageDigest prefix, byte[] encInspector, byte[] out) {
    try {
      MessageDigest in = clone(prefix);
      if (encInspector != null) {
        in.update(encInspector);
      }
      in.digest(innerHash, 0, 32);
      MessageDigest o = clone(outer);
      o.update(innerHash, 0, 32);
      o.digest(out, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 digest failed", e);
    }
  }

  /** {@code VK(visit)}. */
  byte[] visitKey(String visitId) {
    byte[] out = new byte[32];
    finish(visitState(VISIT, Codec.encoded(visitId)), null, out);
    return out;
  }

  /** {@code PK(visit, inspector)}. */
  byte[] pairKey(String visitId, String inspectorId) {
    byte[] out = new byte[32];
    finish(visitState(PAIR, Codec.encoded(visitId)), Codec.encoded(inspectorId), out);
    return out;
  }

  static long high64(byte[] key) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (key[i] & 0xFF);
    }
    return v;
  }

  private static MessageDigest clone(MessageDigest md) {
    try {
      return (MessageDigest) md.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the SHA-256 provider does not support clone()", e);
    }
  }
}
