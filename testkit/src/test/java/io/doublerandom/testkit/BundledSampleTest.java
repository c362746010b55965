package io.doublerandom.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.io.AuthorityFiles;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.model.Authority;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionTable;
import io.doublerandom.sample.BundledSample;
import io.doublerandom.testkit.ShanxiSampleGenerator.SampleData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample files are exactly the generator's output, and they import without a
 * single problem under the strictest options.
 */
class BundledSampleTest {
  private static SampleData generated;

  @BeforeAll
  static void generate() {
    generated = ShanxiSampleGenerator.bundledSample();
  }

  @Test
  void committedFilesAreTheGeneratorsOutput(@TempDir Path dir) throws IOException {
    GenerateSampleData.write(generated, dir);
    for (String file : BundledSample.FILES) {
      byte[] committed;
      try (InputStream in = BundledSample.open(file)) {
        committed = in.readAllBytes();
      }
      assertArrayEquals(Files.readAllBytes(dir.resolve(file)), committed,
          file + " differs from the generator's output; regenerate the bundled sample with"
              + " GenerateSampleData sample-data/src/main/resources/io/doublerandom/sample");
    }
  }

  @Test
  void bundledFilesImportWithoutProblemsAndEqualTheGeneratedValues() throws IOException {
    ImportResult<Authority> authorities;
    try (InputStream in = BundledSample.open(BundledSample.AUTHORITIES)) {
      authorities = AuthorityFiles.read(in, BundledSample.AUTHORITIES, Format.CSV,
          ImportOptions.builder().regions(RegionTable.shanxi()).build());
    }
    assertTrue(authorities.report().problems().isEmpty(), authorities.report().format());
    ImportOptions strict = ImportOptions.builder()
        .regions(RegionTable.shanxi())
        .strictIdentifiers(true)
        .knownAuthorities(authorities.values().stream().map(Authority::code)
            .collect(Collectors.toList()))
        .build();
    ImportResult<MarketEntity> entities;
    try (InputStream in = BundledSample.open(BundledSample.ENTITIES)) {
      entities = EntityFiles.read(in, BundledSample.ENTITIES, Format.CSV, strict);
    }
    assertTrue(entities.report().problems().isEmpty(), entities.report().format());
    ImportResult<Inspector> inspectors;
    try (InputStream in = BundledSample.open(BundledSample.INSPECTORS)) {
      inspectors = InspectorFiles.read(in, BundledSample.INSPECTORS, Format.CSV, strict);
    }
    assertTrue(inspectors.report().problems().isEmpty(), inspectors.report().format());
    ImportResult<Checklist> checklist;
    try (InputStream in = BundledSample.open(BundledSample.CHECKLIST)) {
      checklist = ChecklistFiles.read(in, BundledSample.CHECKLIST, strict);
    }
    assertTrue(checklist.report().problems().isEmpty(), checklist.report().format());

    assertEquals(generated.authorities(), authorities.values());
    assertEquals(generated.entities(), entities.values());
    assertEquals(generated.inspectors(), inspectors.values());
    assertEquals(generated.checklist(), checklist.value());
  }
}
