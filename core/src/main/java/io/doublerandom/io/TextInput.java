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
   * Decodes {@code bytes}: with {@code charset} when given, else UTF-8 when the bytes start with
   * a UTF-8 byte order mark or decode strictly as UTF-8, else GB18030. A leading byte order mark
   * is dropped. Blank text is unusable input.
   */
  static String decode(byte[] bytes, Optional<Charset> charset, String source) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
        || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
      throw new UnusableInputException(source, "is UTF-16 text, which is not supported; save it"
          + " as \"CSV UTF-8\" (or plain CSV) instead of \"Unicode text\"");
    }
    boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    String text;
    if (charset.isPresent()) {
      text = strict(bytes, charset.get()).orElseThrow(() -> new UnusableInputException(source,
          "is not valid " + charset.get().name() + " text"));
    } else if (utf8Bom) {
      text = strict(bytes, StandardCharsets.UTF_8).orElseThrow(() -> new UnusableInputException(
          source, "starts with a UTF-8 byte order mark but is not valid UTF-8 text"));
    } else {
      text = strict(bytes, StandardCharsets.UTF_8)
          .or(() -> strict(bytes, GB18030))
          .orElseThrow(() -> new UnusableInputException(source,
              "is neither UTF-8 nor GB18030 text"));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new UnusableInputException(source, "is empty");
    }
    return text;
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
