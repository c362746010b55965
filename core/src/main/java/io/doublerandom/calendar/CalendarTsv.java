package io.doublerandom.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the holiday-notice TSV form of the bundled {@code cn-official-days.tsv} (UTF-8, a BOM is
 * skipped):
 *
 * <pre>
 * # free comment lines start with '#'
 * date	kind	holiday	notice_year
 * 2027-01-01	off	元旦	2027
 * ...
 * # notice 2027: https://www.gov.cn/...
 * </pre>
 *
 * <ul>
 *   <li>The header line is exactly {@code date}, {@code kind}, {@code holiday}, {@code
 *       notice_year} separated by tabs, before any data line. Blank lines are ignored.
 *   <li>A data line has four tab-separated fields: an ISO date ({@code yyyy-MM-dd}); {@code off} or
 *       {@code work}; the holiday's name; the year of the notice that announced the day (the
 *       date's year or a neighbouring one). A date appears once.
 *   <li>A comment {@code # notice YEAR: ADDRESS} cites the notice of {@code YEAR} (several lines
 *       for a year with an amending notice). Its presence is what makes the year covered; every
 *       {@code notice_year} used by a data line must be cited.
 * </ul>
 *
 * <p>Every problem is reported at once, each with its line ({@link CalendarFormatException}).
 */
public final class CalendarTsv {
  /** The header line, tab-separated. */
  public static final String HEADER = "date\tkind\tholiday\tnotice_year";
  /** The class-path resource of the bundled data (2007–2026). */
  static final String BUNDLED = "cn-official-days.tsv";
  private static final Pattern NOTICE = Pattern.compile("#\\s*notice\\s+(\\d{4})\\s*:\\s*(\\S+)\\s*");

  private CalendarTsv() {}

  /** The bundled data of the State Council notices for 2007–2026, with their addresses. */
  public static CalendarData bundled() {
    InputStream in = CalendarTsv.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("the bundled calendar resource " + BUNDLED
          + " is missing from doublerandom-core");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(BUNDLED, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a file in the TSV form.
   *
   * @throws CalendarFormatException listing every problem with {@code fileName:line}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CalendarData read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.getFileName().toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar file " + file, e);
    }
  }

  /**
   * Parses text in the TSV form; {@code source} names it in messages.
   *
   * @throws CalendarFormatException listing every problem with {@code source:line}
   */
  public static CalendarData parse(String source, Reader text) throws IOException {
    Objects.requireNonNull(source, "source");
    BufferedReader in = new BufferedReader(Objects.requireNonNull(text, "text"));
    List<String> problems = new ArrayList<>();
    TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
    TreeMap<LocalDate, String> origins = new TreeMap<>();
    TreeMap<Integer, List<String>> notices = new TreeMap<>();
    Map<Integer, String> firstUse = new TreeMap<>();
    List<String> comments = new ArrayList<>();
    boolean header = false;
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      String at = source + ":" + lineNo;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.startsWith("#")) {
        Matcher m = NOTICE.matcher(line);
        if (m.matches()) {
          List<String> a = notices.computeIfAbsent(Integer.parseInt(m.group(1)),
              k -> new ArrayList<>());
          if (!a.contains(m.group(2))) {
            a.add(m.group(2));
          }
        } else if (line.matches("#\\s*notice\\b.*")) {
          problems.add(at + ": a notice citation must read '# notice YEAR: ADDRESS', got '"
              + line + "'");
        } else {
          comments.add(line.substring(1).strip());
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          problems.add(at + ": expected the header line '" + HEADER.replace("\t", "<TAB>")
              + "', got '" + line.replace("\t", "<TAB>") + "'");
          break;
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        problems.add(at + ": expected 4 tab-separated fields (date, kind, holiday, notice_year), got "
            + f.length + " in '" + line.replace("\t", "<TAB>") + "'");
        continue;
      }
      int before = problems.size();
      LocalDate date = null;
      try {
        date = LocalDate.parse(f[0]);
      } catch (DateTimeParseException e) {
        problems.add(at + ": date '" + f[0] + "' is not a valid date (yyyy-MM-dd)");
      }
      CalendarDay.Kind kind = null;
      if (f[1].equals("off")) {
        kind = CalendarDay.Kind.OFF;
      } else if (f[1].equals("work")) {
        kind = CalendarDay.Kind.WORK;
      } else {
        problems.add(at + ": kind '" + f[1] + "' must be 'off' or 'work'");
      }
      if (f[2].isBlank() || !f[2].equals(f[2].strip())) {
        problems.add(at + ": holiday '" + f[2]
            + "' must be a non-blank name without surrounding spaces");
      }
      Integer noticeYear = null;
      if (f[3].matches("\\d{4}")) {
        noticeYear = Integer.parseInt(f[3]);
      } else {
        problems.add(at + ": notice_year '" + f[3] + "' must be a four-digit year");
      }
      if (problems.size() > before) {
        continue;
      }
      try {
        CalendarDay day = new CalendarDay(date, kind, f[2], noticeYear);
        if (days.containsKey(date)) {
          problems.add(at + ": date " + date + " is already listed at " + origins.get(date));
          continue;
        }
        days.put(date, day);
        origins.put(date, at);
        firstUse.putIfAbsent(noticeYear, at);
      } catch (IllegalArgumentException e) {
        problems.add(at + ": " + e.getMessage());
      }
    }
    if (!header && problems.isEmpty()) {
      problems.add(source + ":" + lineNo + ": no header line '" + HEADER.replace("\t", "<TAB>")
          + "' found");
    }
    firstUse.forEach((year, at) -> {
      if (!notices.containsKey(year)) {
        problems.add(at + ": notice_year " + year + " is not cited: add a line '# notice " + year
            + ": <address of the notice>'");
      }
    });
    if (!problems.isEmpty()) {
      throw new CalendarFormatException(problems);
    }
    return new CalendarData(source, days, origins, notices, comments);
  }
}
