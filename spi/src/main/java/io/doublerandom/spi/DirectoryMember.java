package io.doublerandom.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * One member of a directory snapshot: its id (credit code, inspector id, authority code) and its
 * canonical bytes (the core library writes and reads them).
 *
 * @param id the member's id, unique within the snapshot
 * @param content the member's bytes (copied in and out)
 */
public record DirectoryMember(String id, byte[] content) {
  /** Validates the fields and copies the bytes. */
  public DirectoryMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("directory member id must not be empty");
    }
    content = content.clone();
  }

  /** A copy of the bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DirectoryMember m && m.id.equals(id) && Arrays.equals(m.content, content);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "DirectoryMember[" + id + ", " + content.length + " bytes]";
  }
}
