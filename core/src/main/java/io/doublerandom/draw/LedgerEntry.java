package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

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

  /**
   * The entry at {@code sequence} after {@code previousHash}, with its hash computed: for ledgers
   * kept outside this package (io.doublerandom.ledger).
   */
  public static LedgerEntry of(long sequence, String previousHash, DrawAttempt attempt) {
    return create(sequence, Codec.hash("previous hash", previousHash), attempt);
  }

  /** Recomputes the hash of the entry's content (for chain checks). */
  public String recomputeHash() {
    return computeHash(sequence, previousHash, attempt);
  }

  /**
   * The entry's canonical bytes: the bytes whose SHA-256 is its hash (docs/draw-spec.md section
   * 12), which stores keep and exported ledgers carry.
   */
  public byte[] canonicalBytes() {
    return canonicalBytes(sequence, previousHash, attempt);
  }

  static String computeHash(long sequence, String previousHash, DrawAttempt a) {
    return Codec.hex(Codec.sha256(canonicalBytes(sequence, previousHash, a)));
  }

  private static byte[] canonicalBytes(long sequence, String previousHash, DrawAttempt a) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256);
    out.writeBytes(Codec.encoded("doublerandom/ledger/v1"));
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (sequence >>> shift));
    }
    out.writeBytes(Codec.unhex("previous hash", previousHash, 32));
    for (String field : new String[] {a.task(), a.outcome().token(), time(a.at()),
        a.manifestHash(), a.seed(), a.recordHash(), a.reason()}) {
      out.writeBytes(Codec.encoded(field));
    }
    return out.toByteArray();
  }

  /** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC. */
  static String time(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }
}
