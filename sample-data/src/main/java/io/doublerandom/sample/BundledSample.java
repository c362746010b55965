package io.doublerandom.sample;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The bundled sample data: a province shaped like Shanxi with 20,000 market entities, 360
 * inspectors, the bureaus of its 129 divisions and the checklist of random-inspection items. The
 * files are produced by the testkit's deterministic {@code ShanxiSampleGenerator} (seed 20240813)
 * and are committed; the testkit checks on every build that they match the generator's output.
 *
 * <p>Formats are those of {@code docs/formats.md}; read them with the importers of
 * {@code doublerandom-core} ({@code io.doublerandom.io}).
 */
public final class BundledSample {
  /** Market entities (CSV). */
  public static final String ENTITIES = "entities.csv";
  /** Inspectors (CSV). */
  public static final String INSPECTORS = "inspectors.csv";
  /** Authorities (CSV). */
  public static final String AUTHORITIES = "authorities.csv";
  /** The checklist with its claims (JSON). */
  public static final String CHECKLIST = "checklist.json";
  /** Every file of the sample, in a fixed order. */
  public static final List<String> FILES = List.of(AUTHORITIES, ENTITIES, INSPECTORS, CHECKLIST);

  private BundledSample() {}

  /**
   * Opens one file of the sample; the caller closes the stream.
   *
   * @param file one of {@link #FILES}
   * @throws IllegalArgumentException if {@code file} is not a file of the sample
   */
  public static InputStream open(String file) throws IOException {
    if (!FILES.contains(file)) {
      throw new IllegalArgumentException("not a file of the bundled sample: '" + file
          + "'; the files are " + FILES);
    }
    InputStream in = BundledSample.class.getResourceAsStream(file);
    if (in == null) {
      throw new IOException("bundled sample file " + file + " is missing from the classpath");
    }
    return in;
  }
}
