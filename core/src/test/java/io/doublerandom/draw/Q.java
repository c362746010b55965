package io.doublerandom.draw;

import java.math.BigInteger;

/** Exact rational arithmetic for enumeration tests. */
final class Q {
  private Q() {}

  static Rational add(Rational a, Rational b) {
    return Rational.of(a.numerator().multiply(b.denominator())
        .add(b.numerator().multiply(a.denominator())), a.denominator().multiply(b.denominator()));
  }

  static Rational mul(Rational a, Rational b) {
    return Rational.of(a.numerator().multiply(b.numerator()),
        a.denominator().multiply(b.denominator()));
  }

  static Rational complement(BigInteger num, BigInteger den) {
    return Rational.of(den.subtract(num), den);
  }

  static Rational of(BigInteger num, BigInteger den) {
    return Rational.of(num, den);
  }
}
