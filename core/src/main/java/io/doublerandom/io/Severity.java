package io.doublerandom.io;

/** How serious an {@link ImportProblem} is. */
public enum Severity {
  /** The record or file is invalid; an import with any error yields no values. */
  ERROR,
  /** Suspicious but accepted, for example an organisation code whose GB 11714 check fails. */
  WARNING
}
