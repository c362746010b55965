package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * The keys of any candidate of a draw, selected or not (docs/draw-spec.md section 7): the order
 * key {@code K(id)} and the pivotal duel uniform {@code V(id)}, for testers and auditors who check
 * a draw beyond its record (which publishes the keys of the selected candidates and alternates
 * only). The keys are a pure function of the 32-byte draw seed and the manifest's key stream.
 *
 * <pre>{@code
 * DrawKeys keys = DrawKeys.of(record);                 // the seed and key stream of a record
 * String k = keys.k("91140105MA0000001X");             // 64 hex digits, as in the record
 * BigDecimal u = keys.uniformK("91140105MA0000001X");  // K / 2^256
 * }</pre>
 *
 * <p>Thread-safe. Reading keys never draws anything and cannot produce a record.
 */
public final class DrawKeys {
  private static final BigDecimal TWO_256 = new BigDecimal(BigInteger.ONE.shiftLeft(256));

  private final Prf prf;

  private DrawKeys(Prf prf) {
    this.prf = prf;
  }

  /** The keys of a record: its recorded seed and its manifest's key stream. */
  public static DrawKeys of(DrawRecord record) {
    Objects.requireNonNull(record, "record");
    return new DrawKeys(new Prf(Codec.unhex("seed", record.seed(), 32),
        record.manifest().keyStream()));
  }

  /**
   * The keys a draw of {@code manifest} with {@code source} uses (the seed derived as {@link
   * TargetDraw#draw} derives it).
   *
   * @throws SeedRejectedException if the material does not fit the manifest's seed plan
   */
  public static DrawKeys of(Manifest manifest, SeedSource source) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(source, "seed source");
    return new DrawKeys(new Prf(source.seed(manifest), manifest.keyStream()));
  }

  /**
   * The keys for a raw 32-byte draw seed and a key stream.
   *
   * @throws IllegalArgumentException if the seed is not 32 bytes
   */
  public static DrawKeys ofSeed(byte[] seed, String keyStream) {
    Objects.requireNonNull(seed, "seed");
    Codec.text("key stream", keyStream);
    return new DrawKeys(new Prf(seed.clone(), keyStream));
  }

  /** The key stream. */
  public String keyStream() {
    return prf.keyStream();
  }

  /** The order key {@code K(id)}, 64 lowercase hex digits. */
  public synchronized String k(String id) {
    return Codec.hex(prf.compute(Prf.ORDER, Codec.utf8(Codec.text("candidate id", id))));
  }

  /** The duel uniform's key {@code V(id)}, 64 lowercase hex digits. */
  public synchronized String v(String id) {
    return Codec.hex(prf.compute(Prf.PIVOT, Codec.utf8(Codec.text("candidate id", id))));
  }

  /** {@code K(id)} as an unsigned integer. */
  public BigInteger kValue(String id) {
    return new BigInteger(k(id), 16);
  }

  /** {@code V(id)} as an unsigned integer. */
  public BigInteger vValue(String id) {
    return new BigInteger(v(id), 16);
  }

  /**
   * The uniform {@code U(K(id)) = K / 2^256}, to 34 significant digits, for statistics (the draw
   * itself never converts a key to a decimal: it compares exactly).
   */
  public BigDecimal uniformK(String id) {
    return new BigDecimal(kValue(id)).divide(TWO_256, MathContext.DECIMAL128);
  }

  /** The uniform {@code U(V(id)) = V / 2^256}, to 34 significant digits, for statistics. */
  public BigDecimal uniformV(String id) {
    return new BigDecimal(vValue(id)).divide(TWO_256, MathContext.DECIMAL128);
  }
}
