package io.doublerandom.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads CSV text (RFC 4180: comma separated, {@code "} quotes, {@code ""} inside quotes) into
 * rows of cells with the physical line each row starts on. Rows whose cells are all blank are
 * skipped; the first other row is the header.
 */
final class CsvInput {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .build();

  /** A row: the line it starts on and its cells, untrimmed. */
  record Row(long line, List<String> cells) {}

  private CsvInput() {}

  /**
   * Reads {@code text}, passing the header row to {@code header} and every later non-blank row
   * to {@code rows}.
   *
   * @throws UnusableInputException when the text is not CSV or has no header row
   */
  static void read(String text, String source, Consumer<Row> header, Consumer<Row> rows) {
    boolean seenHeader = false;
    try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(new StringReader(text))) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new UnusableInputException(source, "is not CSV");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        long line = p.currentLocation().getLineNr();
        List<String> cells = new ArrayList<>();
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          cells.add(p.getText());
        }
        if (t != JsonToken.END_ARRAY) {
          throw new UnusableInputException(source, "line " + line + ": is not CSV");
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (seenHeader) {
          rows.accept(new Row(line, List.copyOf(cells)));
        } else {
          seenHeader = true;
          header.accept(new Row(line, List.copyOf(cells)));
        }
      }
    } catch (IOException e) {
      String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          && jpe.getLocation() != null ? "line " + jpe.getLocation().getLineNr() + ": " : "";
      String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          ? jpe.getOriginalMessage() : e.getMessage();
      String said;
      if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException sce) {
        said = io.doublerandom.json.Json.describe(sce).replaceFirst("^line \\d+, column \\d+: ",
            "");
      } else if (why != null && (why.startsWith("Expected separator")
          || why.contains("Expected column separator"))) {
        said = "a character after the closing quote of a quoted value; a quoted value must be"
            + " followed by a comma or the end of the line (write \"\" for a quote inside it)";
      } else {
        said = "not valid CSV here (a quoted value must start with \" at the start of a cell,"
            + " end with \" and write \"\" for a quote inside it)";
      }
      // the parser notices a missing closing quote only at the end of the text
      long open = why != null && why.startsWith("Missing closing quote")
          ? unclosedQuoteLine(text) : 0;
      if (open > 0) {
        throw new UnusableInputException(source, "line " + open + ": malformed CSV: the quoted"
            + " value that starts on this line has no closing quote", e);
      }
      throw new UnusableInputException(source, where + "malformed CSV: " + said, e);
    }
    if (!seenHeader) {
      throw new UnusableInputException(source, "has no header row");
    }
  }

  /**
   * The line on which a quoted value opens that is still open at the end of {@code text}, or 0
   * when every quoted value is closed. As in the parser, a quote opens a quoted value only as the
   * first character of a cell; inside one, {@code ""} is a quote and a single {@code "} closes
   * it. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
   */
  static long unclosedQuoteLine(String text) {
    long line = 1;
    long openedOn = 0;
    boolean quoted = false;
    boolean cellStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && cellStart) {
        quoted = true;
        openedOn = line;
      }
      cellStart = !quoted && (c == ',' || c == '\n' || c == '\r');
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return quoted ? openedOn : 0;
  }
}
