package io.doublerandom.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code doublerandom} command-line tool.
 *
 * <p>Exit codes, common to every command (docs/cli.md, "Exit codes"): 0 success (for {@code
 * validate}: the data is valid), 1 the data is invalid (every problem is listed), 2 the input is
 * unusable (missing file, unreadable format, bad option), 3 out of memory (or stack): run with a
 * larger heap, 4 an internal error (a bug). Every failure is mapped in one place, {@link
 * Failures}; a stack trace is printed only with {@code --debug}.
 */
@Command(
    name = "doublerandom",
    mixinStandardHelpOptions = true,
    versionProvider = DoubleRandomCli.Version.class,
    description = "Verifiable random inspection draws for \"double random, one public\" supervision.",
    subcommands = {ValidateCommand.class, DemoCommand.class, DrawCommand.class, VerifyCommand.class, AssignCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (validate: the data is valid)",
      "1:invalid data: every problem is listed",
      "2:unusable input or bad usage",
      "3:out of memory: run with a larger heap (-Xmx)",
      "4:internal error (a bug; --debug prints the stack trace)"
    })
public final class DoubleRandomCli {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the data is invalid. */
  public static final int INVALID = 1;
  /** Exit code: the input is unusable. */
  public static final int UNUSABLE = 2;
  /** Exit code: the Java heap (or stack) is too small for the input. */
  public static final int OUT_OF_MEMORY = 3;
  /** Exit code: an internal error, a bug. */
  public static final int INTERNAL = 4;

  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "On a failure, print the stack trace too.")
  boolean debug;

  private DoubleRandomCli() {}

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
  }

  /** Runs the tool with the given streams and returns the exit code (used by tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return execute(new CommandLine(DoubleRandomCli.class), out, err, args);
  }

  /** Runs {@code cli} with the tool's streams, failure mapping and exit codes. */
  static int execute(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println(ex.getMessage());
      ex.getCommandLine().usage(err);
      return UNUSABLE;
    });
    cli.setExecutionExceptionHandler(new Failures());
    int code;
    try {
      code = cli.execute(args);
    } catch (Error e) {
      CommandLine.ParseResult parsed = cli.getParseResult();
      code = Failures.report(e, out, err, parsed != null && Failures.debug(parsed));
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The version from the jar's manifest, if any. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DoubleRandomCli.class.getPackage().getImplementationVersion();
      return new String[] {"doublerandom " + (v == null ? "(development build)" : v)};
    }
  }
}
