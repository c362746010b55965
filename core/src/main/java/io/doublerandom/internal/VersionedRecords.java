package io.doublerandom.internal;

import io.doublerandom.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A thread-safe in-memory table of versioned records keyed by a string id, with the optimistic
 * concurrency every store of the library promises, and every version kept: saving version {@code
 * v} needs version {@code v - 1} stored (nothing for {@code v = 1}); saving content equal to the
 * stored version (with the stored version number or, when the table knows how to renumber a
 * record, the next one) is a no-op; anything else is a {@link VersionConflictException} with
 * nothing written. Ids iterate in their natural (UTF-16) order ({@link TreeMap}), never in hash
 * order.
 *
 * <p>(The plan and the result branches each brought a table of this name; this one offers both
 * their methods with the same rule.)
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
   * A table whose no-op test is plain equality with the stored record.
   *
   * @param kind the record kind named in conflicts (for example {@code "result"})
   * @param id the record's id
   * @param version the record's version
   */
  public VersionedRecords(String kind, Function<T, String> id, ToLongFunction<T> version) {
    this(kind, id, version, (t, v) -> t);
  }

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
   * Saves {@code record} under the optimistic-concurrency rule.
   *
   * @return the stored record
   * @throws VersionConflictException if its version is not the next one
   */
  public T save(T record) {
    return save(record, r -> { }).record();
  }

  /**
   * Saves {@code next} with the rule above; {@code beforeStore} runs under the lock just before a
   * new version is stored (for extra checks such as unique numbers) and may throw to refuse it.
   */
  public synchronized Saved<T> save(T next, Consumer<T> beforeStore) {
    Objects.requireNonNull(next, kind);
    String key = id.apply(next);
    long v = version.applyAsLong(next);
    List<T> history = versions.get(key);
    T current = history == null ? null : history.get(history.size() - 1);
    long stored = current == null ? 0 : version.applyAsLong(current);
    if (current != null && (current.equals(next)
        || withVersion.apply(next, stored).equals(current))) {
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

  /** The current version of every record that matches, in id order. */
  public synchronized List<T> where(Predicate<? super T> filter) {
    List<T> out = new ArrayList<>();
    for (List<T> h : versions.values()) {
      T current = h.get(h.size() - 1);
      if (filter.test(current)) {
        out.add(current);
      }
    }
    return List.copyOf(out);
  }

  /** The current version of every record, in id order. */
  public synchronized List<T> all() {
    return where(t -> true);
  }
}
