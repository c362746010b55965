package io.doublerandom.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import. */
final class Problems {
  private final List<ImportProblem> problems = new ArrayList<>();

  void error(String source, long line, String field, String value, String message) {
    problems.add(new ImportProblem(source, line, field, value, Severity.ERROR, message));
  }

  void add(String source, long line, String field, String value, Severity severity,
      String message) {
    problems.add(new ImportProblem(source, line, field, value, severity, message));
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(ImportProblem::isError);
  }

  List<ImportProblem> all() {
    return problems;
  }
}
