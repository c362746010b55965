package io.doublerandom.cli;

import io.doublerandom.io.AuthorityFiles;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.ChecklistInfo;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.io.UnusableInputException;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RiskScheme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code doublerandom validate}: imports one file and prints every problem found. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a file of entities, inspectors, authorities or checklist items and prints every"
          + " problem with its line and field.",
      "Exit 0 when the data is valid (warnings allowed), 1 when it is invalid, 2 when the input"
          + " is unusable."
    })
final class ValidateCommand implements Callable<Integer> {
  enum Kind { entities, inspectors, authorities, checklist }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to validate (.csv or .json).")
  Path file;

  @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
      description = "What the file holds: ${COMPLETION-CANDIDATES}. Default: guessed from the file"
          + " name (entities*, inspectors*, authorities*, checklist* or items*).")
  Kind type;

  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "Encoding of the file: auto (default: UTF-8 with or without BOM, else"
          + " GB18030; a file mixing UTF-8 and GB18030 lines is refused), or a charset such as"
          + " UTF-8, GB18030 or UTF-16, used for the whole file.")
  String charset = "auto";

  @Option(names = "--regions", paramLabel = "TABLE",
      description = "Division table that regions must belong to: 'shanxi' (bundled, default),"
          + " 'none', or a file of lines 'code<TAB>name'.")
  String regions = "shanxi";

  @Option(names = "--risk-classes", paramLabel = "SCHEME",
      description = "Credit-risk classes: 'A-D' (default, national) or 'A-E'.")
  String riskClasses = "A-D";

  @Option(names = {"--strict-identifiers", "--strict-credit-codes"},
      description = "Reject credit codes whose embedded organisation code (GB 11714) is invalid"
          + " and 15-digit registration numbers whose check digit (ISO 7064) is wrong (by"
          + " default both are reported as warnings).")
  boolean strictIdentifiers;

  @Option(names = "--claims", paramLabel = "FILE",
      description = "For a checklist items CSV: the claims CSV that goes with it.")
  Path claims;

  @Option(names = "--checklist-name", paramLabel = "NAME",
      description = "For a checklist items CSV: the checklist's name (default: 随机抽查事项清单).")
  String checklistName = "随机抽查事项清单";

  @Option(names = "--checklist-version", paramLabel = "N",
      description = "For a checklist items CSV: the checklist's version (default: 1).")
  int checklistVersion = 1;

  private int maxProblems = Integer.MAX_VALUE;

  @Option(names = "--max-problems", paramLabel = "N",
      description = "Print at most N problems, N >= 0 (default: all); the counts are always"
          + " complete.")
  void maxProblems(int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(),
          "--max-problems must be 0 or more, got " + n);
    }
    maxProblems = n;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Kind kind = type != null ? type : guessKind(file).orElse(null);
      if (kind == null) {
        err.println("cannot tell what '" + file + "' holds from its name; use --type "
            + "entities|inspectors|authorities|checklist");
        return DoubleRandomCli.UNUSABLE;
      }
      ImportOptions options = options();
      ImportResult<?> result = switch (kind) {
        case entities -> EntityFiles.read(file, options);
        case inspectors -> InspectorFiles.read(file, options);
        case authorities -> AuthorityFiles.read(file, options);
        case checklist -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
            ? ChecklistFiles.read(file, options)
            : ChecklistFiles.readCsv(file, Optional.ofNullable(claims),
                ChecklistInfo.of(checklistName, checklistVersion), options);
      };
      var report = result.report();
      int shown = 0;
      for (var problem : report.problems()) {
        if (shown++ >= maxProblems) {
          out.println("… " + (report.problems().size() - maxProblems) + " more problems not shown");
          break;
        }
        out.println(problem);
      }
      out.println(report.summary());
      return result.ok() ? DoubleRandomCli.OK : DoubleRandomCli.INVALID;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private ImportOptions options() {
    return PopulationInput.importOptions(charset, regions, riskClasses).toBuilder()
        .strictIdentifiers(strictIdentifiers)
        .build();
  }

  static Optional<Kind> guessKind(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith("entit")) {
      return Optional.of(Kind.entities);
    } else if (name.startsWith("inspector")) {
      return Optional.of(Kind.inspectors);
    } else if (name.startsWith("authorit")) {
      return Optional.of(Kind.authorities);
    } else if (name.startsWith("checklist") || name.startsWith("items")) {
      return Optional.of(Kind.checklist);
    }
    return Optional.empty();
  }
}
