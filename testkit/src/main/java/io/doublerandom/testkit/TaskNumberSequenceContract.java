package io.doublerandom.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.doublerandom.spi.TaskNumberSequence;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TaskNumberSequence}: extend it and implement {@link #newSequence()}
 * (fresh counters each call) — one counter per authority and year from 1, never a value twice,
 * also under concurrent use.
 */
public abstract class TaskNumberSequenceContract {
  /** Fresh counters. */
  protected abstract TaskNumberSequence newSequence();

  @Test
  void countersArePerAuthorityAndYearAndStartAtOne() {
    TaskNumberSequence s = newSequence();
    assertEquals(0, s.last("SX", 2025));
    assertEquals(1, s.next("SX", 2025));
    assertEquals(2, s.next("SX", 2025));
    assertEquals(1, s.next("TY", 2025));
    assertEquals(1, s.next("SX", 2026));
    assertEquals(2, s.last("SX", 2025));
  }

  @Test
  void concurrentCallersNeverGetTheSameValue() throws InterruptedException {
    TaskNumberSequence s = newSequence();
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 250; i++) {
          seen.add(s.next("SX", 2025));
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1000, seen.size());
    assertEquals(1000, s.last("SX", 2025));
  }
}
