package io.doublerandom.cli;

import java.util.List;

/**
 * Ends a command with an exit code and the lines that explain why: {@link DoubleRandomCli#INVALID}
 * (the lines are a report, printed on standard output) or {@link DoubleRandomCli#UNUSABLE} (printed
 * on standard error).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  private CommandFailure(int exitCode, List<String> lines) {
    super(String.join("; ", lines));
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /** Unusable input (exit 2), with every problem found. */
  static CommandFailure unusable(List<String> lines) {
    return new CommandFailure(DoubleRandomCli.UNUSABLE, lines);
  }

  /** Unusable input (exit 2). */
  static CommandFailure unusable(String line) {
    return unusable(List.of(line));
  }

  /** Invalid data (exit 1), with every problem found. */
  static CommandFailure invalid(List<String> lines) {
    return new CommandFailure(DoubleRandomCli.INVALID, lines);
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
