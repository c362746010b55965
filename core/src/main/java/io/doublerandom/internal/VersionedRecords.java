package io.doublerandom.internal;

import io.doublerandom.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The optimistic-concurrency rule every in-memory store of versioned records shares, with every
 * version kept: saving version {@code v} needs version {@code v - 1} stored (nothing for {@code v =
 * 1}); saving content equal to the stored version (with the stored version number or the next
 * one) is a no-op; anything else is a {@link VersionConflictException}. Thread-safe (one lock);
 * ids iterate in their natural (UTF-16) order, never in hash order.
 *
 * @param <T> the record type
 */
public final class VersionedRecords<T> {
  private final String kind;
  private final Function<T, String> id;
  private final ToLongFunction<T> version;
  private final BiFunction<T, Long, T> withVersion;
  private final Map<String, List<T>> versions = new TreeMap<>();

  /**
   * @param kind the record kind named in conflicts, for example {@code "plan"}
   * @param id the record's id
   * @param version the record's version
   * @param withVersion the record with another version number and otherwise the same content
   */
  public VersionedRecords(String kind, Function<T, String> id, ToLongFunction<T> version,
      BiFunction<T, Long, T> withVersion) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.withVersion = Objects.requireNonNull(withVersion, "withVersion");
  }

  /** What {@link #save} decided. */
  public enum Outcome {
    /** A new version was stored. */
    STORED,
    /** The content equals the stored version; nothing was written. */
    UNCHANGED
  }

  /** The stored record and what the save did. */
  public record Saved<T>(T record, Outcome outcome) {}

  /**
   * Saves {@code next} with the rule above; {@code beforeStore} runs under the lock just before a
   * new version is stored (for extra checks such as unique numbers) and may throw to refuse it.
   */
  public synchronized Saved<T> save(T next, java.util.function.Consumer<T> beforeStore) {
    Objects.requireNonNull(next, kind);
    String key = id.apply(next);
    long v = version.applyAsLong(next);
    List<T> history = versions.get(key);
    T current = history == null ? null : history.get(history.size() - 1);
    long stored = current == null ? 0 : version.applyAsLong(current);
    if (current != null && withVersion.apply(next, stored).equals(current)) {
      return new Saved<>(current, Outcome.UNCHANGED);
    }
    if (v != stored + 1) {
      throw new VersionConflictException(kind, key, v - 1, stored);
    }
    beforeStore.accept(next);
    versions.computeIfAbsent(key, k -> new ArrayList<>()).add(next);
    return new Saved<>(next, Outcome.STORED);
  }

  /** The current version of the record with this id. */
  public synchronized Optional<T> find(String key) {
    List<T> history = versions.get(key);
    return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** One version of the record with this id. */
  public synchronized Optional<T> find(String key, long v) {
    List<T> history = versions.get(key);
    if (history == null || v < 1 || v > history.size()) {
      return Optional.empty();
    }
    return Optional.of(history.get((int) v - 1));
  }

  /** Every version, oldest first. */
  public synchronized List<T> history(String key) {
    List<T> history = versions.get(key);
    return history == null ? List.of() : List.copyOf(history);
  }

  /** The current version of every record, in id order. */
  public synchronized List<T> all() {
    List<T> all = new ArrayList<>(versions.size());
    versions.values().forEach(h -> all.add(h.get(h.size() - 1)));
    return List.copyOf(all);
  }
}
