package io.doublerandom.ledger;

/**
 * One problem a ledger check found: the sequence number of the entry concerned and what is wrong
 * (changed, missing, out of order, inserted, a head that does not match).
 *
 * @param sequence the sequence number of the entry concerned
 * @param message what is wrong, naming the sequence number and the hashes
 */
public record LedgerProblem(long sequence, String message) {
  @Override
  public String toString() {
    return message;
  }
}
