package io.doublerandom.spi;

import java.util.Objects;

/**
 * The head of a ledger: the sequence number and hash of its last entry. This pair is what gets
 * published (with each publication), so that anyone holding it can tell whether the ledger's tail
 * was later cut off or rewritten. An empty ledger's head is {@link #EMPTY}: sequence -1 and 64
 * zeros, the {@code previousHash} of entry 0.
 *
 * @param sequence the sequence number of the last entry, or -1 for an empty ledger
 * @param hash the hash of the last entry (64 lowercase hex digits), or 64 zeros when empty
 */
public record LedgerHead(long sequence, String hash) {
  /** The previous hash of entry 0, and the hash of an empty ledger's head. */
  public static final String GENESIS = "0".repeat(64);

  /** The head of an empty ledger. */
  public static final LedgerHead EMPTY = new LedgerHead(-1, GENESIS);

  /** Validates: sequence at least -1, the hash 64 lowercase hex digits, zeros when empty. */
  public LedgerHead {
    Objects.requireNonNull(hash, "hash");
    if (sequence < -1) {
      throw new IllegalArgumentException("ledger head sequence must be -1 or more, got "
          + sequence);
    }
    if (!isHash(hash)) {
      throw new IllegalArgumentException(
          "ledger head hash must be 64 lowercase hex digits, got '" + hash + "'");
    }
    if (sequence == -1 && !hash.equals(GENESIS)) {
      throw new IllegalArgumentException("an empty ledger's head hash is 64 zeros, got " + hash);
    }
  }

  /** The number of entries up to and including the head ({@code sequence + 1}). */
  public long size() {
    return sequence + 1;
  }

  /** The sequence number the next entry must carry ({@code sequence + 1}). */
  public long nextSequence() {
    return sequence + 1;
  }

  /** {@code <sequence> <hash>}, the form printed and published. */
  @Override
  public String toString() {
    return sequence + " " + hash;
  }

  static boolean isHash(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
