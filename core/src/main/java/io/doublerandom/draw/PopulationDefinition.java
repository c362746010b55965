package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a population was defined: the directed filter (定向), the stratifier, the scorer and the
 * eligibility rules with their parameters, as canonical {@code name=value} lines that the manifest
 * carries verbatim (docs/draw-spec.md, "Population definition"). An auditor reads from them which
 * entities the population was meant to hold and why the excluded ones were excluded; the manifest
 * hash commits to them before the seed is known.
 *
 * <p>{@link PopulationBuilder} writes the definition of the populations it builds. A population
 * assembled by hand from candidates has {@linkplain #none() no definition}, and its manifest has no
 * definition lines.
 *
 * <p>Every line is {@code name=value}: the name is {@code population} followed by one or more
 * {@code .token} parts (tokens of {@code a-z}, {@code 0-9} and {@code -}, not starting with
 * {@code -}); the value is a non-empty text without control characters.
 */
public final class PopulationDefinition {
  /** The first line of every non-empty definition. */
  public static final String HEADER = "population.definition=doublerandom-population/v1";

  private static final Pattern NAME = Pattern.compile("population(\\.[a-z0-9][a-z0-9-]*)+");
  private static final PopulationDefinition NONE = new PopulationDefinition(List.of());

  private final List<String> lines;

  private PopulationDefinition(List<String> lines) {
    this.lines = lines;
  }

  /** The empty definition of a population assembled by hand. */
  public static PopulationDefinition none() {
    return NONE;
  }

  /**
   * A definition of canonical lines, in their order.
   *
   * @throws IllegalArgumentException if a line is not {@code name=value} as described above, or
   *     if the lines are not empty and the first is not {@link #HEADER}; the message names the line
   */
  @JsonCreator
  public static PopulationDefinition of(List<String> lines) {
    Objects.requireNonNull(lines, "definition lines");
    if (lines.isEmpty()) {
      return NONE;
    }
    checkArgument(HEADER.equals(lines.get(0)),
        "a population definition must start with '%s', not '%s'", HEADER, lines.get(0));
    for (String line : lines) {
      checkLine(line);
    }
    return new PopulationDefinition(List.copyOf(lines));
  }

  static String checkLine(String line) {
    checkArgument(line != null, "population definition line must not be null");
    int eq = line.indexOf('=');
    checkArgument(eq > 0 && NAME.matcher(line.substring(0, eq)).matches(),
        "population definition line must be 'population.<name>=<value>': '%s'", line);
    Codec.text("value of population definition line " + line.substring(0, eq),
        line.substring(eq + 1));
    return line;
  }

  /** The lines, each {@code name=value} without a line end, in canonical order. */
  @JsonValue
  public List<String> lines() {
    return lines;
  }

  /** Whether there are no lines (a population assembled by hand). */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PopulationDefinition d && lines.equals(d.lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  /** The lines joined by LF. */
  @Override
  public String toString() {
    return String.join("\n", lines);
  }
}
