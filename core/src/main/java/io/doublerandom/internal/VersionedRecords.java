package io.doublerandom.internal;

import io.doublerandom.spi.VersionConflictException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A thread-safe in-memory table of versioned records keyed by a string id, with the optimistic
 * concurrency every store of the library promises: a new record is saved with version 1, a change
 * with the stored version + 1, the stored record itself is a no-op, and anything else throws
 * {@link VersionConflictException} with nothing written. Iteration is in id order (a {@link
 * TreeMap}), never hash order.
 *
 * @param <T> the record type
 */
public final class VersionedRecords<T> {
  private final String kind;
  private final Function<T, String> id;
  private final ToLongFunction<T> version;
  private final TreeMap<String, T> rows = new TreeMap<>();

  /**
   * @param kind the record kind named in conflicts (for example {@code "result"})
   * @param id the record's id
   * @param version the record's version
   */
  public VersionedRecords(String kind, Function<T, String> id, ToLongFunction<T> version) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** The record {@code key}, if stored. */
  public synchronized Optional<T> find(String key) {
    return Optional.ofNullable(rows.get(key));
  }

  /** The records that match, in id order. */
  public synchronized List<T> where(Predicate<? super T> filter) {
    return rows.values().stream().filter(filter).toList();
  }

  /** Every record, in id order. */
  public synchronized List<T> all() {
    return List.copyOf(rows.values());
  }

  /**
   * Saves {@code record} under the optimistic-concurrency rule.
   *
   * @return the stored record
   * @throws VersionConflictException if its version is not the next one
   */
  public synchronized T save(T record) {
    Objects.requireNonNull(record, kind);
    String key = id.apply(record);
    long v = version.applyAsLong(record);
    T stored = rows.get(key);
    if (stored == null) {
      if (v != 1) {
        throw new VersionConflictException(kind, key, v - 1, 0);
      }
    } else if (stored.equals(record)) {
      return stored;
    } else if (v != version.applyAsLong(stored) + 1) {
      throw new VersionConflictException(kind, key, v - 1, version.applyAsLong(stored));
    }
    rows.put(key, record);
    return record;
  }
}
