package io.doublerandom.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code doublerandom} command-line tool.
 *
 * <p>Exit codes, common to every command: 0 success (for {@code validate}: the data is valid), 1
 * the data is invalid (every problem is listed), 2 the input is unusable (missing file, unreadable
 * format, bad option).
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
      "2:unusable input or bad usage"
    })
public final class DoubleRandomCli {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the data is invalid. */
  public static final int INVALID = 1;
  /** Exit code: the input is unusable. */
  public static final int UNUSABLE = 2;

  private DoubleRandomCli() {}

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
  }

  /** Runs the tool with the given streams and returns the exit code (used by tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(DoubleRandomCli.class);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> UNUSABLE);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println(ex.getMessage());
      ex.getCommandLine().usage(err);
      return UNUSABLE;
    });
    int code = cli.execute(args);
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
