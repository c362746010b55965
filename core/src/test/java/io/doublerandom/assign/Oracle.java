package io.doublerandom.assign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The assignment's keys written from the specification with the JDK's HMAC, independently of
 * {@link PairKeys}. The brute-force solver and the rule checker written from the rule text are
 * public in the testkit ({@code io.doublerandom.testkit.assign}), whose tests run the engine
 * against them.
 */
final class Oracle {
  private Oracle() {}

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

  static byte[] hmac(byte[] seed, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(seed, "HmacSHA256"));
      for (byte[] p : parts) {
        mac.update(p);
      }
      return mac.doFinal();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] tag(String assignment) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.write(enc("doublerandom/assign/v1"));
      b.write(enc("assign"));
      b.write(enc(assignment));
      return MessageDigest.getInstance("SHA-256").digest(b.toByteArray());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static byte[] visitKey(byte[] seed, String assignment, String visit) {
    return hmac(seed, tag(assignment), new byte[] {2}, enc(visit));
  }

  static byte[] pairKey(byte[] seed, String assignment, String visit, String inspector) {
    return hmac(seed, tag(assignment), new byte[] {1}, enc(visit), enc(inspector));
  }
}
