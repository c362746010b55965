package io.doublerandom.storage;

import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StorageProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Chooses the {@link Storage} the SDK writes to. Explicit registration comes first: {@link
 * #storage} (an opened storage) or {@link #provider} (a provider and its settings). {@link
 * #discover} opts in to {@link ServiceLoader} discovery of a provider by name. With nothing
 * configured, {@link #build} returns a new in-memory storage.
 *
 * <pre>{@code
 * Storage storage = StorageBuilder.create().build();                  // in memory
 * Storage h2 = StorageBuilder.create()
 *     .discover("jdbc", Map.of("url", "jdbc:h2:file:./doublerandom"))  // doublerandom-jdbc
 *     .build();
 * }</pre>
 */
public final class StorageBuilder {
  private Storage storage;
  private StorageProvider provider;
  private String discover;
  private Map<String, String> config = Map.of();

  private StorageBuilder() {}

  /** A builder with nothing configured. */
  public static StorageBuilder create() {
    return new StorageBuilder();
  }

  /** A new, empty, thread-safe in-memory storage. */
  public static Storage inMemory() {
    return new InMemoryStorage();
  }

  /** Uses this storage. */
  public StorageBuilder storage(Storage storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
    return this;
  }

  /** Opens the storage with this provider and settings. */
  public StorageBuilder provider(StorageProvider provider, Map<String, String> config) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.config = Map.copyOf(config);
    return this;
  }

  /** Opts in to discovering the provider named {@code name} on the class path. */
  public StorageBuilder discover(String name, Map<String, String> config) {
    this.discover = Objects.requireNonNull(name, "name");
    this.config = Map.copyOf(config);
    return this;
  }

  /**
   * The storage configured.
   *
   * @throws IllegalStateException if more than one way was configured, or discovery finds no
   *     provider, or more than one, of that name
   */
  public Storage build() {
    int ways = (storage != null ? 1 : 0) + (provider != null ? 1 : 0) + (discover != null ? 1 : 0);
    if (ways > 1) {
      throw new IllegalStateException("configure one of storage(), provider() and discover(), "
          + "not " + ways);
    }
    if (storage != null) {
      return storage;
    }
    if (provider != null) {
      return provider.open(config);
    }
    if (discover != null) {
      return discovered(discover).open(config);
    }
    return inMemory();
  }

  /** The providers {@link ServiceLoader} finds, by name in class-path order. */
  public static Map<String, StorageProvider> discoverable() {
    Map<String, StorageProvider> out = new LinkedHashMap<>();
    for (StorageProvider p : ServiceLoader.load(StorageProvider.class)) {
      out.putIfAbsent(p.name(), p);
    }
    return out;
  }

  private static StorageProvider discovered(String name) {
    List<StorageProvider> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (StorageProvider p : ServiceLoader.load(StorageProvider.class)) {
      names.add(p.name());
      if (p.name().equals(name)) {
        found.add(p);
      }
    }
    if (found.size() != 1) {
      throw new IllegalStateException((found.isEmpty() ? "no" : found.size()) + " storage "
          + "provider named '" + name + "' on the class path (found: " + names + ")");
    }
    return found.get(0);
  }
}
