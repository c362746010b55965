package io.doublerandom.cli;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.EntityCandidates;
import io.doublerandom.draw.Exclusion;
import io.doublerandom.draw.Population;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportProblem;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.UnusableInputException;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RiskScheme;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The population options shared by {@code draw} and {@code verify} (a picocli mixin), and the
 * derivation of the draw population from an entity file: entities excluded explicitly by the
 * design file get the design's reason, entities not operating get {@code not-operating} (unless
 * the design turns that off), every other entity is a candidate with the stratifier's label and,
 * for weighted designs, the score of its risk class. {@code verify} must derive the population
 * exactly as the draw did, so it takes the same options and design file.
 */
final class PopulationInput {
  /** The reason code of entities excluded because they are not operating. */
  static final String NOT_OPERATING = "not-operating";

  @Option(names = "--stratify-by", paramLabel = "STRATIFIER",
      description = "Strata: risk (general credit-risk class, the default), risk:DOMAIN (e.g."
          + " risk:food), kind, region, city or none. Overrides the design file's stratifyBy.")
  String stratifyBy;

  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "Encoding of a CSV population: auto (default: UTF-8 with or without BOM,"
          + " else GB18030), UTF-8 or GB18030.")
  String charset = "auto";

  @Option(names = "--regions", paramLabel = "TABLE",
      description = "Region codes must be in this table: none (default), shanxi (bundled) or a"
          + " file of lines 'code<TAB>name'.")
  String regions = "none";

  @Option(names = "--risk-classes", paramLabel = "SCHEME",
      description = "Credit-risk classes of the population file: A-D (default) or A-E.")
  String riskClasses = "A-D";

  /**
   * What was read and derived.
   *
   * @param population the candidates and exclusions
   * @param entities the number of entities in the file
   * @param stratifier the stratifier used
   * @param warnings import warnings (they do not prevent the draw)
   */
  record Loaded(Population population, int entities, Stratifier stratifier,
      List<ImportProblem> warnings) {}

  /** The stratifier: the option, else the design file's, else the general risk class. */
  Stratifier stratifier(Optional<DesignFile> design) {
    String name = stratifyBy != null ? stratifyBy
        : design.flatMap(DesignFile::stratifyBy).orElse(null);
    if (name == null) {
      return Stratifier.defaultStratifier();
    }
    try {
      return Stratifier.parse(name);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable("--stratify-by: " + e.getMessage());
    }
  }

  /**
   * Reads the entity file and derives the population.
   *
   * @throws CommandFailure exit 2 for an unusable file or a design that does not fit the data
   *     (a risk class without a score), exit 1 for import errors (every problem listed)
   */
  Loaded load(Path file, Optional<DesignFile> design, boolean weighted, Progress progress) {
    Stratifier stratifier = stratifier(design);
    progress.phase("reading " + file + sizeOf(file));
    ImportResult<MarketEntity> result;
    try {
      result = EntityFiles.read(file, importOptions());
    } catch (UnusableInputException e) {
      throw CommandFailure.unusable("unusable input: " + e.getMessage());
    }
    if (!result.ok()) {
      List<String> lines = new ArrayList<>();
      result.report().problems().forEach(p -> lines.add(p.toString()));
      lines.add(result.report().summary());
      throw CommandFailure.invalid(lines);
    }
    List<MarketEntity> entities = result.values();
    progress.phase(String.format(Locale.ROOT, "read %,d entities", entities.size()));

    Map<String, String> explicit = new HashMap<>();
    design.ifPresent(d -> d.exclusions().forEach(x -> explicit.put(x.id(), x.reason())));
    boolean excludeNotOperating = design.map(DesignFile::excludeNotOperating).orElse(true);
    Map<String, BigDecimal> scores = design.map(DesignFile::scores).orElse(Map.of());
    String domain = design.map(DesignFile::scoreDomain).orElse("general");
    Map<String, int[]> unscored = new TreeMap<>();
    Map<String, String> firstUnscored = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>(entities.size());
    List<Exclusion> exclusions = new ArrayList<>();
    design.ifPresent(d -> exclusions.addAll(d.exclusions()));
    long n = 0;
    for (MarketEntity e : entities) {
      String id = e.id().value();
      progress.count(++n, "entities classified");
      if (explicit.containsKey(id)) {
        continue;
      }
      if (excludeNotOperating && !e.isOperating()) {
        exclusions.add(new Exclusion(id, NOT_OPERATING));
        continue;
      }
      String stratum = stratifier.function().apply(e);
      if (!weighted) {
        candidates.add(Candidate.of(id, stratum));
        continue;
      }
      String riskClass = e.riskClass(domain).orElse(EntityCandidates.UNRATED);
      BigDecimal score = scores.get(riskClass);
      if (score == null) {
        unscored.computeIfAbsent(riskClass, k -> new int[1])[0]++;
        firstUnscored.putIfAbsent(riskClass, id);
        continue;
      }
      candidates.add(Candidate.scored(id, stratum, score));
    }
    if (!unscored.isEmpty()) {
      List<String> lines = new ArrayList<>();
      unscored.forEach((c, count) -> lines.add(String.format(Locale.ROOT,
          "design scores: no score for risk class '%s' of domain %s: %,d entities (first %s);"
              + " add \"%s\" to \"scores\"", c, domain, count[0], firstUnscored.get(c), c)));
      throw CommandFailure.unusable(lines);
    }
    progress.phase(String.format(Locale.ROOT,
        "%,d candidates, %,d exclusions; sorting ids and computing the population digest",
        candidates.size(), exclusions.size()));
    Population population;
    try {
      population = Population.of(candidates, exclusions);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.invalid(List.of("population: " + e.getMessage()));
    }
    progress.phase("population digest " + population.digest());
    return new Loaded(population, entities.size(), stratifier, result.report().warnings());
  }

  private static String sizeOf(Path file) {
    try {
      return String.format(Locale.ROOT, " (%,d bytes)", Files.size(file));
    } catch (IOException e) {
      return "";
    }
  }

  private ImportOptions importOptions() {
    ImportOptions.Builder b = ImportOptions.builder();
    if (!"auto".equalsIgnoreCase(charset)) {
      try {
        b.charset(Charset.forName(charset));
      } catch (IllegalArgumentException e) {
        throw CommandFailure.unusable("--charset: unknown charset '" + charset + "'");
      }
    }
    switch (regions.toLowerCase(Locale.ROOT)) {
      case "shanxi" -> b.regions(RegionTable.shanxi());
      case "none" -> { }
      default -> {
        Path table = Path.of(regions);
        try (Reader r = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
          b.regions(RegionTable.read(table.getFileName().toString(), r));
        } catch (NoSuchFileException e) {
          throw CommandFailure.unusable("--regions: no such file " + regions);
        } catch (IOException | IllegalArgumentException e) {
          throw CommandFailure.unusable("--regions: " + e.getMessage());
        }
      }
    }
    b.riskScheme(switch (riskClasses.toUpperCase(Locale.ROOT)) {
      case "A-D" -> RiskScheme.NATIONAL_FOUR;
      case "A-E" -> RiskScheme.FIVE_CLASSES;
      default -> throw CommandFailure.unusable("--risk-classes must be A-D or A-E, got '"
          + riskClasses + "'");
    });
    return b.build();
  }
}
