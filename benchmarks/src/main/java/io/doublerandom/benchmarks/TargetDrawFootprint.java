package io.doublerandom.benchmarks;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.StreamingSelection;
import io.doublerandom.draw.TargetDraw;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Measures the live heap of the draws of {@link TargetDrawBenchmark}, which JMH does not report:
 * the heap in use right after a full collection ({@link MemoryMXBean}), sampled at the points
 * where each method holds the most. The streaming draw is sampled every 1,000,000 candidates and
 * the largest sample is reported; the naive shuffle and the population digest pass after storing
 * every candidate and again after their work, with the input still referenced. The figures are
 * differences from the heap in use before the run.
 *
 * <p>Run, for example: {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * io.doublerandom.benchmarks.TargetDrawFootprint stream 10000000}. Modes: {@code stream}, {@code
 * ids} (the id/label offer), {@code naive}, {@code digest}, and {@code check}, which compares the
 * streaming selection with {@link TargetDraw#draw} on the same synthetic population (a manifest of
 * ratio 0.01 rounded up, 3 alternates) and prints whether they are identical.
 *
 * <p>Mode {@code cpu N R} times each draw of {@link TargetDrawBenchmark} R times (after five
 * warm-up runs each) by the CPU time of the drawing thread ({@link
 * ThreadMXBean#getCurrentThreadCpuTime()}) as well as by the wall clock, and prints the median
 * candidates per second of each: on a shared machine the CPU-time rate is what one core does,
 * the wall-clock rate what the thread got. Garbage-collector threads are not in the CPU time.
 */
public final class TargetDrawFootprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final long SAMPLE_EVERY = 1_000_000;
  private static final int WARM_UP_RUNS = 5;

  private TargetDrawFootprint() {}

  /**
   * Runs one mode.
   *
   * @param args the mode ({@code stream}, {@code ids}, {@code naive}, {@code digest} or {@code
   *     check}) and the number of candidates (default 10,000,000)
   */
  public static void main(String[] args) throws InterruptedException {
    String mode = args.length > 0 ? args[0] : "stream";
    long n = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    long base = DirectoryFootprint.usedAfterGc();
    System.out.printf(Locale.ROOT, "%s over %,d candidates, max heap %,d MiB, baseline used %s%n",
        mode, n, Runtime.getRuntime().maxMemory() >> 20, mib(base));
    long t0 = System.nanoTime();
    switch (mode) {
      case "stream", "ids" -> stream(n, mode.equals("ids"), base);
      case "naive" -> naive(n, base);
      case "digest" -> digest(n, base);
      case "check" -> check(n);
      case "cpu" -> cpu(n, args.length > 2 ? Integer.parseInt(args[2]) : 5);
      default -> throw new IllegalArgumentException("mode must be stream, ids, naive, digest,"
          + " check or cpu: " + mode);
    }
    System.out.printf(Locale.ROOT, "elapsed %.1f s (including the collections for sampling)%n",
        (System.nanoTime() - t0) / 1e9);
  }

  private static void stream(long n, boolean ids, long base) throws InterruptedException {
    StreamingSelection s = StreamingSelection.of(TargetDrawBenchmark.SEED,
        TargetDrawBenchmark.KEY_STREAM, SyntheticCandidates.onePercent(n),
        TargetDrawBenchmark.ALTERNATES);
    SyntheticCandidates it = new SyntheticCandidates(n);
    long max = 0;
    for (long i = 1; it.hasNext(); i++) {
      if (ids) {
        String id = it.nextId();
        s.offer(id, it.lastStratum());
      } else {
        s.offer(it.next());
      }
      if (i % SAMPLE_EVERY == 0) {
        max = Math.max(max, DirectoryFootprint.usedAfterGc() - base);
      }
    }
    List<DrawRecord.StratumDraw> result = s.result();
    long after = DirectoryFootprint.usedAfterGc() - base;
    int selected = result.stream().mapToInt(r -> r.selected().size()).sum();
    System.out.printf(Locale.ROOT, "selected %,d; live heap during the stream: max %s over %d"
        + " samples; with the result: %s%n", selected, mib(max), n / SAMPLE_EVERY, mib(after));
    Reference.reachabilityFence(s);
  }

  private static void naive(long n, long base) throws InterruptedException {
    Candidate[] all = TargetDrawBenchmark.store(n);
    long stored = DirectoryFootprint.usedAfterGc() - base;
    List<Candidate> selected = TargetDrawBenchmark.shuffleAndTake(all, n);
    long after = DirectoryFootprint.usedAfterGc() - base;
    System.out.printf(Locale.ROOT, "selected %,d; live heap with every candidate stored: %s"
        + " (%.0f bytes per candidate); after shuffling and taking the sample: %s%n",
        selected.size(), mib(stored), (double) stored / n, mib(after));
    Reference.reachabilityFence(all);
  }

  private static void digest(long n, long base) throws InterruptedException {
    List<Candidate> all = new ArrayList<>(Math.toIntExact(n));
    new SyntheticCandidates(n).forEachRemaining(all::add);
    long stored = DirectoryFootprint.usedAfterGc() - base;
    Population p = Population.of(all);
    long after = DirectoryFootprint.usedAfterGc() - base;
    System.out.printf(Locale.ROOT, "digest %s; live heap with every candidate stored: %s"
        + " (%.0f bytes per candidate); plus the population: %s (its transient duplicate-check"
        + " set is not in this sample)%n", p.digest(), mib(stored), (double) stored / n,
        mib(after));
    Reference.reachabilityFence(all);
  }

  private static void check(long n) {
    List<Candidate> all = new ArrayList<>(Math.toIntExact(n));
    new SyntheticCandidates(n).forEachRemaining(all::add);
    Population p = Population.of(all);
    DrawDesign design = DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.01"))
        .withAlternates(TargetDrawBenchmark.ALTERNATES);
    Manifest m = Manifest.create(TargetDrawBenchmark.KEY_STREAM, design, SeedPlan.recorded(), p);
    SeedSource.Recorded source = new SeedSource.Recorded(
        hex(TargetDrawBenchmark.SEED));
    DrawRecord record = TargetDraw.draw(m, source, p);
    byte[] seed = source.seed(m);
    List<DrawRecord.StratumDraw> streamed = StreamingSelection.forManifest(m, seed)
        .offerAll(new SyntheticCandidates(n)).result();
    boolean same = streamed.equals(record.strata());
    System.out.printf(Locale.ROOT, "streaming selection %s TargetDraw.draw (%d strata, %,d"
        + " selected)%n", same ? "identical to" : "DIFFERS FROM", streamed.size(),
        streamed.stream().mapToInt(s -> s.selected().size()).sum());
    if (!same) {
      throw new IllegalStateException("streaming selection differs from TargetDraw.draw");
    }
  }

  private static void cpu(long n, int runs) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, LongFunction<Object>> draws = new LinkedHashMap<>();
    draws.put("streamIds", TargetDrawBenchmark::streamIds);
    draws.put("stream", TargetDrawBenchmark::stream);
    draws.put("naiveShuffle", TargetDrawBenchmark::naiveShuffle);
    draws.put("populationDigest", TargetDrawBenchmark::populationDigest);
    for (Map.Entry<String, LongFunction<Object>> d : draws.entrySet()) {
      for (int w = 0; w < WARM_UP_RUNS; w++) {
        Reference.reachabilityFence(d.getValue().apply(n));
      }
      double[] cpu = new double[runs];
      double[] wall = new double[runs];
      for (int r = 0; r < runs; r++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        Object result = d.getValue().apply(n);
        long w1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        Reference.reachabilityFence(result);
        cpu[r] = n / ((c1 - c0) / 1e9);
        wall[r] = n / ((w1 - w0) / 1e9);
      }
      Arrays.sort(cpu);
      Arrays.sort(wall);
      System.out.printf(Locale.ROOT, "%-17s %,12.0f candidates per CPU-second (min %,.0f, max"
          + " %,.0f); %,12.0f per wall-clock second%n", d.getKey(), cpu[runs / 2], cpu[0],
          cpu[runs - 1], wall[runs / 2]);
    }
  }

  static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format(Locale.ROOT, "%02x", x));
    }
    return s.toString();
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
