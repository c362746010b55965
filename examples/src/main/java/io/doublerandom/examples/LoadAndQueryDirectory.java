package io.doublerandom.examples;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.sample.BundledSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Example for embedders: load the bundled entity directory, check the import report, and query
 * the directory — by region and risk class, and by "which entities does this item apply to".
 *
 * <p>Run it with {@code mvn -pl examples -am -q exec:java} or from the IDE; {@code
 * LoadAndQueryDirectoryTest} runs it on every build.
 */
public final class LoadAndQueryDirectory {
  private LoadAndQueryDirectory() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Runs the example, printing to {@code out}; returns the directory it built. */
  public static EntityDirectory run(PrintStream out) throws IOException {
    // 1. Import: every problem of the file is reported; with any error there are no values.
    ImportOptions options = ImportOptions.builder().regions(RegionTable.shanxi()).build();
    ImportResult<MarketEntity> result;
    try (InputStream in = BundledSample.open(BundledSample.ENTITIES)) {
      result = EntityFiles.read(in, BundledSample.ENTITIES, Format.CSV, options);
    }
    if (!result.ok()) {
      out.println(result.report().format());
      throw new IllegalStateException("the sample does not import: " + result.report().summary());
    }
    EntityDirectory directory = EntityDirectory.of(result.values());
    out.printf("loaded %,d entities%n", directory.size());

    // 2. Query: operating entities of Taiyuan (140100) in the high credit-risk classes C and D.
    EntityQuery highRiskTaiyuan = EntityQuery.builder()
        .addRegions(RegionCode.of("140100"))
        .addStatuses(RegistrationStatus.OPERATING)
        .addRiskClasses("C", "D")
        .build();
    List<MarketEntity> found = directory.query(highRiskTaiyuan);
    out.printf("operating entities of 太原市 in risk classes C and D: %,d%n", found.size());
    found.stream().limit(3).forEach(e ->
        out.printf("  %s %s %s%n", e.id().value(), e.name(), e.generalRiskClass().orElse("-")));

    // 3. Mapping from an item to its targets, answered from the directory's indexes.
    InspectionItem specialEquipment = InspectionItem.builder()
        .code("SC-10-01")
        .category("特种设备安全检查")
        .name("特种设备使用单位监督检查")
        .kind(io.doublerandom.model.ItemKind.GENERAL)
        .responsibleDepartment("县级以上市场监管部门")
        .appliesTo(io.doublerandom.model.ApplicabilityRule.builder()
            .addAnyTags("特种设备使用单位").build())
        .build();
    out.printf("entities item %s applies to: %,d%n", specialEquipment.code(),
        directory.applicableTo(specialEquipment).size());
    return directory;
  }
}
