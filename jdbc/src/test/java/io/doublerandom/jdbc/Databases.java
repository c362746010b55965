package io.doublerandom.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Where the tests' databases are: a fresh H2 file in a temporary directory, and the PostgreSQL
 * server named by the environment variable {@code DOUBLERANDOM_PG_URL} (README, "PostgreSQL").
 * Without it, or with a server that cannot be reached, the PostgreSQL tests fail when {@code
 * CI=true} and are skipped otherwise, saying so.
 */
final class Databases {
  static final String PG_ENV = "DOUBLERANDOM_PG_URL";

  private Databases() {}

  static JdbcStorage freshH2() {
    try {
      Path dir = Files.createTempDirectory("doublerandom-h2-");
      dir.toFile().deleteOnExit();
      return JdbcStorage.h2File(dir.resolve("db"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Optional<String> pgUrl() {
    return Optional.ofNullable(System.getenv(PG_ENV)).filter(s -> !s.isBlank());
  }

  /** The PostgreSQL URL; fails in CI and skips elsewhere when there is no reachable server. */
  static String requirePg() {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    Optional<String> url = pgUrl();
    String problem = null;
    if (url.isEmpty()) {
      problem = PG_ENV + " is not set";
    } else {
      try (Connection c = DriverManager.getConnection(url.get())) {
        c.isValid(5);
      } catch (SQLException e) {
        problem = "PostgreSQL at " + PG_ENV + " cannot be reached: " + e.getMessage();
      }
    }
    if (problem != null) {
      if (ci) {
        throw new AssertionError("CI=true and " + problem
            + "; .ci/run starts a server and sets it (README, PostgreSQL)");
      }
      System.err.println("SKIPPING the PostgreSQL storage tests: " + problem
          + " (set it as README says to run them)");
      assumeTrue(false, "PostgreSQL tests skipped outside CI: " + problem);
    }
    return url.get();
  }

  /** An empty PostgreSQL storage: every table of the test database is dropped first. */
  static JdbcStorage freshPg() {
    String url = requirePg();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the PostgreSQL test database: "
          + e.getMessage(), e);
    }
    return JdbcStorage.open(url, null, null);
  }
}
