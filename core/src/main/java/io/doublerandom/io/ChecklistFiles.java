package io.doublerandom.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.ItemClaim;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes checklists (随机抽查事项清单).
 *
 * <p>In JSON a checklist is one object, the whole {@link Checklist}. In CSV it is an items file,
 * one row per {@link InspectionItem} in published order, and an optional claims file, one row
 * per {@link ItemClaim}; the name and version are given as a {@link ChecklistInfo}. The items
 * reader also reads files in the shape of published lists (columns {@code item}, {@code target},
 * Chinese headers, ignorable columns such as {@code source_url}). See {@code docs/formats.md}.
 *
 * <p>Validation reports every problem, including duplicate item codes, repeated claims and
 * claims of items the list does not have; an import with errors yields no checklist.
 */
public final class ChecklistFiles {
  private static final ItemCodec ITEMS = new ItemCodec();
  private static final ClaimCodec CLAIMS = new ClaimCodec();
  private static final Column NAME = Column.required("name", "name");
  private static final Column VERSION = Column.required("version", "version");
  private static final Column ISSUED_BY = Column.optional("issued_by", "issuedBy");
  private static final Column EFFECTIVE_FROM = Column.optional("effective_from", "effectiveFrom");
  private static final Set<String> JSON_PROPERTIES = Set.of("name", "version", "issuedBy",
      "effectiveFrom", "items", "claims");

  private ChecklistFiles() {}

  /**
   * Reads a checklist from a JSON file.
   *
   * @throws UnusableInputException when the file cannot be read as JSON
   * @throws IllegalArgumentException when the file name does not end in {@code .json}
   */
  public static ImportResult<Checklist> read(Path jsonFile, ImportOptions options) {
    requireJson(jsonFile);
    String source = jsonFile.toString();
    return readJson(TextInput.bytes(jsonFile, source), source, options);
  }

  /**
   * Reads a checklist from a JSON stream, which is read to its end but not closed.
   *
   * @throws UnusableInputException when the stream cannot be read as JSON
   */
  public static ImportResult<Checklist> read(InputStream json, String sourceName,
      ImportOptions options) {
    Objects.requireNonNull(sourceName, "sourceName");
    return readJson(TextInput.bytes(json, sourceName), sourceName, options);
  }

  /**
   * Reads a checklist from an items CSV file and an optional claims CSV file.
   *
   * @throws UnusableInputException when a file cannot be read as CSV
   */
  public static ImportResult<Checklist> readCsv(Path itemsFile, Optional<Path> claimsFile,
      ChecklistInfo info, ImportOptions options) {
    String itemsSource = itemsFile.toString();
    byte[] items = TextInput.bytes(itemsFile, itemsSource);
    String claimsSource = claimsFile.map(Path::toString).orElse(null);
    byte[] claims = claimsFile.map(f -> TextInput.bytes(f, claimsSource)).orElse(null);
    return readCsv(items, itemsSource, claims, claimsSource, info, options);
  }

  /**
   * Reads a checklist from an items CSV stream and, when {@code claims} is not null, a claims
   * CSV stream. The streams are read to their end but not closed.
   *
   * @throws UnusableInputException when a stream cannot be read as CSV
   */
  public static ImportResult<Checklist> readCsv(InputStream items, String itemsSource,
      InputStream claims, String claimsSource, ChecklistInfo info, ImportOptions options) {
    Objects.requireNonNull(itemsSource, "itemsSource");
    byte[] claimBytes = null;
    if (claims != null) {
      Objects.requireNonNull(claimsSource, "claimsSource");
      claimBytes = TextInput.bytes(claims, claimsSource);
    }
    return readCsv(TextInput.bytes(items, itemsSource), itemsSource, claimBytes, claimsSource,
        info, options);
  }

  /** Writes a checklist as an indented JSON file, atomically. */
  public static void write(Checklist checklist, Path jsonFile) throws IOException {
    requireJson(jsonFile);
    Objects.requireNonNull(checklist, "checklist");
    Output.atomically(jsonFile, out -> write(checklist, out));
  }

