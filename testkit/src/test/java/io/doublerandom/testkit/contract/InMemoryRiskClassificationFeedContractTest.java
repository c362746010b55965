package io.doublerandom.testkit.contract;

import io.doublerandom.directory.InMemoryRiskClassificationFeed;
import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.spi.RiskClassificationFeed;
import java.util.List;

/** The in-memory feed passes the risk classification feed contract. */
class InMemoryRiskClassificationFeedContractTest extends RiskClassificationFeedContract {
  @Override
  protected RiskClassificationFeed feedServing(List<RiskClassificationPush> pushes) {
    InMemoryRiskClassificationFeed feed = new InMemoryRiskClassificationFeed();
    pushes.forEach(feed::publish);
    return feed;
  }
}
