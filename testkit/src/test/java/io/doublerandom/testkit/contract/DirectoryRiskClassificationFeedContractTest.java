package io.doublerandom.testkit.contract;

import io.doublerandom.directory.DirectoryRiskClassificationFeed;
import io.doublerandom.directory.RiskClassificationFiles;
import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.spi.RiskClassificationFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The file feed, over push files written with RiskClassificationFiles, passes the contract. */
class DirectoryRiskClassificationFeedContractTest extends RiskClassificationFeedContract {
  @TempDir
  Path temp;

  @Override
  protected RiskClassificationFeed feedServing(List<RiskClassificationPush> pushes) {
    try {
      Path dir = Files.createTempDirectory(temp, "feed");
      for (RiskClassificationPush p : pushes) {
        RiskClassificationFiles.write(dir, p);
      }
      Files.writeString(dir.resolve("general@2025-03-31.csv.tmp"), "a write in progress");
      return new DirectoryRiskClassificationFeed(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
