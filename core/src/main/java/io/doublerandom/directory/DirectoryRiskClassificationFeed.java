package io.doublerandom.directory;

import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.spi.RiskClassificationFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A {@link RiskClassificationFeed} over a directory of push files ({@link
 * RiskClassificationFiles}: {@code DOMAIN@YYYY-MM-DD.csv}), as a credit system that delivers its
 * monthly pushes by file transfer leaves them. Other files (such as the {@code .tmp} files of a
 * write in progress) are ignored. The directory is read on every call.
 */
public final class DirectoryRiskClassificationFeed implements RiskClassificationFeed {
  private static final Comparator<RiskClassificationPush> ORDER = Comparator
      .comparing(RiskClassificationPush::asOf).thenComparing(RiskClassificationPush::domain);

  private final Path directory;

  /** A feed over the push files in {@code directory}. */
  public DirectoryRiskClassificationFeed(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * {@inheritDoc}
   *
   * @throws RiskClassificationFormatException listing the problems of every bad push file
   * @throws UncheckedIOException if the directory cannot be read
   */
  @Override
  public List<RiskClassificationPush> pushesAfter(LocalDate after) {
    Objects.requireNonNull(after, "after");
    List<Path> files;
    try (Stream<Path> s = Files.list(directory)) {
      files = s.filter(p -> RiskClassificationFiles.isPushFileName(p.getFileName().toString()))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list risk classification directory " + directory, e);
    }
    List<RiskClassificationPush> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        RiskClassificationPush p = RiskClassificationFiles.read(f);
        if (p.asOf().isAfter(after)) {
          out.add(p);
        }
      } catch (RiskClassificationFormatException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new RiskClassificationFormatException(problems);
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "DirectoryRiskClassificationFeed[" + directory + "]";
  }
}
