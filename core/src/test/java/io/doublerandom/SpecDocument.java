package io.doublerandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the test vectors of a specification page (docs/draw-spec.md, docs/assignment-spec.md):
 * fenced blocks whose info string starts with a kind ({@code vector}, {@code manifest}, …), and
 * in them lines {@code name: value}.
 */
public final class SpecDocument {
  private SpecDocument() {}

  /**
   * The fenced blocks of {@code spec} whose info string's first word is {@code kind}; each block
   * starts with its info string, then its lines.
   */
  public static List<List<String>> blocks(Path spec, String kind) throws IOException {
    List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : lines) {
      if (current == null && line.startsWith("```" + kind)
          && (line.length() == 3 + kind.length() || line.charAt(3 + kind.length()) == ' ')) {
        current = new ArrayList<>();
        current.add(line.substring(3));
      } else if (current != null && line.equals("```")) {
        blocks.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** One vector: its lines split at the first ": ". */
  public record Vector(List<String[]> entries) {
    /** Every value of {@code key}, in order. */
    public List<String> all(String key) {
      return entries.stream().filter(e -> e[0].equals(key)).map(e -> e[1]).toList();
    }

    /** The only value of {@code key} (fails unless there is exactly one). */
    public String one(String key) {
      List<String> v = all(key);
      assertEquals(1, v.size(), "exactly one '" + key + "'");
      return v.get(0);
    }
  }

  /** The vector of a block (its lines after the info string). */
  public static Vector parse(List<String> block) {
    List<String[]> entries = new ArrayList<>();
    for (String line : block.subList(1, block.size())) {
      int colon = line.indexOf(": ");
      assertTrue(colon > 0, "vector line without ': ': " + line);
      entries.add(new String[] {line.substring(0, colon), line.substring(colon + 2)});
    }
    return new Vector(entries);
  }
}
