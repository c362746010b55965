/**
 * The provider interfaces an integrator implements: the clock and the working-day calendar,
 * and storage (more stores and gateways join as the campaign lands). Each has a default in
 * {@code doublerandom-core}, and a contract test suite in {@code doublerandom-testkit}.
 *
 * <p>Entry points: {@link io.doublerandom.spi.Clock}, {@link
 * io.doublerandom.spi.WorkingDayCalendar}; storage: {@link io.doublerandom.spi.StorageProvider},
 * {@link io.doublerandom.spi.Storage} and its {@link io.doublerandom.spi.Stores} (ledger, records,
 * task statuses, checklists, directory snapshots), described in docs/storage.md.
 */
package io.doublerandom.spi;
