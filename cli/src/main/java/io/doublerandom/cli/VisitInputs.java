package io.doublerandom.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.doublerandom.assign.AssignmentInput;
import io.doublerandom.assign.PastVisit;
import io.doublerandom.assign.Visit;
import io.doublerandom.assign.Visits;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.io.TextFiles;
import io.doublerandom.io.UnusableInputException;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RiskScheme;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The frozen inputs of an assignment, shared by {@code assign} and {@code verify} (a picocli
 * mixin): the inspector directory, the inspection dates, the required specialties (given, or
 * those of the checklist items named), and the history of earlier visits. With a draw record and
 * the entity file it was drawn from they give the {@link AssignmentInput}: one visit per entity
 * of the draw's current sample ({@link Visits#fromDraw}). {@code verify} must be given the same
 * options as {@code assign}: the dates and specialties are in the visits digest, not in the
 * record.
 */
final class VisitInputs {
  /** The header of a history file. */
  static final Set<String> HISTORY_COLUMNS = Set.of("entity_id", "inspector_id", "date");

  @Option(names = {"-i", "--inspectors"}, paramLabel = "FILE",
      description = "The inspector directory (.csv or .json, the format of docs/formats.md).")
  Path inspectors;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD",
      description = "The first inspection date of every visit.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD",
      description = "The last inspection date (default: --from).")
  String to;

  @Option(names = "--specialty", paramLabel = "NAME", split = ",",
      description = "A specialty every visit requires (repeatable or comma-separated): one"
          + " expert per specialty joins each team.")
  List<String> specialties = new ArrayList<>();

  @Option(names = "--item", paramLabel = "CODE", split = ",",
      description = "An inspection item code of every visit (repeatable or comma-separated);"
          + " recorded on the visits, and with --checklist its required specialties are added.")
  List<String> items = new ArrayList<>();

  @Option(names = "--checklist", paramLabel = "FILE",
      description = "The checklist (JSON) the --item codes are looked up in.")
  Path checklist;

  @Option(names = "--history", paramLabel = "FILE",
      description = "Earlier visits for the rotation rule: CSV entity_id,inspector_id,date.")
  Path history;

  /** The inspection dates. */
  DateRange dates() {
    if (from == null) {
      throw CommandFailure.unusable("give the inspection dates: --from YYYY-MM-DD [--to"
          + " YYYY-MM-DD]");
    }
    LocalDate a = date("--from", from);
    LocalDate b = to == null ? a : date("--to", to);
    if (b.isBefore(a)) {
      throw CommandFailure.unusable("--to " + b + " is before --from " + a);
    }
    return new DateRange(a, b);
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw CommandFailure.unusable(option + ": not a date YYYY-MM-DD: '" + text + "'");
    }
  }

  /**
   * The inputs: visits from the draw's current sample, entities resolved in the entity file.
   *
   * @throws CommandFailure exit 2 for unusable files, exit 1 for import errors or a drawn entity
   *     missing from the entity file
   */
  AssignmentInput load(DrawRecord draw, Path entityFile, ImportOptions options) {
    if (inspectors == null) {
      throw CommandFailure.unusable("give the inspector directory: -i/--inspectors FILE");
    }
    DateRange dates = dates();
    TreeSet<String> required = new TreeSet<>();
    specialties.forEach(s -> required.add(nonBlank("--specialty", s)));
    TreeSet<String> codes = new TreeSet<>();
    items.forEach(s -> codes.add(nonBlank("--item", s)));
    if (checklist != null) {
      if (codes.isEmpty()) {
        throw CommandFailure.unusable("--checklist needs --item CODE to look up");
      }
      Checklist c = imported(() -> ChecklistFiles.read(checklist, options)).get(0);
      List<String> unknown = new ArrayList<>();
      for (String code : codes) {
        Optional<InspectionItem> item = c.item(code);
        if (item.isEmpty()) {
          unknown.add(code);
        } else {
          required.addAll(item.get().requiredSpecialties());
        }
      }
      if (!unknown.isEmpty()) {
        throw CommandFailure.unusable(checklist + ": no item " + String.join(", ", unknown));
      }
    }
    List<Inspector> directory = imported(() -> InspectorFiles.read(inspectors, options));
    TreeSet<String> held = new TreeSet<>();
    directory.forEach(i -> held.addAll(i.specialties()));
    List<String> unheld = new ArrayList<>();
    for (String s : required) {
      if (!held.contains(s)) {
        unheld.add((specialties.stream().anyMatch(x -> x.strip().equals(s)) ? "--specialty"
            : "--item (from " + checklist + ")") + ": no inspector in " + inspectors
            + " has the specialty '" + s + "'; the specialties of the directory are "
            + (held.isEmpty() ? "none" : String.join(", ", held)));
      }
    }
    if (!unheld.isEmpty()) {
      throw CommandFailure.unusable(unheld);
    }
    List<MarketEntity> entities = imported(() -> EntityFiles.read(entityFile, options));
    Map<String, MarketEntity> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id().value(), e));
    List<PastVisit> past = history == null ? List.of() : readHistory(history);
    try {
      List<Visit> visits = new ArrayList<>();
      for (Visit v : Visits.fromDraw(draw, id -> Optional.ofNullable(byId.get(id)), dates,
          required)) {
        visits.add(codes.isEmpty() ? v : v.withItems(codes));
      }
      return AssignmentInput.of(directory, visits, past);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.invalid(List.of(e.getMessage()));
    }
  }

  private static String nonBlank(String option, String s) {
    if (s.isBlank()) {
      throw CommandFailure.unusable(option + ": empty value");
    }
    return s.strip();
  }

  /** The values of an import, or exit 1 with every problem, or exit 2 if unusable. */
  private static <T> List<T> imported(Supplier<ImportResult<T>> read) {
    ImportResult<T> result;
    try {
      result = read.get();
    } catch (UnusableInputException e) {
      throw CommandFailure.unusable("unusable input: " + e.getMessage());
    }
    if (!result.ok()) {
      List<String> lines = new ArrayList<>();
      result.report().problems().forEach(p -> lines.add(p.toString()));
      lines.add(result.report().summary());
      throw CommandFailure.invalid(lines);
    }
    return result.values();
  }

  /**
   * Reads a history file: CSV with the header {@code entity_id,inspector_id,date} (any column
   * order). Malformed CSV or a wrong header is unusable (exit 2); bad values are invalid data,
   * every one listed with its line (exit 1).
   */
  static List<PastVisit> readHistory(Path file) {
    String text;
    try {
      text = TextFiles.detected(file, Optional.empty());
    } catch (UnusableInputException e) {
      throw CommandFailure.unusable(e.getMessage());
    }
    List<PastVisit> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (TextFiles.CsvRow row : Inputs.csv(text, file, new java.util.LinkedHashSet<>(
        List.of("entity_id", "inspector_id", "date")))) {
      Map<String, String> r = row.cells();
      long line = row.line();
      try {
        out.add(new PastVisit(r.get("entity_id"), r.get("inspector_id"),
            LocalDate.parse(r.get("date"))));
      } catch (DateTimeParseException e) {
        problems.add(file + ":" + line + ": date '" + r.get("date")
            + "': not a date YYYY-MM-DD");
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(file + ":" + line + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      problems.add(file + ": " + problems.size() + " invalid line(s), nothing assigned");
      throw CommandFailure.invalid(problems);
    }
    return out;
  }


  /** Reads a draw record file: the record and its record hash (canonical JSON). */
  static DrawInput readDraw(Path file) {
    byte[] bytes = Inputs.bytes(file);
    try {
      DrawRecord record = DrawRecord.fromJson(Inputs.utf8(bytes, file.toString()));
      return new DrawInput(record, record.jsonHash());
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable(file + ": not a draw record: " + e.getMessage());
    }
  }

  /**
   * A draw record as read.
   *
   * @param record the record
   * @param fileHash the record hash: SHA-256 of the record's canonical JSON form (draw-spec
   *     section 2), hex (the manifest's {@code draw-record}); the file's whitespace and member
   *     order do not change it
   */
  record DrawInput(DrawRecord record, String fileHash) {}

  static String readText(Path file) {
    return Inputs.utf8(file);
  }
}
