package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import java.math.BigInteger;
import java.util.Comparator;

/** A candidate with its 256-bit order key K. */
final class Keyed {
  /** Ascending K as an unsigned big-endian integer, ties by the id's UTF-8 bytes. */
  static final Comparator<Keyed> KEY_ORDER = (a, b) -> compare(a.key, a.candidate.idBytes(),
      b.key, b.candidate.idBytes());

  final Candidate candidate;
  final byte[] key;

  Keyed(Candidate candidate, byte[] key) {
    this.candidate = candidate;
    this.key = key;
  }

  static int compare(byte[] keyA, byte[] idA, byte[] keyB, byte[] idB) {
    int c = Codec.compareBytes(keyA, keyB);
    return c != 0 ? c : Codec.compareBytes(idA, idB);
  }

  BigInteger keyValue() {
    return new BigInteger(1, key);
  }

  String keyHex() {
    return Codec.hex(key);
  }

  @Override
  public String toString() {
    return candidate.id() + ":" + keyHex();
  }
}
