package io.doublerandom.io;

/**
 * How files are written.
 *
 * <ul>
 *   <li>{@link #escapeFormulas()}: when true, a CSV cell that begins with {@code =}, {@code +},
 *       {@code -}, {@code @}, a tab or a carriage return is written with a single quote
 *       ({@code '}) in front, so that a spreadsheet opening the file shows the text instead of
 *       evaluating it as a formula (CSV or formula injection). Such a file is meant for people:
 *       reading it back keeps the quote, so it does not give back the values written. False by
 *       default, which writes every value exactly and makes writing then reading the identity.
 *       JSON output is never changed.
 * </ul>
 */
public final class ExportOptions {
  private static final ExportOptions DEFAULTS = builder().build();
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final boolean escapeFormulas;

  private ExportOptions(Builder b) {
    this.escapeFormulas = b.escapeFormulas;
  }

  /** The default options: every value written exactly. */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether CSV cells that a spreadsheet would take for a formula are prefixed with {@code '}. */
  public boolean escapeFormulas() {
    return escapeFormulas;
  }

  /** The cell as written under these options. */
  String cell(String value) {
    if (escapeFormulas && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  @Override
  public String toString() {
    return "ExportOptions[escapeFormulas=" + escapeFormulas + "]";
  }

  /** Builds {@link ExportOptions}. */
  public static final class Builder {
    private boolean escapeFormulas;

    private Builder() {}

    /** Whether to prefix CSV cells beginning with {@code = + - @}, tab or CR with {@code '}. */
    public Builder escapeFormulas(boolean escape) {
      this.escapeFormulas = escape;
      return this;
    }

    /** The options. */
    public ExportOptions build() {
      return new ExportOptions(this);
    }
  }
}
