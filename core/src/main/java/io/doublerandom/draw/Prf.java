package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * The per-candidate pseudorandom function of the draw specification:
 *
 * <pre>
 *   tag      = SHA-256(enc("doublerandom/draw/v1") || enc("key-stream") || enc(keyStream))
 *   K(p, id) = HMAC-SHA-256(key = seed, message = tag || u8(p) || enc(utf8(id)))
 * </pre>
 *
 * where {@code p} is the purpose byte ({@link #ORDER} for the key that orders and thresholds
 * candidates, {@link #PIVOT} for the uniform of a pivotal duel). The HMAC's padded-key states are
 * hashed once per instance and cloned per call, so a message of up to 55 bytes (an 18-character
 * credit code gives exactly 55) costs two SHA-256 compressions. Not thread-safe: use {@link
 * #copy()} per thread.
 */
final class Prf implements KeyFunction {
  /** Purpose byte of the order key K. */
  static final byte ORDER = 0x01;
  /** Purpose byte of the pivotal duel uniform V. */
  static final byte PIVOT = 0x02;

  private final MessageDigest inner; // SHA-256 state after (seed ^ ipad)
  private final MessageDigest outer; // SHA-256 state after (seed ^ opad)
  private final byte[] tag;
  private byte[] message;
  private final byte[] innerHash = new byte[32];

  Prf(byte[] seed, String keyStream) {
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
    tag = streamTag(keyStream);
    message = new byte[32 + 1 + 4 + 32];
    System.arraycopy(tag, 0, message, 0, 32);
  }

  private Prf(Prf other) {
    inner = clone(other.inner);
    outer = clone(other.outer);
    tag = other.tag;
    message = other.message.clone();
  }

  static byte[] streamTag(String keyStream) {
    MessageDigest md = Codec.sha256();
    Codec.str(md, TargetDraw.SPEC);
    Codec.str(md, "key-stream");
    Codec.str(md, keyStream);
    return md.digest();
  }

  /** An independent instance with the same seed and stream (for another thread). */
  Prf copy() {
    return new Prf(this);
  }

  /** Writes {@code K(purpose, id)} into {@code out[0..32)}. */
  void compute(byte purpose, byte[] id, byte[] out) {
    int len = 37 + id.length;
    if (message.length < len) {
      byte[] bigger = new byte[len];
      System.arraycopy(message, 0, bigger, 0, 32);
      message = bigger;
    }
    message[32] = purpose;
    message[33] = (byte) (id.length >>> 24);
    message[34] = (byte) (id.length >>> 16);
    message[35] = (byte) (id.length >>> 8);
    message[36] = (byte) id.length;
    System.arraycopy(id, 0, message, 37, id.length);
    try {
      MessageDigest in = clone(inner);
      in.update(message, 0, len);
      in.digest(innerHash, 0, 32);
      MessageDigest out2 = clone(outer);
      out2.update(innerHash, 0, 32);
      out2.digest(out, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 digest failed", e);
    }
  }

  /** {@code K(purpose, id)} as a new array. */
  byte[] compute(byte purpose, byte[] id) {
    byte[] out = new byte[32];
    compute(purpose, id, out);
    return out;
  }

  @Override
  public byte[] order(Candidate candidate) {
    return compute(ORDER, candidate.idBytes());
  }

  @Override
  public byte[] pivot(Candidate candidate) {
    return compute(PIVOT, candidate.idBytes());
  }

  private static MessageDigest clone(MessageDigest md) {
    try {
      return (MessageDigest) md.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the SHA-256 provider does not support clone()", e);
    }
  }
}
