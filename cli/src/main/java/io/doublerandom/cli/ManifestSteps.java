package io.doublerandom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps {@code draw} and {@code assign} share around a manifest: printing (and writing) it
 * for publication with {@code --manifest-only}, refusing to go on when the recomputed manifest is
 * not the published one, and refusing rejected seed material. Each failure lists every problem.
 */
final class ManifestSteps {
  private ManifestSteps() {}

  /**
   * Prints the canonical text and its hash and, if {@code output} is given, writes the text there
   * atomically; returns {@link DoubleRandomCli#OK}.
   */
  static int printForPublication(PrintWriter out, String text, String hash, Path output)
      throws IOException {
    out.print(text);
    out.println("manifest hash: " + hash);
    if (output != null) {
      AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
      out.println("manifest written to " + output);
    }
    return DoubleRandomCli.OK;
  }

  /**
   * Fails (exit 1) unless {@code published} is the recomputed canonical text, listing every line
   * that differs under {@code headline}, for example "the population or the design differs from
   * the published manifest, nothing drawn:".
   */
  static void checkPublished(String published, String recomputed, String recomputedHash,
      String headline) {
    if (published.equals(recomputed)) {
      return;
    }
    List<String> a = published.lines().toList();
    List<String> b = recomputed.lines().toList();
    List<String> lines = new ArrayList<>();
    lines.add(headline);
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "(none)";
      String y = i < b.size() ? b.get(i) : "(none)";
      if (!x.equals(y)) {
        lines.add("  line " + (i + 1) + ": published " + x + ", recomputed " + y);
      }
    }
    if (lines.size() == 1) {
      lines.add("  the texts differ in line ends or a final newline");
    }
    lines.add("  recomputed manifest hash " + recomputedHash);
    throw CommandFailure.invalid(lines);
  }

  /**
   * Fails (exit 1) if the seed material has problems, listing them under "seed rejected
   * ({@code kind}), nothing {@code done}:".
   */
  static void checkSeed(List<String> rejected, String kind, String done) {
    if (!rejected.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("seed rejected (" + kind + "), nothing " + done + ":");
      rejected.forEach(p -> lines.add("  " + p));
      throw CommandFailure.invalid(lines);
    }
  }
}
