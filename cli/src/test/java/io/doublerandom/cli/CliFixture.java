package io.doublerandom.cli;

import io.doublerandom.sample.BundledSample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs the tool with captured streams and prepares files for the draw and verify tests. */
final class CliFixture {
  /** A recorded seed value (32 bytes 00..1f). */
  static final String SEED =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  final Path dir;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  CliFixture(Path dir) {
    this.dir = dir;
  }

  /** Runs the tool with fresh captured streams; returns the exit code. */
  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return DoubleRandomCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  String path(String name) {
    return dir.resolve(name).toString();
  }

  /** The bundled sample's entities.csv copied into the directory, all 20,000. */
  Path sampleEntities() throws IOException {
    Path file = dir.resolve("entities.csv");
    try (InputStream in = BundledSample.open(BundledSample.ENTITIES)) {
      Files.copy(in, file);
    }
    return file;
  }

  /** The header and the first {@code n} entities of the bundled sample, as {@code name}. */
  Path sampleEntities(String name, int n) throws IOException {
    List<String> lines = sampleLines(n);
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** The header and the first {@code n} entity lines of the bundled sample. */
  static List<String> sampleLines(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BundledSample.open(BundledSample.ENTITIES), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && lines.size() <= n) {
        lines.add(line);
      }
    }
    return lines;
  }

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A design file with a 5% ceiling ratio, a minimum of 1, D at 20% and 3 alternates. */
  Path design() throws IOException {
    return write("design.json", """
        {
          "task": "SX-2025-0001",
          "method": "srswor",
          "size": {"ratio": "0.05", "rounding": "ceiling", "minimum": 1},
          "stratumSizes": {"D": {"ratio": "0.2"}},
          "alternates": 3
        }
        """);
  }

  /** The names of the files in the directory, sorted. */
  List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
