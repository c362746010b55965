/**
 * The storage SPI on a database: {@link io.doublerandom.jdbc.JdbcStorage} (embedded H2 file by
 * default, PostgreSQL in production) and its {@link io.doublerandom.jdbc.JdbcStorageProvider}.
 * See docs/storage.md.
 */
package io.doublerandom.jdbc;
