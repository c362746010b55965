/**
 * Choosing a storage ({@link io.doublerandom.storage.StorageBuilder}; the in-memory storage is the
 * default) and importing and reading directory snapshots ({@link
 * io.doublerandom.storage.Snapshots}). See docs/storage.md.
 */
package io.doublerandom.storage;
