package io.doublerandom.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads the bytes of an input and decodes them to text, detecting UTF-8 or GB18030. */
final class TextInput {
  static final Charset GB18030 = Charset.forName("GB18030");

  /** The text of an input and the charset it was decoded with. */
  record Decoded(String text, Charset charset) {}

  /** A byte order mark at the start of the bytes. */
  private enum Bom {
    NONE(0, null, ""),
    UTF_8(3, StandardCharsets.UTF_8, "a UTF-8"),
    UTF_16LE(2, StandardCharsets.UTF_16LE, "a UTF-16 (little-endian)"),
    UTF_16BE(2, StandardCharsets.UTF_16BE, "a UTF-16 (big-endian)");

    final int length;
    final Charset charset;
    final String description;

    Bom(int length, Charset charset, String description) {
      this.length = length;
      this.charset = charset;
      this.description = description;
    }

    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB
          && (b[2] & 0xff) == 0xBF) {
        return UTF_8;
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
        return UTF_16LE;
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
        return UTF_16BE;
      }
      return NONE;
    }

    boolean isUtf16() {
      return this == UTF_16LE || this == UTF_16BE;
    }
  }

  private TextInput() {}

  /** The bytes of a file; an unreadable file is unusable input. */
  static byte[] bytes(Path file, String source) {
    try {
      if (Files.isDirectory(file)) {
        throw new UnusableInputException(source, "is a directory, not a file");
      }
      long size = Files.size(file);
      if (size > Integer.MAX_VALUE - 16) {
        throw new UnusableInputException(source, String.format(java.util.Locale.ROOT,
            "is %,d bytes; a file over 2 GB cannot be read in one piece: split it", size));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(source, "permission denied", e);
    } catch (IOException e) {
      throw new UnusableInputException(source, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** The bytes of a stream, which is read to its end but not closed. */
  static byte[] bytes(InputStream in, String source) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UnusableInputException(source, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Decodes {@code bytes}. A byte order mark is recognised first. With {@code charset} given, the
   * bytes are decoded with it; a UTF-8 mark requires UTF-8 and a UTF-16 mark UTF-16 (of the
   * mark's byte order), anything else is unusable input. Without a charset: a UTF-16 mark is
   * unusable input; a UTF-8 mark means UTF-8; bytes that decode strictly as UTF-8 are UTF-8;
   * bytes that are UTF-8 but end in an incomplete character are a cut file (unusable, with the
   * offset); otherwise, when a line before the first line that is not UTF-8 holds non-ASCII UTF-8
   * text, or a line after it does, the encodings are mixed and the input is unusable; otherwise
   * the bytes are GB18030, and bytes valid in neither are unusable, named with their offset. A
   * byte order mark (and a leading U+FEFF, which is GB18030's mark) is dropped. Blank text is
   * unusable input.
   */
  static Decoded decode(byte[] bytes, Optional<Charset> charset, String source) {
    Bom bom = Bom.of(bytes);
    Decoded decoded = charset.isPresent()
        ? explicit(bytes, bom, charset.get(), source)
        : detected(bytes, bom, source);
    String text = decoded.text();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new UnusableInputException(source, "is empty");
    }
    return new Decoded(text, decoded.charset());
  }

  private static Decoded explicit(byte[] bytes, Bom bom, Charset charset, String source) {
    if (bom != Bom.NONE) {
      boolean agrees = charset.equals(bom.charset)
          || bom.isUtf16() && charset.equals(StandardCharsets.UTF_16);
      if (!agrees) {
        throw new UnusableInputException(source, "starts with " + bom.description
            + " byte order mark but the charset " + charset.name() + " was given; give "
            + bom.charset.name() + " or let the encoding be detected");
      }
    }
    int skip = bom == Bom.NONE || charset.equals(StandardCharsets.UTF_16) ? 0 : bom.length;
    Optional<String> text = strict(bytes, skip, charset);
    if (text.isEmpty()) {
      int bad = Math.max(skip, firstMalformed(bytes, skip, charset));
      throw new UnusableInputException(source, "is not valid " + charset.name() + " text: "
          + bytesAt(bytes, bad) + " at byte offset " + bad + " (line " + lineOf(bytes, bad)
          + "); give the file's encoding with the charset, or let it be detected (UTF-8 or"
          + " GB18030)");
    }
    return new Decoded(text.get(), charset);
  }

  private static Decoded detected(byte[] bytes, Bom bom, String source) {
    if (bom.isUtf16()) {
      throw new UnusableInputException(source, "is UTF-16 text, which is not detected"
          + " automatically; save it as \"CSV UTF-8\" (or plain CSV) instead of \"Unicode text\","
          + " or give the charset UTF-16 explicitly if it is comma-separated");
    }
    int skip = bom == Bom.UTF_8 ? bom.length : 0;
    int bad = firstMalformed(bytes, skip, StandardCharsets.UTF_8);
    if (bad < 0) {
      return new Decoded(strict(bytes, skip, StandardCharsets.UTF_8).orElseThrow(),
          StandardCharsets.UTF_8);
    }
    if (truncatedUtf8(bytes, bad)) {
      throw new UnusableInputException(source, "the file ends in the middle of a UTF-8"
          + " character (byte offset " + bad + ", line " + lineOf(bytes, bad) + "): is it cut"
          + " short? Copy or export it again");
    }
    if (bom == Bom.UTF_8) {
      throw new UnusableInputException(source, "starts with a UTF-8 byte order mark but is not"
          + " valid UTF-8 text: " + bytesAt(bytes, bad) + " at byte offset " + bad + " (line "
          + lineOf(bytes, bad) + "); save the whole file as UTF-8");
    }
    Lines lines = new Lines(bytes);
    if (lines.firstUtf8 > 0 && lines.firstUtf8 < lines.firstOther) {
      throw new UnusableInputException(source, "mixed encodings: line " + lines.firstUtf8
          + " is UTF-8 text but line " + lines.firstOther + " (byte offset " + bad + ") is not;"
          + " save the whole file in one encoding (UTF-8 or GB18030)");
    }
    if (lines.utf8After > 0) {
      throw new UnusableInputException(source, "mixed encodings: line " + lines.firstOther
          + " is GB18030 text but line " + lines.utf8After + " (byte offset "
          + lines.utf8AfterOffset + ") is UTF-8; save the whole file in one encoding (UTF-8 or"
          + " GB18030)");
    }
    int gbBad = firstMalformed(bytes, 0, GB18030);
    if (gbBad < 0) {
      return new Decoded(strict(bytes, 0, GB18030).orElseThrow(), GB18030);
    }
    if (bytes.length - gbBad < 4 && allHigh(bytes, gbBad)) {
      throw new UnusableInputException(source, "the file ends in the middle of a GB18030"
          + " character (byte offset " + gbBad + ", line " + lineOf(bytes, gbBad) + "): is it"
          + " cut short? Copy or export it again");
    }
    throw new UnusableInputException(source, "is neither UTF-8 nor GB18030 text: "
        + bytesAt(bytes, gbBad) + " at byte offset " + gbBad + " (line " + lineOf(bytes, gbBad)
        + ") " + (bytesAt(bytes, gbBad).startsWith("the bytes") ? "are" : "is")
        + " valid in neither; save the file as UTF-8");
  }

  /**
   * The lines of bytes that are not valid UTF-8 as a whole: the first line with non-ASCII UTF-8
   * text, the first line that is not UTF-8, and the first line after that which is UTF-8 text
   * with non-ASCII characters (with the offset of its first non-ASCII byte). Lines end at
   * {@code \n}, {@code \r\n} or {@code \r} as in CSV, bytes that never occur inside a GB18030
   * or UTF-8 character.
   */
  private static final class Lines {
    long firstUtf8;
    long firstOther;
    long utf8After;
    int utf8AfterOffset;

    Lines(byte[] bytes) {
      long line = 1;
      int start = 0;
      int firstHigh = -1;
      for (int i = 0; i <= bytes.length; i++) {
        int b = i < bytes.length ? bytes[i] & 0xff : '\n';
        if (b == '\n' || b == '\r') {
          if (firstHigh >= 0) {
            boolean utf8 = firstMalformed(bytes, start, i - start, StandardCharsets.UTF_8) < 0;
            if (utf8 && firstOther == 0 && firstUtf8 == 0) {
              firstUtf8 = line;
            } else if (!utf8 && firstOther == 0) {
              firstOther = line;
            } else if (utf8 && firstOther > 0 && utf8After == 0) {
              utf8After = line;
              utf8AfterOffset = firstHigh;
            }
          }
          if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
            i++;
          }
          line++;
          start = i + 1;
          firstHigh = -1;
        } else if (b >= 0x80 && firstHigh < 0) {
          firstHigh = i;
        }
      }
    }
  }

  /** Whether the bytes from {@code bad} to the end are an incomplete UTF-8 sequence. */
  private static boolean truncatedUtf8(byte[] bytes, int bad) {
    int lead = bytes[bad] & 0xff;
    int need = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (need == 0 || bad + need <= bytes.length) {
      return false;
    }
    for (int i = bad + 1; i < bytes.length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether every byte from {@code from} to the end is non-ASCII (part of a character). */
  private static boolean allHigh(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if ((bytes[i] & 0xff) < 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code the byte FF} or {@code the bytes FF FE}: the non-ASCII bytes from {@code at}, up to 4. */
  private static String bytesAt(byte[] bytes, int at) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (int i = at; i < bytes.length && n < 4 && (n == 0 || (bytes[i] & 0xff) >= 0x80); i++, n++) {
      b.append(n == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xff));
    }
    return (n == 1 ? "the byte " : "the bytes ") + b;
  }

  /** The 1-based line of a byte offset; lines end at {@code \n}, {@code \r\n} or {@code \r}. */
  static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
      }
    }
    return line;
  }

  /** The offset of the first byte that is not valid in {@code charset}, or -1. */
  static int firstMalformed(byte[] bytes, int offset, Charset charset) {
    return firstMalformed(bytes, offset, bytes.length - offset, charset);
  }

  private static int firstMalformed(byte[] bytes, int offset, int length, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        if (r.isError()) {
          return in.position();
        }
        if (!r.isOverflow()) {
          return -1;
        }
      }
      out.clear();
    }
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    return strict(bytes, offset, bytes.length - offset, charset);
  }

  private static Optional<String> strict(byte[] bytes, int offset, int length, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
