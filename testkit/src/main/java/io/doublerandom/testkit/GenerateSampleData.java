package io.doublerandom.testkit;

import io.doublerandom.io.AuthorityFiles;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.testkit.ShanxiSampleGenerator.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated sample data set to a directory, in the formats of {@code docs/formats.md}:
 * {@code authorities.csv}, {@code entities.csv}, {@code inspectors.csv} and {@code
 * checklist.json}. Each file is written atomically.
 *
 * <p>Usage: {@code GenerateSampleData DIR [SEED ENTITIES INSPECTORS]}; without the optional
 * arguments it writes the bundled sample. The bundled files in {@code sample-data} are regenerated
 * with {@code GenerateSampleData sample-data/src/main/resources/io/doublerandom/sample}.
 */
public final class GenerateSampleData {
  private GenerateSampleData() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 && args.length != 4) {
      System.err.println("usage: GenerateSampleData DIR [SEED ENTITIES INSPECTORS]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    SampleData data = args.length == 4
        ? new ShanxiSampleGenerator(Long.parseLong(args[1]))
            .generate(Integer.parseInt(args[2]), Integer.parseInt(args[3]))
        : ShanxiSampleGenerator.bundledSample();
    write(data, dir);
    System.out.printf("wrote %d authorities, %d entities, %d inspectors, %d items to %s%n",
        data.authorities().size(), data.entities().size(), data.inspectors().size(),
        data.checklist().items().size(), dir);
  }

  /** Writes the four files of {@code data} into {@code dir}, creating it if needed. */
  public static void write(SampleData data, Path dir) throws IOException {
    Files.createDirectories(dir);
    AuthorityFiles.write(data.authorities(), dir.resolve("authorities.csv"));
    EntityFiles.write(data.entities(), dir.resolve("entities.csv"));
    InspectorFiles.write(data.inspectors(), dir.resolve("inspectors.csv"));
    ChecklistFiles.write(data.checklist(), dir.resolve("checklist.json"));
  }
}
