package io.doublerandom.assign;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Locale;

/**
 * The byte encodings shared with the draw specification (docs/draw-spec.md section 2, restated in
 * docs/assignment-spec.md section 2): {@code u32be}, {@code u64be}, length-prefixed UTF-8 strings,
 * lowercase hexadecimal and the order of texts by their UTF-8 bytes.
 */
final class Enc {
  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  /** Texts in the order of their UTF-8 bytes, unsigned (= code point order). */
  static final Comparator<String> UTF8_ORDER = Enc::compareUtf8;

  private Enc() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  static void u32(MessageDigest md, long v) {
    checkArgument(v >= 0 && v <= 0xFFFF_FFFFL, "u32 value out of range: %s", v);
    md.update((byte) (v >>> 24));
    md.update((byte) (v >>> 16));
    md.update((byte) (v >>> 8));
    md.update((byte) v);
  }

  static void u64(MessageDigest md, long v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      md.update((byte) (v >>> shift));
    }
  }

  /** {@code enc(s) = u32be(len(utf8(s))) || utf8(s)}. */
  static void str(MessageDigest md, String s) {
    bytes(md, utf8(s));
  }

  /** {@code enc(b) = u32be(len(b)) || b}. */
  static void bytes(MessageDigest md, byte[] b) {
    u32(md, b.length);
    md.update(b);
  }

  /** {@code enc(utf8(s))} as a new array. */
  static byte[] encoded(String s) {
    byte[] b = utf8(s);
    byte[] out = new byte[4 + b.length];
    out[0] = (byte) (b.length >>> 24);
    out[1] = (byte) (b.length >>> 16);
    out[2] = (byte) (b.length >>> 8);
    out[3] = (byte) b.length;
    System.arraycopy(b, 0, out, 4, b.length);
    return out;
  }

  static String hex(byte[] b) {
    return HEX.encode(b);
  }

  /** Decodes {@code length} bytes of lower- or uppercase hex; the message names the field. */
  static byte[] unhex(String field, String value, int length) {
    checkArgument(value != null, "%s must not be null", field);
    String lower = value.toLowerCase(Locale.ROOT);
    checkArgument(lower.length() == 2 * length && lower.chars().allMatch(c -> (c >= '0'
        && c <= '9') || (c >= 'a' && c <= 'f')), "%s must be %s hex digits: '%s'", field,
        2 * length, value);
    return HEX.decode(lower);
  }

  /** A hash field: 64 hex digits, returned in lower case. */
  static String hash(String field, String value) {
    return hex(unhex(field, value, 32));
  }

  /**
   * Checks a text field: non-empty, no unpaired surrogate, no control character (U+0000–U+001F,
   * U+007F–U+009F), so that it fits on one line of the manifest.
   */
  static String text(String field, String value) {
    checkArgument(value != null, "%s must not be null", field);
    checkArgument(!value.isEmpty(), "%s must not be empty", field);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      checkArgument(!Character.isISOControl(cp) && !(cp >= 0xD800 && cp <= 0xDFFF),
          "%s must not contain control characters or unpaired surrogates: '%s'", field, value);
      i += Character.charCount(cp);
    }
    return value;
  }
}