  /** Writes a checklist as indented UTF-8 JSON to a stream, which is flushed but not closed. */
  public static void write(Checklist checklist, OutputStream out) throws IOException {
    Output.json(checklist, out);
  }

  /**
   * Writes a checklist's items and claims as two CSV files, each atomically, in the checklist's
   * order. The name, version, issuer and date are not part of the files (see
   * {@link ChecklistInfo#of(Checklist)}).
   */
  public static void writeCsv(Checklist checklist, Path itemsFile, Path claimsFile)
      throws IOException {
    writeCsv(checklist, itemsFile, claimsFile, ExportOptions.defaults());
  }

  /**
   * Writes a checklist's items and claims as two CSV files, each atomically, with export options
   * (see {@link ExportOptions#escapeFormulas()}).
   */
  public static void writeCsv(Checklist checklist, Path itemsFile, Path claimsFile,
      ExportOptions options) throws IOException {
    Objects.requireNonNull(checklist, "checklist");
    Objects.requireNonNull(options, "options");
    Output.atomically(itemsFile, out -> writeItemsCsv(checklist, out, options));
    Output.atomically(claimsFile, out -> writeClaimsCsv(checklist, out, options));
  }

  /** Writes the items CSV of a checklist, in published order, to a stream (not closed). */
  public static void writeItemsCsv(Checklist checklist, OutputStream out) throws IOException {
    writeItemsCsv(checklist, out, ExportOptions.defaults());
  }

  /** Writes the items CSV of a checklist with export options to a stream (not closed). */
  public static void writeItemsCsv(Checklist checklist, OutputStream out, ExportOptions options)
      throws IOException {
    writeCsv(ITEMS, checklist.items(), out, options);
  }

  /** Writes the claims CSV of a checklist, in its order, to a stream (not closed). */
  public static void writeClaimsCsv(Checklist checklist, OutputStream out) throws IOException {
    writeClaimsCsv(checklist, out, ExportOptions.defaults());
  }

  /** Writes the claims CSV of a checklist with export options to a stream (not closed). */
  public static void writeClaimsCsv(Checklist checklist, OutputStream out, ExportOptions options)
      throws IOException {
    writeCsv(CLAIMS, checklist.claims(), out, options);
  }

  private static <T> void writeCsv(Codec<T> codec, List<T> values, OutputStream out,
      ExportOptions options) throws IOException {
    Objects.requireNonNull(options, "options");
    List<String> header = new ArrayList<>();
    codec.columns().forEach(c -> header.add(c.csv()));
    List<List<String>> rows = new ArrayList<>();
    values.forEach(v -> rows.add(codec.csvRow(v)));
    Output.csv(header, rows, out, options);
  }

  private static void requireJson(Path file) {
    if (Format.of(file).orElse(null) != Format.JSON) {
      throw new IllegalArgumentException("a checklist file must end in .json (for CSV use"
          + " readCsv/writeCsv with an items and a claims file), got '" + file + "'");
    }
  }

