package io.doublerandom.benchmarks;

import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Heap of the inspector assignment at the size of {@link AssignmentBenchmark}: the retained heap
 * of the inputs and of the record (used heap after repeated {@code System.gc()}), the peak heap
 * while assigning (the sum of the heap pools' peak usage, reset just before the assignment), and
 * the wall time of a cold and of warm assignments. Run with a small fixed heap to see the peak:
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar
 * io.doublerandom.benchmarks.AssignmentFootprint [visits inspectors]}.
 */
public final class AssignmentFootprint {
  private AssignmentFootprint() {}

  /** Entry point: optional arguments visits and inspectors (default 10,000 and 2,000). */
  public static void main(String[] args) {
    int visits = args.length > 0 ? Integer.parseInt(args[0]) : AssignmentBenchmark.VISITS;
    int inspectors = args.length > 1 ? Integer.parseInt(args[1])
        : AssignmentBenchmark.INSPECTORS;
    long base = used();
    AssignmentScenario s = AssignmentScenario.province(AssignmentBenchmark.SCENARIO_SEED,
        inspectors, visits);
    long inputs = used() - base;
    System.out.printf(Locale.ROOT, "scenario: %,d visits (%,d needing an expert), %,d inspectors"
        + " (%,d experts, %,d with a declared conflict)%n", visits, s.visitsNeedingExpert,
        inspectors, s.experts, s.conflicts);
    System.out.printf(Locale.ROOT, "inputs retained: %,.1f MiB%n", inputs / 1048576.0);
    used();
    resetPeaks();
    long t0 = System.nanoTime();
    AssignmentOutcome o = AssignmentBenchmark.assignOnce(s);
    long cold = System.nanoTime() - t0;
    long peak = peak();
    AssignmentRecord r = ((AssignmentOutcome.Assigned) o).record();
    long withRecord = used() - base;
    int members = r.visits().stream().mapToInt(v -> v.team().size()).sum();
    System.out.printf(Locale.ROOT, "first (cold) assignment: %,d ms; %,d team places%n",
        cold / 1_000_000, members);
    System.out.printf(Locale.ROOT, "peak heap during the first assignment (all pools, inputs"
        + " included): %,.1f MiB%n", peak / 1048576.0);
    System.out.printf(Locale.ROOT, "record retained: %,.1f MiB (inputs + record %,.1f MiB);"
        + " record JSON %,d bytes%n", (withRecord - inputs) / 1048576.0,
        withRecord / 1048576.0, r.toJson().length());
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      AssignmentBenchmark.assignOnce(s);
      best = Math.min(best, System.nanoTime() - t);
    }
    System.out.printf(Locale.ROOT, "best of 5 warm assignments: %,d ms%n", best / 1_000_000);
  }

  private static long used() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
