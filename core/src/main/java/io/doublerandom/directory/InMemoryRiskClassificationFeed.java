package io.doublerandom.directory;

import io.doublerandom.model.risk.RiskClassificationPush;
import io.doublerandom.spi.RiskClassificationFeed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The default {@link RiskClassificationFeed}: pushes handed to {@link #publish} (by an import job,
 * a test, or a bridge from the credit system), served in as-of order. Thread-safe.
 */
public final class InMemoryRiskClassificationFeed implements RiskClassificationFeed {
  private final TreeMap<String, RiskClassificationPush> pushes = new TreeMap<>();

  /** An empty feed. */
  public InMemoryRiskClassificationFeed() {}

  /**
   * Adds a push; the identical push again is a no-op.
   *
   * @return {@code true} if added, {@code false} if it was there
   * @throws IllegalArgumentException if a different push for the same domain and as-of date was
   *     published (a delivered push does not change)
   */
  public synchronized boolean publish(RiskClassificationPush push) {
    Objects.requireNonNull(push, "push");
    String key = push.asOf() + "\u0000" + push.domain();
    RiskClassificationPush held = pushes.get(key);
    if (held != null) {
      if (!held.equals(push)) {
        throw new IllegalArgumentException("push " + push.key() + " was already published with "
            + "different content (source '" + held.source() + "'); a delivered push does not "
            + "change");
      }
      return false;
    }
    pushes.put(key, push);
    return true;
  }

  @Override
  public synchronized List<RiskClassificationPush> pushesAfter(LocalDate after) {
    Objects.requireNonNull(after, "after");
    List<RiskClassificationPush> out = new ArrayList<>();
    for (RiskClassificationPush p : pushes.values()) {
      if (p.asOf().isAfter(after)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
