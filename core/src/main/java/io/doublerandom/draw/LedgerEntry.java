package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * An entry of the hash-chained draw ledger: an attempt, its position, the hash of the entry
 * before it and its own hash (docs/draw-spec.md, "Ledger").
 *
 * @param sequence the position, from 0
 * @param previousHash the hash of the entry before, or 64 zeros for the first entry
 * @param attempt the attempt recorded
 * @param hash this entry's hash
 */
public record LedgerEntry(long sequence, String previousHash, DrawAttempt attempt, String hash) {
  /** The previous hash of the first entry: 32 zero bytes. */
  public static final String GENESIS = "0".repeat(64);

  /** The entry at {@code sequence} after {@code previousHash}, with its hash computed. */
  static LedgerEntry create(long sequence, String previousHash, DrawAttempt attempt) {
    return new LedgerEntry(sequence, previousHash, attempt,
        computeHash(sequence, previousHash, attempt));
  }

  /** Recomputes the hash of the entry's content (for chain checks). */
  public String recomputeHash() {
    return computeHash(sequence, previousHash, attempt);
  }

  static String computeHash(long sequence, String previousHash, DrawAttempt a) {
    MessageDigest md = Codec.sha256();
    Codec.str(md, "doublerandom/ledger/v1");
    Codec.u64(md, sequence);
    md.update(Codec.unhex("previous hash", previousHash, 32));
    Codec.str(md, a.task());
    Codec.str(md, a.outcome().token());
    Codec.str(md, time(a.at()));
    Codec.str(md, a.manifestHash());
    Codec.str(md, a.seed());
    Codec.str(md, a.recordHash());
    Codec.str(md, a.reason());
    return Codec.hex(md.digest());
  }

  /** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC. */
  static String time(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }
}
