package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact non-negative rational number in lowest terms, used for inclusion probabilities. Its
 * text form is {@code p/q} with {@code q >= 1} (for example {@code "1/5"}, {@code "0/1"},
 * {@code "1/1"}).
 *
 * @param numerator the numerator, {@code >= 0}
 * @param denominator the denominator, {@code >= 1}, coprime with the numerator
 */
public record Rational(BigInteger numerator, BigInteger denominator)
    implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** Validates that the fraction is non-negative and in lowest terms. */
  public Rational {
    checkArgument(numerator != null && denominator != null, "rational parts must not be null");
    checkArgument(numerator.signum() >= 0, "rational numerator must be >= 0: %s", numerator);
    checkArgument(denominator.signum() > 0, "rational denominator must be >= 1: %s", denominator);
    checkArgument(numerator.gcd(denominator).equals(BigInteger.ONE)
            || (numerator.signum() == 0 && denominator.equals(BigInteger.ONE)),
        "rational %s/%s must be in lowest terms", numerator, denominator);
  }

  /** The reduced fraction {@code p/q}. */
  public static Rational of(BigInteger p, BigInteger q) {
    checkArgument(q.signum() > 0, "denominator must be positive: %s", q);
    if (p.signum() == 0) {
      return ZERO;
    }
    BigInteger g = p.gcd(q);
    return new Rational(p.divide(g), q.divide(g));
  }

  /** The reduced fraction {@code p/q}. */
  public static Rational of(long p, long q) {
    return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
  }

  /** Parses {@code p/q} (reducing it). */
  @JsonCreator
  public static Rational parse(String text) {
    checkArgument(text != null, "rational must not be null");
    int slash = text.indexOf('/');
    checkArgument(slash > 0 && text.indexOf('/', slash + 1) < 0,
        "rational must be written p/q: '%s'", text);
    try {
      return of(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rational must be written p/q: '" + text + "'", e);
    }
  }

  /** A decimal approximation, for display only (never used in a decision). */
  public BigDecimal approximate(int significantDigits) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator),
        new MathContext(significantDigits));
  }

  @Override
  public int compareTo(Rational o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  /** {@code p/q}. */
  @JsonValue
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
