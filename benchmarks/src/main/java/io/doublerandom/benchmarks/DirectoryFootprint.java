package io.doublerandom.benchmarks;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap an entity directory takes: builds {@code N} synthetic entities (first
 * argument, default 3,000,000) and prints the used heap per entity, measured after repeated
 * garbage collections, for (a) the list of entities as read, (b) the {@link EntityDirectory}
 * built from it (entities with repeated values shared, plus indexes), and (c) the directory's
 * entities alone, so that (b) − (c) is the cost of the indexes.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * io.doublerandom.benchmarks.DirectoryFootprint 3000000}
 */
public final class DirectoryFootprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private DirectoryFootprint() {}

  /** Settles the heap with repeated collections and returns the used bytes. */
  static long usedAfterGc() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    long used = 0;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(100);
      used = MEMORY.getHeapMemoryUsage().getUsed();
      if (i >= 3 && Math.abs(previous - used) < 1 << 20) {
        break;
      }
      previous = used;
    }
    return used;
  }

  /**
   * Prints the figures.
   *
   * @param args the number of entities, default 3,000,000
   */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
    System.out.printf("entities: %,d (seed %d)%n", n, SyntheticDirectory.SEED);
    long base = usedAfterGc();

    long t0 = System.nanoTime();
    List<MarketEntity> entities = SyntheticDirectory.generate(n, SyntheticDirectory.SEED);
    long t1 = System.nanoTime();
    long afterList = usedAfterGc();

    long t2 = System.nanoTime();
    EntityDirectory directory = EntityDirectory.of(entities);
    long t3 = System.nanoTime();
    entities = null;
    long afterDirectory = usedAfterGc();

    EntityQuery q = EntityQuery.builder().addRegions(RegionCode.of("140100"))
        .addRiskClasses("C", "D").build();
    long t4 = System.nanoTime();
    int matched = directory.count(q);
    long t5 = System.nanoTime();

    List<MarketEntity> canonical = new ArrayList<>(directory.all());
    int size = directory.size();
    directory = null;
    long afterCanonical = usedAfterGc();
    Reference.reachabilityFence(canonical);

    System.out.printf("generate: %.1f s, EntityDirectory.of: %.1f s, one count query"
        + " (prefecture 140100, general class C or D -> %,d): %.2f ms%n",
        (t1 - t0) / 1e9, (t3 - t2) / 1e9, matched, (t5 - t4) / 1e6);
    System.out.printf("(a) list of MarketEntity as generated : %,6.0f bytes/entity (%,d MiB)%n",
        (double) (afterList - base) / n, (afterList - base) >> 20);
    System.out.printf("(b) EntityDirectory with indexes      : %,6.0f bytes/entity (%,d MiB)%n",
        (double) (afterDirectory - base) / n, (afterDirectory - base) >> 20);
    System.out.printf("(c) the directory's entities alone    : %,6.0f bytes/entity (%,d MiB)%n",
        (double) (afterCanonical - base) / n, (afterCanonical - base) >> 20);
    System.out.printf("    indexes, (b) - (c)                : %,6.0f bytes/entity%n",
        (double) (afterDirectory - afterCanonical) / size);
  }
}
