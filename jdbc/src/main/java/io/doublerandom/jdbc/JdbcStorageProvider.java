package io.doublerandom.jdbc;

import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StorageProvider;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code jdbc} storage provider, for explicit registration or {@link java.util.ServiceLoader}
 * discovery. Settings: {@code url} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}), {@code user},
 * {@code password}; or {@code h2-file} (a path) for an embedded H2 file, the default when neither
 * is given ({@code ./doublerandom}).
 */
public final class JdbcStorageProvider implements StorageProvider {
  private static final Set<String> KEYS = Set.of("url", "user", "password", "h2-file");

  /** For {@link java.util.ServiceLoader}. */
  public JdbcStorageProvider() {}

  @Override
  public String name() {
    return "jdbc";
  }

  @Override
  public Storage open(Map<String, String> config) {
    Set<String> unknown = new TreeSet<>(config.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown jdbc storage settings " + unknown
          + " (known: h2-file, password, url, user)");
    }
    if (config.containsKey("url") && config.containsKey("h2-file")) {
      throw new IllegalArgumentException("give url or h2-file, not both");
    }
    if (config.containsKey("url")) {
      return JdbcStorage.open(config.get("url"), config.get("user"), config.get("password"));
    }
    return JdbcStorage.h2File(Path.of(config.getOrDefault("h2-file", "doublerandom")));
  }
}
