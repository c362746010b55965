package io.doublerandom.testkit.assign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The assignment's keys written from docs/assignment-spec.md section 7 with the JDK's HMAC,
 * independently of the engine (which the engine's {@code AssignmentKeys} must agree with):
 * {@code tag = SHA-256(enc("doublerandom/assign/v1") || enc("assign") || enc(assignmentId))},
 * {@code VK(v) = HMAC(seed, tag || 02 || enc(v))}, {@code PK(v, i) = HMAC(seed, tag || 01 ||
 * enc(v) || enc(i))}, {@code enc(s) = u32be(len(utf8(s))) || utf8(s)}.
 */
public final class ReferenceKeys {
  private final byte[] seed;
  private final byte[] tag;

  /**
   * The keys of a 32-byte seed and an assignment id.
   *
   * @throws IllegalArgumentException if the seed is not 32 bytes
   */
  public ReferenceKeys(byte[] seed, String assignmentId) {
    if (seed.length != 32) {
      throw new IllegalArgumentException("seed must be 32 bytes, got " + seed.length);
    }
    this.seed = seed.clone();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(enc("doublerandom/assign/v1"));
    b.writeBytes(enc("assign"));
    b.writeBytes(enc(assignmentId));
    try {
      this.tag = MessageDigest.getInstance("SHA-256").digest(b.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** {@code VK(visit)}. */
  public byte[] visitKey(String visit) {
    return hmac(tag, new byte[] {2}, enc(visit));
  }

  /** {@code PK(visit, inspector)}. */
  public byte[] pairKey(String visit, String inspector) {
    return hmac(tag, new byte[] {1}, enc(visit), enc(inspector));
  }

  static byte[] enc(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[4 + b.length];
    out[0] = (byte) (b.length >>> 24);
    out[1] = (byte) (b.length >>> 16);
    out[2] = (byte) (b.length >>> 8);
    out[3] = (byte) b.length;
    System.arraycopy(b, 0, out, 4, b.length);
    return out;
  }

  private byte[] hmac(byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(seed, "HmacSHA256"));
      for (byte[] p : parts) {
        mac.update(p);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }
}
