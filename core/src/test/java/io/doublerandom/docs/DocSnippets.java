package io.doublerandom.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code regions of a test ({@code // snippet:NAME} … {@code // end:NAME}) and the Java
 * blocks of a docs page shown after {@code <!-- snippet: NAME -->}, so a guide test can check that
 * the page shows exactly the code it runs (the convention of {@code DrawingGuideTest}).
 */
public final class DocSnippets {
  private static final Pattern REGION = Pattern.compile(
      "(?s)// snippet:([a-z-]+)\\n(.*?)\\n\\s*// end:\\1\\n");
  private static final Pattern DOC = Pattern.compile(
      "(?s)<!-- snippet: ([a-z-]+) -->\\n```java\\n(.*?)\\n```\\n");

  private DocSnippets() {}

  /** The regions of a test source, dedented, in source order. */
  public static Map<String, String> regions(Path source) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
    while (m.find()) {
      if (out.put(m.group(1), dedent(m.group(2))) != null) {
        throw new IllegalStateException("snippet " + m.group(1) + " twice in " + source);
      }
    }
    return out;
  }

  /** The snippets a docs page shows, in page order. */
  public static Map<String, String> shown(Path page) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = DOC.matcher(Files.readString(page, StandardCharsets.UTF_8));
    while (m.find()) {
      if (out.put(m.group(1), m.group(2)) != null) {
        throw new IllegalStateException("snippet " + m.group(1) + " shown twice in " + page);
      }
    }
    return out;
  }

  private static String dedent(String block) {
    List<String> lines = List.of(block.split("\n", -1));
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString().stripTrailing();
  }
}
