package io.doublerandom.benchmarks;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.DrawLedger;
import io.doublerandom.draw.EntityCandidates;
import io.doublerandom.draw.Population;
import io.doublerandom.jdbc.JdbcStorage;
import io.doublerandom.ledger.Ledger;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.spi.SnapshotInfo;
import io.doublerandom.spi.Storage;
import io.doublerandom.storage.Snapshots;
import io.doublerandom.storage.StorageBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A timed end-to-end harness of the storage (docs/performance.md, "Storage"): for the in-memory
 * storage, an embedded H2 file and PostgreSQL ({@code DOUBLERANDOM_PG_URL}, if set; its database
 * is emptied), it bulk-imports {@code n} synthetic entities as a snapshot (digest included), reads
 * the snapshot back as a draw population (digest rechecked), and appends ledger entries one unit
 * of work each.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar io.doublerandom.benchmarks.StorageHarness 1000000 2000
 * }</pre>
 *
 * <p>Timings use {@link System#nanoTime()}: this harness measures, it decides nothing.
 */
public final class StorageHarness {
  private StorageHarness() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int appends = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    List<MarketEntity> entities = SyntheticDirectory.generate(n, 20240813L);
    System.out.printf("entities: %,d%n", n);
    run("in-memory", StorageBuilder.inMemory(), entities, appends);
    Path dir = Files.createTempDirectory("doublerandom-bench-");
    run("H2 file", JdbcStorage.h2File(dir.resolve("db")), entities, appends);
    String pg = System.getenv("DOUBLERANDOM_PG_URL");
    if (pg != null && !pg.isBlank()) {
      try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA public CASCADE");
        s.execute("CREATE SCHEMA public");
      }
      run("PostgreSQL", JdbcStorage.open(pg, null, null), entities, appends);
    } else {
      System.out.println("PostgreSQL: skipped (DOUBLERANDOM_PG_URL not set)");
    }
  }

  private static void run(String name, Storage storage, List<MarketEntity> entities,
      int appends) {
    try (storage) {
      long t0 = System.nanoTime();
      SnapshotInfo info = Snapshots.importEntities(storage, entities.iterator());
      long t1 = System.nanoTime();
      List<Candidate> candidates = new ArrayList<>(entities.size());
      Snapshots.forEachEntity(storage, info.digest(),
          e -> candidates.add(EntityCandidates.candidate(e)));
      Population population = Population.of(candidates);
      long t2 = System.nanoTime();
      DrawLedger ledger = Ledger.of(storage).drawLedger();
      Instant at = Instant.parse("2024-08-13T09:30:00Z");
      for (int i = 0; i < appends; i++) {
        ledger.append(DrawAttempt.failed("T-" + (i % 500), "", "reveal " + i + " rejected",
            at));
      }
      long t3 = System.nanoTime();
      int verified = Ledger.of(storage).entries().size();
      long t4 = System.nanoTime();
      System.out.printf("%s: import %,d entities %.1f s (%,.0f/s); read back as population of "
              + "%,d %.1f s (%,.0f/s); %,d ledger appends %.1f s (%,.0f/s); verify %,d entries "
              + "%.2f s%n", name, info.count(), sec(t0, t1), info.count() / sec(t0, t1),
          population.size(), sec(t1, t2), population.size() / sec(t1, t2), appends,
          sec(t2, t3), appends / sec(t2, t3), verified, sec(t3, t4));
    }
  }

  private static double sec(long from, long to) {
    return (to - from) / 1e9;
  }
}
