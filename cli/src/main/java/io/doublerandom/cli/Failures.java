package io.doublerandom.cli;

import io.doublerandom.io.ImportException;
import io.doublerandom.io.UnusableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure of a command becomes an exit code and a message (docs/cli.md,
 * "Exit codes"): {@link CommandFailure} with its own code and lines, unusable input and I/O
 * failures 2, an import report 1, running out of memory or stack 3 with what to do, anything
 * else 4 as an internal error. A stack trace is printed only with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine,
      ParseResult parseResult) {
    return report(ex, commandLine.getOut(), commandLine.getErr(), debug(parseResult));
  }

  /** Whether {@code --debug} was given to the command or any of its parents. */
  static boolean debug(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Prints what went wrong and returns the exit code. */
  static int report(Throwable t, PrintWriter out, PrintWriter err, boolean debug) {
    Throwable failure = t instanceof CommandLine.ExecutionException && t.getCause() != null
        ? t.getCause() : t;
    int code;
    if (failure instanceof CommandFailure f) {
      PrintWriter to = f.exitCode() == DoubleRandomCli.INVALID ? out : err;
      f.lines().forEach(to::println);
      code = f.exitCode();
    } else if (failure instanceof UnusableInputException u) {
      err.println("unusable input: " + u.getMessage());
      code = DoubleRandomCli.UNUSABLE;
    } else if (failure instanceof ImportException i) {
      out.println(i.getMessage());
      code = DoubleRandomCli.INVALID;
    } else if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      err.println("cannot read or write a file: " + failure.getMessage());
      code = DoubleRandomCli.UNUSABLE;
    } else if (failure instanceof OutOfMemoryError e) {
      err.println("out of memory" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
          + ": the input does not fit in the Java heap; run with a larger heap, for example"
          + " JAVA_TOOL_OPTIONS=-Xmx8g doublerandom ..., or split the input");
      code = DoubleRandomCli.OUT_OF_MEMORY;
    } else if (failure instanceof StackOverflowError) {
      err.println("out of stack: the input is nested too deeply; run with a larger stack, for"
          + " example JAVA_TOOL_OPTIONS=-Xss16m doublerandom ...");
      code = DoubleRandomCli.OUT_OF_MEMORY;
    } else {
      err.println(String.format(Locale.ROOT, "internal error: %s: %s (this is a bug in"
              + " doublerandom; run again with --debug for the stack trace and report it)",
          failure.getClass().getSimpleName(), failure.getMessage()));
      code = DoubleRandomCli.INTERNAL;
    }
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
    out.flush();
    return code;
  }
}
