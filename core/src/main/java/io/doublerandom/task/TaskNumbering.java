package io.doublerandom.task;

import io.doublerandom.spi.TaskNumberSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Makes task numbers (任务编号) from a pattern and a per-authority, per-year counter, for example
 * {@code 晋市监抽查〔2025〕12号} from the pattern {@code {prefix}抽查〔{year}〕{n}号}, the prefix
 * (简称) {@code 晋市监} of the authority and the 12th value of its 2025 counter.
 *
 * <p>Placeholders: {@code {prefix}} the authority's prefix (configured per authority code), {@code
 * {authority}} the authority's code, {@code {year}} the year, {@code {n}} the counter value and
 * {@code {n:W}} the counter value zero-padded to {@code W} digits. A pattern must contain the
 * counter exactly once, the year, and the prefix or the authority: otherwise two tasks could get
 * the same number. Every problem of a pattern is reported at once.
 *
 * <p>Values come from a {@link TaskNumberSequence}, which never hands a value out twice, so a
 * number is never reused, not even when its task is cancelled.
 */
public final class TaskNumbering {
  /** The pattern of the example above: {@code {prefix}抽查〔{year}〕{n}号}. */
  public static final String DEFAULT_PATTERN = "{prefix}抽查〔{year}〕{n}号";

  private final String pattern;
  private final List<Object> parts; // String literal or Placeholder
  private final Map<String, String> prefixes;
  private final TaskNumberSequence sequence;

  private record Placeholder(String name, int width) {}

  /** A number allocated: its text and the counter value it was made from. */
  public record Allocated(String number, long sequence) {}

  private TaskNumbering(String pattern, List<Object> parts, Map<String, String> prefixes,
      TaskNumberSequence sequence) {
    this.pattern = pattern;
    this.parts = parts;
    this.prefixes = prefixes;
    this.sequence = sequence;
  }

  /**
   * Numbering by {@code pattern}, the prefix of each authority code from {@code prefixes}, values
   * from {@code sequence}.
   *
   * @throws IllegalArgumentException listing every problem of the pattern or the prefixes
   */
  public static TaskNumbering of(String pattern, Map<String, String> prefixes,
      TaskNumberSequence sequence) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(sequence, "sequence");
    List<String> problems = new ArrayList<>();
    List<Object> parts = parse(pattern, problems);
    long counters = parts.stream().filter(p -> p instanceof Placeholder h && h.name.equals("n"))
        .count();
    if (counters != 1) {
      problems.add("must contain the counter {n} (or {n:W}) exactly once, found " + counters);
    }
    if (parts.stream().noneMatch(p -> p instanceof Placeholder h && h.name.equals("year"))) {
      problems.add("must contain {year}: the counter restarts every year");
    }
    if (parts.stream().noneMatch(p -> p instanceof Placeholder h
        && (h.name.equals("prefix") || h.name.equals("authority")))) {
      problems.add("must contain {prefix} or {authority}: every authority has its own counter");
    }
    Map<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : Objects.requireNonNull(prefixes, "prefixes").entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) {
        problems.add("prefix of authority " + e.getKey() + " must not be blank, got '"
            + e.getValue() + "'");
      } else {
        copy.put(e.getKey(), e.getValue());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("task number pattern '" + pattern + "': "
          + String.join("; ", problems));
    }
    return new TaskNumbering(pattern, List.copyOf(parts), Map.copyOf(copy), sequence);
  }

  private static List<Object> parse(String pattern, List<String> problems) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '}') {
        problems.add("'}' at " + i + " closes nothing");
        i++;
        continue;
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int end = pattern.indexOf('}', i);
      if (end < 0) {
        problems.add("'{' at " + i + " is not closed");
        break;
      }
      if (literal.length() > 0) {
        parts.add(literal.toString());
        literal.setLength(0);
      }
      String name = pattern.substring(i + 1, end);
      if (name.equals("prefix") || name.equals("authority") || name.equals("year")
          || name.equals("n")) {
        parts.add(new Placeholder(name, 0));
      } else if (name.matches("n:[1-9]")) {
        parts.add(new Placeholder("n", name.charAt(2) - '0'));
      } else {
        problems.add("unknown placeholder {" + name + "}; known: {prefix}, {authority}, {year},"
            + " {n}, {n:W} (W = 1..9)");
      }
      i = end + 1;
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return parts;
  }

  /** The pattern. */
  public String pattern() {
    return pattern;
  }

  /**
   * Takes the next value of the counter of {@code authority} in {@code year} and makes its number.
   *
   * @throws IllegalArgumentException if the pattern has {@code {prefix}} and the authority has no
   *     prefix (checked before a value is taken)
   */
  public Allocated allocate(String authority, int year) {
    Objects.requireNonNull(authority, "authority");
    if (usesPrefix() && !prefixes.containsKey(authority)) {
      throw new IllegalArgumentException("no task number prefix for authority '" + authority
          + "'; configured: " + prefixes.keySet());
    }
    long n = sequence.next(authority, year);
    return new Allocated(format(authority, year, n), n);
  }

  /** The number the pattern makes for these values (allocates nothing). */
  public String format(String authority, int year, long n) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof String s) {
        b.append(s);
        continue;
      }
      Placeholder h = (Placeholder) p;
      switch (h.name) {
        case "prefix" -> {
          String prefix = prefixes.get(authority);
          if (prefix == null) {
            throw new IllegalArgumentException("no task number prefix for authority '"
                + authority + "'; configured: " + prefixes.keySet());
          }
          b.append(prefix);
        }
        case "authority" -> b.append(authority);
        case "year" -> b.append(year);
        default -> {
          String digits = Long.toString(n);
          b.append("0".repeat(Math.max(0, h.width - digits.length()))).append(digits);
        }
      }
    }
    return b.toString();
  }

  private boolean usesPrefix() {
    return parts.stream().anyMatch(p -> p instanceof Placeholder h && h.name.equals("prefix"));
  }
}
