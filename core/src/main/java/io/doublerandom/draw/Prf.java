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

  private final byte[] seed;
  private final String keyStream;
  private final MessageDigest inner; // SHA-256 state after (seed ^ ipad)
  private final MessageDigest outer; // SHA-256 state after (seed ^ opad)
  private final byte[] tag;
  private byte[] message; // tag || u8(purpose) || u32be(len) || id, reused
  private final byte[] innerHash = new byte[32];

  Prf(byte[] seed, String keyStream) {
    checkArgument(seed.length == 32, "seed must be 32 bytes, got %s", seed.length);
    this.seed = seed.clone();
    this.keyStream = keyStream;
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
    seed = other.seed;
    keyStream = other.keyStream;
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

  /** Whether this function has the given seed. */
  boolean hasSeed(byte[] other) {
    return java.util.Arrays.equals(seed, other);
  }

  /** A copy of the seed. */
  byte[] seedCopy() {
    return seed.clone();
  }

  /** The key stream this function was made for. */
  String keyStream() {
    return keyStream;
  }

  /** Writes {@code K(purpose, id)} into {@code out[0..32)}. */
  void compute(byte purpose, byte[] id, byte[] out) {
    ensureCapacity(37 + id.length);
    putLength(id.length);
    System.arraycopy(id, 0, message, 37, id.length);
    computeLoaded(purpose, 37 + id.length, out);
  }

  /**
   * Loads a printable-ASCII id (chars 0x20–0x7e, whose UTF-8 bytes are the chars) straight into
   * the message, for {@link #computeLoaded}; returns the message length, or -1 (nothing loaded)
   * for an empty id or one with any other char, which must take {@link #compute}.
   */
  int loadAscii(String id) {
    int n = id.length();
    if (n == 0) {
      return -1;
    }
    ensureCapacity(37 + n);
    byte[] m = message;
    int outside = 0; // negative iff some char is outside 0x20..0x7e
    for (int i = 0; i < n; i++) {
      int ch = id.charAt(i);
      outside |= (ch - 0x20) | (0x7e - ch);
      m[37 + i] = (byte) ch;
    }
    if (outside < 0) {
      return -1;
    }
    putLength(n);
    return 37 + n;
  }

  private void ensureCapacity(int len) {
    if (message.length < len) {
      message = java.util.Arrays.copyOf(message, Math.max(len, 2 * message.length));
    }
  }

  private void putLength(int len) {
    message[33] = (byte) (len >>> 24);
    message[34] = (byte) (len >>> 16);
    message[35] = (byte) (len >>> 8);
    message[36] = (byte) len;
  }

  /**
   * Writes the key of the id loaded by {@link #loadAscii} (or the last {@link #compute}) into
   * {@code out[0..32)}: HMAC-SHA-256 of the first {@code len} message bytes from the precomputed
   * padded-key states (two SHA-256 compressions).
   */
  void computeLoaded(byte purpose, int len, byte[] out) {
    message[32] = purpose;
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
