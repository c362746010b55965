package io.doublerandom.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskNumberingTest {
  @Test
  void numbersFollowThePatternWithAPerAuthorityPerYearCounter() {
    InMemoryTaskNumberSequence seq = new InMemoryTaskNumberSequence();
    TaskNumbering n = TaskNumbering.of(TaskNumbering.DEFAULT_PATTERN,
        Map.of("SX", "晋市监", "TY", "并市监"), seq);
    assertEquals(new TaskNumbering.Allocated("晋市监抽查〔2025〕1号", 1), n.allocate("SX", 2025));
    assertEquals(new TaskNumbering.Allocated("晋市监抽查〔2025〕2号", 2), n.allocate("SX", 2025));
    assertEquals("并市监抽查〔2025〕1号", n.allocate("TY", 2025).number());
    assertEquals("晋市监抽查〔2026〕1号", n.allocate("SX", 2026).number());
    assertEquals(2, seq.last("SX", 2025));
    assertEquals(0, seq.last("SX", 2027));
    assertEquals("晋市监抽查〔2025〕12号", n.format("SX", 2025, 12));
  }

  @Test
  void widthsAndAuthorityCodes() {
    TaskNumbering n = TaskNumbering.of("{authority}-{year}-{n:4}", Map.of(),
        new InMemoryTaskNumberSequence());
    assertEquals("SX-2025-0001", n.allocate("SX", 2025).number());
    assertEquals("SX-2025-12345", n.format("SX", 2025, 12345));
  }

  @Test
  void aPatternThatCouldRepeatNumbersIsRefusedWithEveryProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskNumbering.of("抽查{x}〔{n}{n}", Map.of("SX", " "),
            new InMemoryTaskNumberSequence()));
    assertEquals("task number pattern '抽查{x}〔{n}{n}': unknown placeholder {x}; known: {prefix},"
        + " {authority}, {year}, {n}, {n:W} (W = 1..9); must contain the counter {n} (or {n:W})"
        + " exactly once, found 2; must contain {year}: the counter restarts every year; must"
        + " contain {prefix} or {authority}: every authority has its own counter; prefix of"
        + " authority SX must not be blank, got ' '", e.getMessage());
    assertEquals("task number pattern '{prefix}{year}{n': '{' at 14 is not closed; must contain"
        + " the counter {n} (or {n:W}) exactly once, found 0", assertThrows(
            IllegalArgumentException.class, () -> TaskNumbering.of("{prefix}{year}{n",
                Map.of(), new InMemoryTaskNumberSequence())).getMessage());
  }

  @Test
  void anAuthorityWithoutPrefixTakesNoNumber() {
    InMemoryTaskNumberSequence seq = new InMemoryTaskNumberSequence();
    TaskNumbering n = TaskNumbering.of(TaskNumbering.DEFAULT_PATTERN, Map.of("SX", "晋市监"), seq);
    assertEquals("no task number prefix for authority 'TY'; configured: [SX]",
        assertThrows(IllegalArgumentException.class, () -> n.allocate("TY", 2025)).getMessage());
    assertEquals(0, seq.last("TY", 2025));
  }

  @Test
  void theSequenceIsSafeForConcurrentUseAndNeverRepeats() throws Exception {
    InMemoryTaskNumberSequence seq = new InMemoryTaskNumberSequence();
    java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          seen.add(seq.next("SX", 2025));
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(2000, seen.size());
    assertEquals(2000, seq.last("SX", 2025));
  }
}
