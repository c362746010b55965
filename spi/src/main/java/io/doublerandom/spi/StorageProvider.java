package io.doublerandom.spi;

import java.util.Map;

/**
 * Opens a {@link Storage} from configuration. Registering a provider explicitly (on the core
 * library's {@code StorageBuilder}) is the primary way; a provider may also be listed in {@code
 * META-INF/services/io.doublerandom.spi.StorageProvider} for {@link java.util.ServiceLoader}
 * discovery, which a caller must ask for ({@code StorageBuilder.discover()}): nothing on the class
 * path is picked up silently.
 */
public interface StorageProvider {
  /** The provider's name, for example {@code "in-memory"} or {@code "jdbc"}. */
  String name();

  /**
   * Opens a storage.
   *
   * @param config provider-specific settings (for {@code jdbc}: {@code url}, {@code user}, {@code
   *     password}); unknown keys are an error naming them
   * @throws IllegalArgumentException naming the key and value of a bad setting
   */
  Storage open(Map<String, String> config);
}
