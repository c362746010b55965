package io.doublerandom.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** File format of an import or export. */
public enum Format {
  /** Comma-separated values with a header row. */
  CSV("csv"),
  /** JSON. */
  JSON("json");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The file name extension without the dot: {@code csv} or {@code json}. */
  public String extension() {
    return extension;
  }

  /** The format a file name ends in ({@code .csv} or {@code .json}, any case), if either. */
  public static Optional<Format> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (lower.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format of a path's file name, if {@code .csv} or {@code .json}. */
  public static Optional<Format> of(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : ofFileName(name.toString());
  }
}