  private static ImportResult<Checklist> readCsv(byte[] items, String itemsSource, byte[] claims,
      String claimsSource, ChecklistInfo info, ImportOptions options) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(options, "options");
    TextInput.Decoded itemsText = TextInput.decode(items, options.charset(), itemsSource);
    TextInput.Decoded claimsText = claims == null ? null
        : TextInput.decode(claims, options.charset(), claimsSource);
    Problems problems = new Problems();
    List<Codec.Read<InspectionItem>> itemReads =
        Importer.records(itemsText.text(), itemsSource, Format.CSV, options, ITEMS, problems);
    List<Codec.Read<ItemClaim>> claimReads = claimsText == null ? List.of()
        : Importer.records(claimsText.text(), claimsSource, Format.CSV, options, CLAIMS,
            problems);
    List<String> sources = claimsText == null ? List.of(itemsSource)
        : List.of(itemsSource, claimsSource);
    List<Charset> charsets = claimsText == null ? List.of(itemsText.charset())
        : List.of(itemsText.charset(), claimsText.charset());
    return assemble(sources, charsets, itemReads, claimReads, info, problems);
  }

  private static ImportResult<Checklist> readJson(byte[] bytes, String source,
      ImportOptions options) {
    Objects.requireNonNull(options, "options");
    TextInput.Decoded decoded = TextInput.decode(bytes, options.charset(), source);
    String text = decoded.text();
    Problems problems = new Problems();
    List<Codec.Read<InspectionItem>> items = new ArrayList<>();
    List<Codec.Read<ItemClaim>> claims = new ArrayList<>();
    ObjectNode top = JsonNodeFactory.instance.objectNode();
    long line = JsonInput.readObject(text, source, "a checklist", (name, at, p) -> {
      if (name.equals("items") && p.currentToken() == JsonToken.START_ARRAY) {
        JsonInput.elements(p, (l, node) ->
            items.add(Importer.readJson(source, l, node, problems, ITEMS, options)));
      } else if (name.equals("claims") && p.currentToken() == JsonToken.START_ARRAY) {
        JsonInput.elements(p, (l, node) ->
            claims.add(Importer.readJson(source, l, node, problems, CLAIMS, options)));
      } else {
        top.set(name, JsonInput.tree(p));
      }
    });
    JsonRec r = new JsonRec(source, line, problems, top);
    r.checkProperties(JSON_PROPERTIES);
    Importer.controls(r, "", top);
    for (String list : List.of("items", "claims")) {
      JsonNode v = top.get(list);
      if (v != null && !v.isNull()) {
        r.error(list, v.isValueNode() ? v.asText() : "", "expected an array");
      }
    }
    String name = r.required(NAME);
    Integer version = r.required(VERSION, ChecklistFiles::version);
    Optional<String> issuedBy = r.text(ISSUED_BY);
    issuedBy.ifPresent(code -> Fields.knownAuthority(r, ISSUED_BY, code, options));
    LocalDate effectiveFrom = r.optional(EFFECTIVE_FROM, Cells::date);
    Importer.duplicates(items, ITEMS);
    ITEMS.crossCheck(items, options);
    Importer.duplicates(claims, CLAIMS);
    CLAIMS.crossCheck(claims, options);
    ChecklistInfo info = r.failed() ? null : new ChecklistInfo(name, version, issuedBy,
        Optional.ofNullable(effectiveFrom));
    return assemble(List.of(source), List.of(decoded.charset()), items, claims, info, problems);
  }

  private static int version(String text) {
    int v;
    try {
      v = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad number: expected a whole number such as 3");
    }
    if (v < 1) {
      throw new IllegalArgumentException("version must be 1 or more");
    }
    return v;
  }

  /** Checks claims against items and builds the checklist when there is no error. */
  private static ImportResult<Checklist> assemble(List<String> sources, List<Charset> charsets,
      List<Codec.Read<InspectionItem>> items, List<Codec.Read<ItemClaim>> claims,
      ChecklistInfo info, Problems problems) {
    Set<String> codes = new HashSet<>();
    for (Codec.Read<InspectionItem> item : items) {
      if (item.rec().key() != null) {
        codes.add(item.rec().key());
      }
    }
    for (Codec.Read<ItemClaim> claim : claims) {
      String item = claim.rec().reference();
      if (item != null && !codes.contains(item)) {
        claim.rec().error(ClaimCodec.ITEM_CODE, item,
            "unknown item: the checklist has no item with this code");
      }
    }
    List<Checklist> values = new ArrayList<>();
    if (!problems.hasErrors() && info != null) {
      Checklist.Builder b = Checklist.builder()
          .name(info.name())
          .version(info.version())
          .issuedBy(info.issuedBy())
          .effectiveFrom(info.effectiveFrom());
      items.forEach(i -> b.addItems(i.value()));
      claims.forEach(c -> b.addClaims(c.value()));
      try {
        values.add(b.build());
      } catch (IllegalArgumentException e) {
        problems.error(sources.get(0), 0, "", "", e.getMessage());
      }
    }
    return new ImportResult<>(values,
        new ImportReport(sources, charsets, problems.all(), items.size() + claims.size()));
  }
}
