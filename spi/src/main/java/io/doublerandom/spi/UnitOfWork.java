package io.doublerandom.spi;

/**
 * Work done inside one transaction of a {@link Storage}: everything it writes through the given
 * {@link Stores} commits together when it returns, or not at all when it throws.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface UnitOfWork<T> {
  /** Does the work. */
  T run(Stores stores);
}
