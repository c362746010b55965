package io.doublerandom.jdbc;

import io.doublerandom.ledger.Recorder;
import io.doublerandom.spi.DirectoryKind;
import io.doublerandom.spi.DirectoryMember;
import io.doublerandom.storage.Snapshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;

/**
 * The child JVM {@link CrashSafetyTest} kills with SIGKILL: it draws tasks one after another
 * ({@code draw}) or imports a large snapshot after a small one ({@code import}) into an H2 file,
 * printing a line after each step so the parent knows when to kill it.
 */
final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    String mode = args[0];
    try (JdbcStorage storage = JdbcStorage.h2File(Path.of(args[1]))) {
      if (mode.equals("draw")) {
        Recorder r = Recorder.of(storage);
        for (int i = 0; ; i++) {
          r.draw(MutationDetectionTest.StorageContractFixtures.fixture("T-" + i, i), 0,
              Instant.parse("2024-08-13T09:30:00Z"));
          System.out.println("drawn " + i);
          System.out.flush();
        }
      }
      Snapshots.importMembers(storage, DirectoryKind.ENTITIES, members(1_000, false));
      System.out.println("small committed");
      System.out.flush();
      Snapshots.importMembers(storage, DirectoryKind.ENTITIES, members(50_000_000, true));
      System.out.println("large committed (should have been killed)");
    }
  }

  private static Iterator<DirectoryMember> members(int n, boolean report) {
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public DirectoryMember next() {
        if (report && i % 10_000 == 0) {
          System.out.println("batch " + i / 10_000);
          System.out.flush();
        }
        String id = String.format("M%09d", i++);
        return new DirectoryMember(id, ("{\"id\":\"" + id + "\"}")
            .getBytes(StandardCharsets.UTF_8));
      }
    };
  }
}
