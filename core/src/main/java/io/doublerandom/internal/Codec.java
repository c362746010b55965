package io.doublerandom.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.BaseEncoding;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The byte encodings of the draw specification (docs/draw-spec.md, section "Encodings"): {@code
 * u32be}, {@code u64be}, length-prefixed strings and byte strings, lowercase hexadecimal, canonical
 * decimals, and the order of text by its UTF-8 bytes.
 */
public final class Codec {
  // Public only because the draw (io.doublerandom.draw) and the assignment
  // (io.doublerandom.assign) share these encodings; not part of the supported API.
  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  /** Orders strings by their UTF-8 bytes, unsigned, lexicographically (= code point order). */
  public static final Comparator<String> UTF8_ORDER = Codec::compareUtf8;

  private Codec() {}

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  public static int compareUtf8(String a, String b) {
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

  public static int compareBytes(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  public static byte[] sha256(byte[] data) {
    return sha256().digest(data);
  }

  public static void u32(MessageDigest md, long v) {
    checkArgument(v >= 0 && v <= 0xFFFF_FFFFL, "u32 value out of range: %s", v);
    md.update((byte) (v >>> 24));
    md.update((byte) (v >>> 16));
    md.update((byte) (v >>> 8));
    md.update((byte) v);
  }

  public static void u64(MessageDigest md, long v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      md.update((byte) (v >>> shift));
    }
  }

  /** {@code enc(s) = u32be(len(utf8(s))) || utf8(s)}. */
  public static void str(MessageDigest md, String s) {
    bytes(md, utf8(s));
  }

  /** {@code enc(b) = u32be(len(b)) || b}. */
  public static void bytes(MessageDigest md, byte[] b) {
    u32(md, b.length);
    md.update(b);
  }

  public static String hex(byte[] b) {
    return HEX.encode(b);
  }

  /** Decodes lowercase or uppercase hex; the message names the field and the value. */
  public static byte[] unhex(String field, String value) {
    checkArgument(value != null, "%s must not be null", field);
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    checkArgument(lower.length() % 2 == 0 && lower.chars().allMatch(c -> (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'f')), "%s must be hexadecimal with an even number of digits: '%s'",
        field, value);
    return HEX.decode(lower);
  }

  /** Decodes hex of exactly {@code length} bytes. */
  public static byte[] unhex(String field, String value, int length) {
    byte[] b = unhex(field, value);
    checkArgument(b.length == length, "%s must be %s bytes (%s hex digits), got %s: '%s'", field,
        length, 2 * length, b.length, value);
    return b;
  }

  /**
   * Checks a text field: non-empty, valid Unicode (no unpaired surrogate) and free of control
   * characters (U+0000–U+001F, U+007F–U+009F), so that it fits on one line of the manifest.
   */
  public static String text(String field, String value) {
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

  /**
   * A reason or party token: non-empty, ASCII lowercase letters, digits and '-', not starting with
   * '-'.
   */
  public static String token(String field, String value) {
    checkArgument(value != null && !value.isEmpty() && value.charAt(0) != '-'
            && value.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-'),
        "%s must be a token of a-z, 0-9 and '-' not starting with '-': '%s'", field, value);
    return value;
  }

  /**
   * The canonical text of a non-negative decimal: plain notation, no exponent, no sign, no
   * trailing zeros after the point and no trailing point ("0.05", "3", "120", "0").
   */
  public static String decimal(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** {@code enc(utf8(s))} as a new array: {@code u32be(len) || utf8(s)}. */
  public static byte[] encoded(String s) {
    byte[] b = utf8(s);
    byte[] out = new byte[4 + b.length];
    out[0] = (byte) (b.length >>> 24);
    out[1] = (byte) (b.length >>> 16);
    out[2] = (byte) (b.length >>> 8);
    out[3] = (byte) b.length;
    System.arraycopy(b, 0, out, 4, b.length);
    return out;
  }

  /**
   * A hex field as read from a record, normalised for comparing and hashing (docs/draw-spec.md
   * section 2): ASCII letters lowercased, everything else kept, so that a value that is not hex
   * at all still shows up as a difference; {@code null} stays {@code null}.
   */
  public static String lowerHex(String value) {
    if (value == null) {
      return null;
    }
    char[] c = value.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  /** A hash field: 64 hex digits, returned in lower case. */
  public static String hash(String field, String value) {
    return hex(unhex(field, value, 32));
  }
}
