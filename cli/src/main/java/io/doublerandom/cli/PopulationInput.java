package io.doublerandom.cli;

import io.doublerandom.draw.Eligibility;
import io.doublerandom.draw.EntityCandidates;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.PopulationBuilder;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportProblem;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.TextFiles;
import io.doublerandom.io.UnusableInputException;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionTable;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.RiskScheme;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The population options shared by {@code draw} and {@code verify} (a picocli mixin), and the
 * derivation of the draw population from an entity file through core's {@link PopulationBuilder},
 * so that the CLI and the library give the same population for the same configuration:
 *
 * <ul>
 *   <li>eligibility: the design file's {@link DesignFile#eligibility()} (by default {@link
 *       Eligibility#notOperating()}: reason codes {@code deregistered}, {@code revoked}, {@code
 *       cancelled}, {@code moved-out}; explicit exclusions get {@code explicit} with their text in
 *       the population definition);
 *   <li>stratifier: the {@link Stratifier} under its recorded name;
 *   <li>scorer, for weighted designs: {@link #scorerName} with the design file's scores of the
 *       classes in its score domain.
 * </ul>
 *
 * <p>{@code verify} must derive the population exactly as the draw did, so it takes the same
 * options and design file; the population definition in the manifest records what was used.
 */
final class PopulationInput {
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
   * @param population the candidates and exclusions, with their definition
   * @param entities the number of entities in the file
   * @param stratifier the stratifier used
   * @param warnings import warnings (they do not prevent the draw)
   * @param absentExclusions ids the design file excludes by name that are not in the file, in
   *     UTF-8 byte order (recorded in the definition, but neither candidates nor exclusions)
   */
  record Loaded(Population population, int entities, Stratifier stratifier,
      List<ImportProblem> warnings, List<String> absentExclusions) {}

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
   * The recorded name of the scorer of weighted designs: {@code <domain>-risk-class-score}
   * followed by {@code <class>=<score>} for every scored class in the order of the class names,
   * scores in canonical decimal form, for example {@code general-risk-class-score A=1 B=2 C=4
   * D=8 unrated=2.5}.
   */
  static String scorerName(String domain, Map<String, BigDecimal> scores) {
    StringBuilder b = new StringBuilder(Stratifier.riskClassName(domain)).append("-score");
    new TreeMap<>(scores).forEach((c, s) -> b.append(' ').append(c).append('=')
        .append(s.signum() == 0 ? "0" : s.stripTrailingZeros().toPlainString()));
    return b.toString();
  }

  /**
   * The scorer of weighted designs: the score of the entity's class in {@code domain} ({@value
   * EntityCandidates#UNRATED} without one), empty for a class without a score.
   */
  static Function<MarketEntity, Optional<BigDecimal>> scorer(String domain,
      Map<String, BigDecimal> scores) {
    return e -> Optional.ofNullable(scores.get(riskClass(e, domain)));
  }

  private static String riskClass(MarketEntity e, String domain) {
    return e.riskClass(domain).orElse(EntityCandidates.UNRATED);
  }

  /**
   * Reads the entity file and derives the population.
   *
   * @throws CommandFailure exit 2 for an unusable file or a design that does not fit the data
   *     (a risk class of an eligible entity without a score), exit 1 for import errors (every
   *     problem listed)
   */
  Loaded load(Path file, Optional<DesignFile> design, boolean weighted, Progress progress) {
    Stratifier stratifier = stratifier(design);
    progress.phase("reading " + file + sizeOf(file));
    ImportResult<MarketEntity> result;
    try {
      result = EntityFiles.read(file, importOptions(progress));
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

    Eligibility eligibility = design.map(DesignFile::eligibility)
        .orElse(Eligibility.notOperating());
    PopulationBuilder builder = stratifier.applyTo(PopulationBuilder.from(entities))
        .eligibility(eligibility);
    if (weighted) {
      Map<String, BigDecimal> scores = design.map(DesignFile::scores).orElse(Map.of());
      String domain = design.map(DesignFile::scoreDomain).orElse(RiskRating.GENERAL);
      checkScores(entities, eligibility, domain, scores);
      try {
        builder.scorer(scorerName(domain, scores), scorer(domain, scores));
      } catch (IllegalArgumentException e) {
        throw CommandFailure.unusable("design scores: " + e.getMessage());
      }
    }
    progress.phase("deriving candidates and exclusions; sorting ids and computing the"
        + " population digest");
    Population population;
    try {
      population = builder.build();
    } catch (IllegalArgumentException e) {
      throw CommandFailure.invalid(List.of("population: " + e.getMessage()));
    }
    progress.phase(String.format(Locale.ROOT, "%,d candidates, %,d exclusions; population"
        + " digest %s", population.size(), population.exclusions().size(), population.digest()));
    return new Loaded(population, entities.size(), stratifier, result.report().warnings(),
        absent(eligibility, entities));
  }

  /**
   * Fails, listing every risk class without a score with its number of eligible entities, if an
   * eligible entity's class has no score (the builder would stop at the first such entity).
   */
  private static void checkScores(List<MarketEntity> entities, Eligibility eligibility,
      String domain, Map<String, BigDecimal> scores) {
    Map<String, int[]> unscored = new TreeMap<>();
    Map<String, String> firstUnscored = new TreeMap<>();
    for (MarketEntity e : entities) {
      String riskClass = riskClass(e, domain);
      if (!scores.containsKey(riskClass) && eligibility.reasonFor(e).isEmpty()) {
        unscored.computeIfAbsent(riskClass, k -> new int[1])[0]++;
        firstUnscored.putIfAbsent(riskClass, e.id().value());
      }
    }
    if (!unscored.isEmpty()) {
      List<String> lines = new ArrayList<>();
      unscored.forEach((c, count) -> lines.add(String.format(Locale.ROOT,
          "design scores: no score for risk class '%s' of domain %s: %,d entities (first %s);"
              + " add \"%s\" to \"scores\"", c, domain, count[0], firstUnscored.get(c), c)));
      throw CommandFailure.unusable(lines);
    }
  }

  /** The ids excluded by name that no entity of the file has. */
  private static List<String> absent(Eligibility eligibility, List<MarketEntity> entities) {
    if (eligibility.explicitExclusions().isEmpty()) {
      return List.of();
    }
    Set<String> ids = new HashSet<>(entities.size() * 2);
    entities.forEach(e -> ids.add(e.id().value()));
    return eligibility.explicitExclusions().keySet().stream().filter(id -> !ids.contains(id))
        .toList();
  }

  private static String sizeOf(Path file) {
    try {
      return String.format(Locale.ROOT, " (%,d bytes)", Files.size(file));
    } catch (IOException e) {
      return "";
    }
  }

  /** The import options of the entity file, with the progress of the reading. */
  private ImportOptions importOptions(Progress progress) {
    return importOptions(charset, regions, riskClasses).toBuilder()
        .progress(n -> progress.count(n, "entities read"))
        .build();
  }

  /**
   * The import options of the entity, inspector and checklist files from the options {@code
   * --charset}, {@code --regions} and {@code --risk-classes} (of {@code draw}, {@code verify} and
   * {@code assign}).
   */
  static ImportOptions importOptions(String charset, String regions, String riskClasses) {
    ImportOptions.Builder b = ImportOptions.builder();
    if (!"auto".equalsIgnoreCase(charset)) {
      try {
        b.charset(Charset.forName(charset.strip()));
      } catch (IllegalArgumentException e) {
        throw CommandFailure.unusable("--charset: unknown charset '" + charset + "'; give auto"
            + " (UTF-8 or GB18030, detected), UTF-8, GB18030 or another charset name Java knows");
      }
    }
    switch (regions.toLowerCase(Locale.ROOT)) {
      case "shanxi" -> b.regions(RegionTable.shanxi());
      case "none" -> { }
      default -> {
        Path table = Path.of(regions);
        String text;
        try {
          text = TextFiles.detected(table, Optional.empty());
        } catch (UnusableInputException e) {
          throw CommandFailure.unusable("--regions: " + e.getMessage());
        }
        try (Reader r = new StringReader(text)) {
          b.regions(RegionTable.read(table.getFileName().toString(), r));
        } catch (IOException | IllegalArgumentException e) {
          throw CommandFailure.unusable("--regions: " + regions + ": " + e.getMessage());
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
