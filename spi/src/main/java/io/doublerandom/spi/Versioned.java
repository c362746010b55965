package io.doublerandom.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * One version of a versioned document (a checklist, an authority's claims): immutable bytes with
 * the document's id and version number. Versions are numbered 1, 2, 3, …; every version is kept.
 *
 * @param id the document's id
 * @param version the version number, from 1
 * @param content the document's bytes (copied in and out)
 */
public record Versioned(String id, long version, byte[] content) {
  /** Validates the fields and copies the bytes. */
  public Versioned {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    if (version < 1) {
      throw new IllegalArgumentException("version of " + id + " must be 1 or more, got "
          + version);
    }
    content = content.clone();
  }

  /** A copy of the bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /** Whether {@code bytes} equal this version's content. */
  public boolean sameContent(byte[] bytes) {
    return Arrays.equals(content, bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Versioned v && v.id.equals(id) && v.version == version
        && Arrays.equals(v.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "Versioned[" + id + " v" + version + ", " + content.length + " bytes]";
  }
}
