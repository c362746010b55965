package io.doublerandom.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
   * otherwise, when a line before the first line that is not UTF-8 holds non-ASCII UTF-8 text,
   * the encodings are mixed and the input is unusable; otherwise the bytes are GB18030. A
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
    return new Decoded(strict(bytes, skip, charset).orElseThrow(() ->
        new UnusableInputException(source, "is not valid " + charset.name() + " text")), charset);
  }

  private static Decoded detected(byte[] bytes, Bom bom, String source) {
    if (bom.isUtf16()) {
      throw new UnusableInputException(source, "is UTF-16 text, which is not detected"
          + " automatically; save it as \"CSV UTF-8\" (or plain CSV) instead of \"Unicode text\","
          + " or give the charset UTF-16 explicitly if it is comma-separated");
    }
    if (bom == Bom.UTF_8) {
      return new Decoded(strict(bytes, bom.length, StandardCharsets.UTF_8)
          .orElseThrow(() -> new UnusableInputException(source,
              "starts with a UTF-8 byte order mark but is not valid UTF-8 text")),
          StandardCharsets.UTF_8);
    }
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8);
    }
    mixed(bytes, source);
    return new Decoded(strict(bytes, 0, GB18030).orElseThrow(() ->
        new UnusableInputException(source, "is neither UTF-8 nor GB18030 text")), GB18030);
  }

  /**
   * Throws when a line before the first line that is not UTF-8 holds UTF-8 text with non-ASCII
   * characters: part of the file was saved as UTF-8 and part in another encoding, and decoding
   * the whole as either would garble one part. Lines end at {@code \n}, {@code \r\n} or
   * {@code \r} as in CSV, bytes that never occur inside a GB18030 or UTF-8 character.
   */
  private static void mixed(byte[] bytes, String source) {
    long line = 1;
    long firstNonAscii = 0;
    int start = 0;
    boolean nonAscii = false;
    for (int i = 0; i <= bytes.length; i++) {
      int b = i < bytes.length ? bytes[i] & 0xff : '\n';
      if (b == '\n' || b == '\r') {
        if (nonAscii) {
          if (strict(bytes, start, i - start, StandardCharsets.UTF_8).isEmpty()) {
            if (firstNonAscii > 0) {
              throw new UnusableInputException(source, "mixed encodings: line " + line
                  + " is not UTF-8 but earlier lines are (line " + firstNonAscii + " is UTF-8"
                  + " text with non-ASCII characters); save the whole file in one encoding");
            }
            return;
          }
          if (firstNonAscii == 0) {
            firstNonAscii = line;
          }
        }
        if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
        line++;
        start = i + 1;
        nonAscii = false;
      } else if (b >= 0x80) {
        nonAscii = true;
      }
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
