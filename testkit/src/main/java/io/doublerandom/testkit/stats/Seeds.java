package io.doublerandom.testkit.stats;

import io.doublerandom.draw.SeedSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A fixed, named sequence of 32-byte seeds for experiments over many draws: seed {@code i} is
 * {@code SHA-256(UTF-8(label + "-" + i))}, {@code i = 0 … count − 1}. Fixed seeds make a
 * statistical test deterministic (it fails with probability at most α over the choice of the
 * label, and then always), and {@link #toString()} says how to reproduce any failure.
 *
 * @param label the label
 * @param count the number of seeds
 */
public record Seeds(String label, int count) {
  /** Validates the fields. */
  public Seeds {
    Objects.requireNonNull(label, "label");
    if (count < 1) {
      throw new IllegalArgumentException("seed count must be >= 1: " + count);
    }
  }

  /** {@code count} seeds labelled {@code label}. */
  public static Seeds labelled(String label, int count) {
    return new Seeds(label, count);
  }

  /** Seed {@code i}: {@code SHA-256(UTF-8(label + "-" + i))}. */
  public byte[] seed(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("seed " + i + " of " + count);
    }
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((label + "-" + i).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /**
   * Seed {@code i} as recorded seed material, for real draws ({@code TargetDraw.draw}, {@code
   * Assignment.assign}) of a manifest with the recorded seed plan. The draw seed is then derived
   * from it and the manifest hash, so it differs from {@link #seed(int)}.
   */
  public SeedSource.Recorded recorded(int i) {
    return new SeedSource.Recorded(HexFormat.of().formatHex(seed(i)));
  }

  @Override
  public String toString() {
    return count + " seeds SHA-256(\"" + label + "-0\") … SHA-256(\"" + label + "-" + (count - 1)
        + "\") (Seeds.labelled(\"" + label + "\", " + count + "))";
  }
}
