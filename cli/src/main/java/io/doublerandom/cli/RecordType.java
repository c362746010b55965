package io.doublerandom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/**
 * A kind of published record that {@code doublerandom verify} can re-run. {@code verify} reads the
 * record as JSON, asks each known type in turn whether it {@linkplain #accepts accepts} the
 * document (by its {@code spec} member) and lets the first that does verify it. A new record kind
 * (for example the inspector assignment record) is one more implementation in
 * {@link VerifyCommand#TYPES}.
 */
interface RecordType {
  /** What the record is, for messages, for example {@code "target draw record"}. */
  String description();

  /** The {@code spec} value this type verifies, for messages. */
  String spec();

  /** Whether this type verifies the document. */
  boolean accepts(JsonNode root);

  /**
   * Verifies the record against the population and returns the exit code: 0 reproduces, 1 with
   * every difference printed on {@code out}.
   *
   * @throws CommandFailure for unusable input (exit 2) or invalid population data (exit 1)
   */
  int verify(VerifyCommand command, String json, PrintWriter out, PrintWriter err);
}
