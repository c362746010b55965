package io.doublerandom.benchmarks;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Query latency of an {@link EntityDirectory} of 1,000,000 synthetic entities: a query by
 * prefecture and risk class, a narrow query by county, tag and risk class, an applicability
 * rule, and, for comparison, the same first query by scanning every entity with
 * {@link EntityQuery#matches}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@State(Scope.Benchmark)
public class DirectoryQueryBenchmark {
  private EntityDirectory directory;
  private EntityQuery prefectureAndRisk;
  private EntityQuery countyTagAndRisk;
  private ApplicabilityRule foodProduction;

  /** Builds the directory and the queries. */
  @Setup(Level.Trial)
  public void setUp() {
    directory = EntityDirectory.of(SyntheticDirectory.generate(1_000_000,
        SyntheticDirectory.SEED));
    prefectureAndRisk = EntityQuery.builder()
        .addRegions(RegionCode.of("140100"))
        .addRiskClasses("C", "D")
        .build();
    countyTagAndRisk = EntityQuery.builder()
        .addRegions(RegionCode.of("140305"))
        .addAllTags("特种设备使用")
        .addStatuses(RegistrationStatus.OPERATING)
        .addRiskClasses("B", "C", "D")
        .build();
    foodProduction = ApplicabilityRule.builder()
        .addKinds(EntityKind.ENTERPRISE, EntityKind.BRANCH)
        .addIndustries(IndustryCode.of("C"))
        .addAnyTags("食品生产", "食品销售")
        .build();
  }

  /** Entities of a prefecture in risk class C or D, as a list. */
  @Benchmark
  public List<MarketEntity> queryPrefectureAndRiskClass() {
    return directory.query(prefectureAndRisk);
  }

  /** The same, counted only. */
  @Benchmark
  public int countPrefectureAndRiskClass() {
    return directory.count(prefectureAndRisk);
  }

  /** A narrow query: one county, one tag, operating, class B–D. */
  @Benchmark
  public List<MarketEntity> queryCountyTagAndRiskClass() {
    return directory.query(countyTagAndRisk);
  }

  /** The entities a food-production item applies to. */
  @Benchmark
  public List<MarketEntity> applicableToRule() {
    return directory.applicableTo(foodProduction);
  }

  /** Baseline: the prefecture-and-risk query by scanning every entity. */
  @Benchmark
  public int scanPrefectureAndRiskClass() {
    int n = 0;
    for (MarketEntity e : directory.all()) {
      if (prefectureAndRisk.matches(e)) {
        n++;
      }
    }
    return n;
  }
}
