package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The selection function of RFC 3797 (IETF NomCom), for interoperability with processes that
 * already publish their random sources that way. It draws uniformly, without weights or strata,
 * from a numbered pool of at most 65,535 and uses MD5; prefer {@link TargetDraw} for new draws.
 *
 * <p>Key string: for each source in its published order, its non-negative integer values sorted
 * ascending, each written in decimal followed by {@code "."}, then {@code "/"}. Selection: for
 * {@code i = 0, 1, …}: {@code H_i = MD5(u16be(i) || key || u16be(i))}, {@code r = H_i} (a 128-bit
 * unsigned big-endian integer) {@code mod (P − i)}, and the {@code r}-th (from 0) of the pool
 * numbers not yet selected, in ascending order, is selected.
 */
public final class Rfc3797 {
  private Rfc3797() {}

  /** The key string for the values of each random source, in the published order of sources. */
  public static String keyString(List<List<Long>> sources) {
    StringBuilder b = new StringBuilder();
    for (List<Long> source : sources) {
      checkArgument(!source.isEmpty(), "a random source must have at least one value");
      List<Long> values = new ArrayList<>(source);
      values.sort(null);
      for (long v : values) {
        checkArgument(v >= 0, "random source values must be >= 0: %s", v);
        b.append(v).append('.');
      }
      b.append('/');
    }
    return b.toString();
  }

  /** {@code MD5(u16be(i) || key || u16be(i))}, the hash of selection step {@code i}. */
  public static byte[] stepHash(String key, int i) {
    checkArgument(i >= 0 && i <= 0xFFFF, "step must be in 0..65535: %s", i);
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by the Java platform", e);
    }
    byte[] index = {(byte) (i >>> 8), (byte) i};
    md5.update(index);
    md5.update(key.getBytes(StandardCharsets.US_ASCII));
    md5.update(index);
    return md5.digest();
  }

  /**
   * Selects {@code count} of the pool numbers {@code 1..poolSize}, in selection order. Extending
   * {@code count} never changes the earlier picks, so the tail is a well-defined ordered reserve.
   */
  public static List<Integer> select(String key, int poolSize, int count) {
    checkArgument(poolSize >= 1 && poolSize <= 0xFFFF, "pool size must be in 1..65535: %s",
        poolSize);
    checkArgument(count >= 0 && count <= poolSize, "count must be in 0..%s: %s", poolSize, count);
    checkArgument(key.chars().allMatch(c -> c < 128), "the key string must be ASCII: %s", key);
    List<Integer> remaining = new ArrayList<>(poolSize);
    for (int p = 1; p <= poolSize; p++) {
      remaining.add(p);
    }
    List<Integer> selected = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BigInteger h = new BigInteger(1, stepHash(key, i));
      int r = h.mod(BigInteger.valueOf(poolSize - i)).intValueExact();
      selected.add(remaining.remove(r));
    }
    return List.copyOf(selected);
  }
}
