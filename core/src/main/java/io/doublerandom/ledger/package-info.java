/**
 * The ledger's rules on any storage: verified reads of the hash-chained ledger ({@link
 * io.doublerandom.ledger.Ledger}), checked records ({@link io.doublerandom.ledger.Records}), the
 * unit of work that records a draw, redraw, replacement, assignment or publication with its
 * ledger entry and task status ({@link io.doublerandom.ledger.Recorder}), the redraw reasons
 * ({@link io.doublerandom.ledger.RedrawReason}) and the exported ledger file ({@link
 * io.doublerandom.ledger.LedgerFile}). See docs/storage.md.
 */
package io.doublerandom.ledger;
