package io.doublerandom.io;

import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RiskScheme;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * How an import reads and validates its input.
 *
 * <ul>
 *   <li>{@link #charset()}: empty (the default) detects the encoding: a UTF-8 byte order mark
 *       means UTF-8 (the mark is dropped); otherwise text that decodes strictly as UTF-8 is
 *       UTF-8; otherwise GB18030 (what Chinese Excel saves as "CSV"), unless an earlier line is
 *       UTF-8 text with non-ASCII characters, which makes the input unusable (mixed encodings).
 *       A UTF-16 byte order mark makes the input unusable. A charset set explicitly is used for
 *       the whole input; a byte order mark must then agree with it (a UTF-8 mark with UTF-8, a
 *       UTF-16 mark with UTF-16) and is dropped, else the input is unusable. The charset used is
 *       reported by {@link ImportReport#charsets()}.
 *   <li>{@link #regions()}: when set, a region code not in the table is an error.
 *   <li>{@link #riskScheme()}: the scheme risk classes must belong to (default
 *       {@link RiskScheme#NATIONAL_FOUR}).
 *   <li>{@link #strictIdentifiers()}: the checks that old identifiers do not always pass: the
 *       GB 11714 check of the organisation code embedded in a credit code (characters 9–17),
 *       and the ISO 7064 MOD 11,10 check digit of a 15-digit registration number. When true a
 *       failed check is an error; when false (the default) a warning. This applies to entity ids
 *       and to the entities named in inspectors' declared conflicts.
 *   <li>{@link #knownAuthorities()}: when set, a registration authority, an inspector's
 *       authority, an authority's parent or a claiming authority not in the set is an error.
 *   <li>{@link #progress()}: when set, told the number of records read so far after each
 *       record, on the reading thread, for a progress display. It never changes what is read.
 * </ul>
 */
public final class ImportOptions {
  private static final ImportOptions DEFAULTS = builder().build();

  private final Optional<Charset> charset;
  private final Optional<RegionTable> regions;
  private final RiskScheme riskScheme;
  private final boolean strictIdentifiers;
  private final Optional<Set<String>> knownAuthorities;
  private final Optional<LongConsumer> progress;

  private ImportOptions(Builder b) {
    this.charset = Optional.ofNullable(b.charset);
    this.regions = Optional.ofNullable(b.regions);
    this.riskScheme = b.riskScheme;
    this.strictIdentifiers = b.strictIdentifiers;
    this.knownAuthorities = Optional.ofNullable(b.knownAuthorities)
        .map(s -> Collections.unmodifiableSortedSet(new TreeSet<>(s)));
    this.progress = Optional.ofNullable(b.progress);
  }

  /** The default options: detected encoding, no region table, national risk scheme, lenient. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.charset = charset.orElse(null);
    b.regions = regions.orElse(null);
    b.riskScheme = riskScheme;
    b.strictIdentifiers = strictIdentifiers;
    b.knownAuthorities = knownAuthorities.orElse(null);
    b.progress = progress.orElse(null);
    return b;
  }

  /** The charset to decode with; empty to detect UTF-8 (with or without BOM) or GB18030. */
  public Optional<Charset> charset() {
    return charset;
  }

  /** The region table regions must be in, if any. */
  public Optional<RegionTable> regions() {
    return regions;
  }

  /** The risk scheme risk classes must belong to. */
  public RiskScheme riskScheme() {
    return riskScheme;
  }

  /**
   * Whether a failed embedded check of an identifier (the organisation code inside a credit code,
   * the check digit of a registration number) is an error rather than a warning.
   */
  public boolean strictIdentifiers() {
    return strictIdentifiers;
  }

  /** The authority codes references must name, if restricted; sorted and unmodifiable. */
  public Optional<Set<String>> knownAuthorities() {
    return knownAuthorities;
  }

  /**
   * The listener told the number of records read so far (1, 2, 3, …) after each record of a
   * file, if any. For a progress display only.
   */
  public Optional<LongConsumer> progress() {
    return progress;
  }

  /** Builds {@link ImportOptions}. */
  public static final class Builder {
    private Charset charset;
    private RegionTable regions;
    private RiskScheme riskScheme = RiskScheme.NATIONAL_FOUR;
    private boolean strictIdentifiers;
    private Set<String> knownAuthorities;
    private LongConsumer progress;

    private Builder() {}

    /** Decodes with this charset instead of detecting one; {@code null} to detect. */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /** Requires regions to be in this table; {@code null} for no such check. */
    public Builder regions(RegionTable regions) {
      this.regions = regions;
      return this;
    }

    /** The scheme risk classes must belong to. */
    public Builder riskScheme(RiskScheme riskScheme) {
      this.riskScheme = Objects.requireNonNull(riskScheme, "riskScheme");
      return this;
    }

    /**
     * Whether a failed embedded check of an identifier (the GB 11714 organisation code inside a
     * credit code, the ISO 7064 check digit of a 15-digit registration number) is an error
     * (true) or a warning (false, the default).
     */
    public Builder strictIdentifiers(boolean strict) {
      this.strictIdentifiers = strict;
      return this;
    }

    /** Requires authority references to name one of these codes; {@code null} for no check. */
    public Builder knownAuthorities(Collection<String> codes) {
      if (codes == null) {
        this.knownAuthorities = null;
        return this;
      }
      for (String c : codes) {
        if (c == null || c.isBlank()) {
          throw new IllegalArgumentException("known authority codes must not be blank, got '"
              + c + "'");
        }
      }
      this.knownAuthorities = new TreeSet<>(codes);
      return this;
    }

    /**
     * Tells {@code listener} the number of records read so far after each record (counting from
     * 1 in each file), on the reading thread; {@code null} for none. Records are counted as read,
     * before the checks across records (duplicates, references), so the last count comes a little
     * before the import returns. The listener must not throw.
     */
    public Builder progress(LongConsumer listener) {
      this.progress = listener;
      return this;
    }

    /** The options. */
    public ImportOptions build() {
      return new ImportOptions(this);
    }
  }
}
