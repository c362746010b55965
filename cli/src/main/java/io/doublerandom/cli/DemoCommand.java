package io.doublerandom.cli;

import io.doublerandom.checklist.ChecklistClaims;
import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.directory.InspectorDirectory;
import io.doublerandom.directory.InspectorQuery;
import io.doublerandom.io.AuthorityFiles;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.io.UnusableInputException;
import io.doublerandom.model.Authority;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.ItemKind;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.RiskScheme;
import io.doublerandom.sample.BundledSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code doublerandom demo}: loads the bundled sample (or a directory of files in the same
 * layout), validates it and prints a summary of the directories and the checklist.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the bundled Shanxi-shaped sample (authorities, 20,000 entities, 360 inspectors, the"
          + " checklist), validates every file and prints a summary per city, kind, risk class,"
          + " inspectors per specialty and items per category."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Read authorities.csv, entities.csv, inspectors.csv and checklist.json from"
          + " DIR instead of the bundled sample.")
  Path data;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The day for which certificates and availability are counted (default:"
          + " 2025-06-02, a working day of the sample's year).")
  LocalDate day = LocalDate.of(2025, 6, 2);

  private PrintWriter out;

  @Override
  public Integer call() throws IOException {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RegionTable regions = RegionTable.shanxi();
    try {
      out.println("DoubleRandom demo — " + (data == null ? "bundled sample" : data.toString()));
      out.println();
      out.println("1. Validating the files");
      ImportResult<Authority> authorities = read(BundledSample.AUTHORITIES,
          in -> AuthorityFiles.read(in, BundledSample.AUTHORITIES, Format.CSV,
              ImportOptions.builder().regions(regions).build()));
      if (!report(BundledSample.AUTHORITIES, authorities)) {
        return DoubleRandomCli.INVALID;
      }
      ImportOptions options = ImportOptions.builder()
          .regions(regions)
          .riskScheme(RiskScheme.NATIONAL_FOUR)
          .knownAuthorities(authorities.values().stream().map(Authority::code).toList())
          .build();
      ImportResult<MarketEntity> entities = read(BundledSample.ENTITIES,
          in -> EntityFiles.read(in, BundledSample.ENTITIES, Format.CSV, options));
      ImportResult<Inspector> inspectors = read(BundledSample.INSPECTORS,
          in -> InspectorFiles.read(in, BundledSample.INSPECTORS, Format.CSV, options));
      ImportResult<Checklist> checklist = read(BundledSample.CHECKLIST,
          in -> ChecklistFiles.read(in, BundledSample.CHECKLIST, options));
      boolean ok = report(BundledSample.ENTITIES, entities)
          & report(BundledSample.INSPECTORS, inspectors)
          & report(BundledSample.CHECKLIST, checklist);
      if (!ok) {
        return DoubleRandomCli.INVALID;
      }
      EntityDirectory entityDirectory = EntityDirectory.of(entities.values());
      InspectorDirectory inspectorDirectory = InspectorDirectory.of(inspectors.values());
      summariseEntities(entityDirectory, regions);
      summariseInspectors(inspectorDirectory);
      summariseChecklist(checklist.value(), entityDirectory);
      return DoubleRandomCli.OK;
    } catch (UnusableInputException e) {
      err.println("unusable input: " + e.getMessage());
      return DoubleRandomCli.UNUSABLE;
    } catch (NoSuchFileException e) {
      err.println("unusable input: no such file " + e.getFile());
      return DoubleRandomCli.UNUSABLE;
    }
  }

  private <T> ImportResult<T> read(String file, Function<InputStream, ImportResult<T>> reader)
      throws IOException {
    try (InputStream in = data == null ? BundledSample.open(file)
        : Files.newInputStream(data.resolve(file))) {
      return reader.apply(in);
    }
  }

  private boolean report(String file, ImportResult<?> result) {
    out.printf("   %s%n", result.report().summary());
    if (!result.ok()) {
      result.report().problems().stream().limit(50).forEach(p -> out.println("     " + p));
    }
    return result.ok();
  }

  private void summariseEntities(EntityDirectory directory, RegionTable regions) {
    EntityQuery operating = EntityQuery.builder().addStatuses(RegistrationStatus.OPERATING).build();
    out.println();
    out.printf("2. Entity directory: %,d entities, %,d operating%n", directory.size(),
        directory.count(operating));
    out.println();
    out.println("   per city                  entities  operating");
    for (Map.Entry<RegionCode, Integer> e : directory.countByPrefecture().entrySet()) {
      int live = directory.count(EntityQuery.builder().from(operating).addRegions(e.getKey())
          .build());
      out.printf("   %s %s %,9d  %,9d%n", e.getKey().value(), pad(regions.name(e.getKey())
          .orElse("?"), 16), e.getValue(), live);
    }
    out.println();
    out.println("   per kind");
    for (Map.Entry<EntityKind, Integer> e : directory.countByKind().entrySet()) {
      out.printf("   %s %,9d%n", pad(e.getKey().label(), 28), e.getValue());
    }
    out.println();
    out.println("   per registration status");
    for (Map.Entry<RegistrationStatus, Integer> e : directory.countByStatus().entrySet()) {
      out.printf("   %s %,9d%n", pad(e.getKey().label(), 28), e.getValue());
    }
    out.println();
    out.println("   per general credit-risk class (" + EntityDirectory.NO_RATING
        + " = not yet classified)");
    for (Map.Entry<String, Integer> e : directory.countByRiskClass(RiskRating.GENERAL)
        .entrySet()) {
      String label = RiskScheme.NATIONAL_FOUR.find(e.getKey()).map(c -> c.label()).orElse("未分类");
      out.printf("   %-2s %s %,9d%n", e.getKey(), pad(label, 25), e.getValue());
    }
  }

  private void summariseInspectors(InspectorDirectory directory) {
    out.println();
    int certified = directory.count(InspectorQuery.builder()
        .addKinds(InspectorKind.ENFORCEMENT_OFFICER).certifiedOn(day).build());
    int available = directory.count(InspectorQuery.builder().availableOn(day).build());
    Map<InspectorKind, Integer> kinds = directory.countByKind();
    out.printf("3. Inspector directory: %,d entries — %,d enforcement officers (%,d with a"
        + " certificate valid on %s), %,d experts; %,d available that day%n",
        directory.size(), kinds.getOrDefault(InspectorKind.ENFORCEMENT_OFFICER, 0), certified,
        day, kinds.getOrDefault(InspectorKind.EXPERT, 0), available);
    out.println();
    out.println("   per specialty                 officers  experts");
    for (Map.Entry<String, Integer> e : directory.countBySpecialty().entrySet()) {
      int officers = directory.count(InspectorQuery.builder().addSpecialties(e.getKey())
          .addKinds(InspectorKind.ENFORCEMENT_OFFICER).activeOnly(false).build());
      out.printf("   %s %8d %8d%n", pad(e.getKey(), 28), officers, e.getValue() - officers);
    }
  }

  private void summariseChecklist(Checklist checklist, EntityDirectory directory) {
    out.println();
    long key = checklist.items().stream().filter(i -> i.kind() == ItemKind.KEY).count();
    out.printf("4. Checklist: %s (version %d), %d items (%d key items), %,d claims by"
        + " departments%n", checklist.name(), checklist.version(), checklist.items().size(), key,
        checklist.claims().size());
    out.println();
    out.println("   per category                          items");
    for (Map.Entry<String, Integer> e : ChecklistClaims.itemsPerCategory(checklist).entrySet()) {
      out.printf("   %s %5d%n", pad(e.getKey(), 36), e.getValue());
    }
    out.println();
    out.println("   items with the fewest operating target entities (from the directory index)");
    List<Object[]> rows = new ArrayList<>();
    for (InspectionItem item : checklist.items()) {
      int targets = directory.count(EntityQuery.builder().rule(item.appliesTo())
          .addStatuses(RegistrationStatus.OPERATING).build());
      rows.add(new Object[] {item, targets});
    }
    rows.sort(Comparator.<Object[]>comparingInt(r -> (Integer) r[1])
        .thenComparing(r -> ((InspectionItem) r[0]).code()));
    for (Object[] r : rows.subList(0, Math.min(8, rows.size()))) {
      InspectionItem item = (InspectionItem) r[0];
      out.printf("   %-9s %s %,7d%n", item.code(), pad(shorten(item.name(), 20), 40), r[1]);
    }
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String s, int width) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    StringBuilder b = new StringBuilder(s);
    while (w++ < width) {
      b.append(' ');
    }
    return b.toString();
  }
}
