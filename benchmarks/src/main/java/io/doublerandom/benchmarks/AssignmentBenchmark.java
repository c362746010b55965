package io.doublerandom.benchmarks;

import io.doublerandom.assign.Assignment;
import io.doublerandom.assign.AssignmentOutcome;
import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.Verification;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one inspector assignment at the size of issue 4's target: 10,000 visits, 2,000
 * inspectors, teams of two officers plus an expert where the visit needs one (about 30% of
 * visits), 5% of inspectors with a declared conflict ({@link AssignmentScenario}), default rules,
 * single-threaded. One operation is a complete {@link Assignment#assign} (manifest check, seed,
 * rule funnel, keys, flow, record) or {@link Assignment#verify} (the same re-run plus the
 * comparison). Average time per operation in milliseconds; an operation takes about a second,
 * so iterations are a few seconds long.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AssignmentBenchmark -f 1 -wi 1 -i 3}
 * and add {@code -prof gc} for the bytes allocated per assignment ({@code
 * gc.alloc.rate.norm}). Peak heap is measured by {@link AssignmentFootprint}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class AssignmentBenchmark {
  static final int VISITS = 10_000;
  static final int INSPECTORS = 2_000;
  static final long SCENARIO_SEED = 20250602L;

  AssignmentScenario scenario;
  AssignmentRecord record;

  /** Builds the scenario and one record to verify; checks that it is feasible. */
  @Setup(Level.Trial)
  public void setUp() {
    scenario = AssignmentScenario.province(SCENARIO_SEED, INSPECTORS, VISITS);
    AssignmentOutcome o = assignOnce(scenario);
    if (!(o instanceof AssignmentOutcome.Assigned a)) {
      throw new IllegalStateException("the benchmark scenario is infeasible: " + o);
    }
    record = a.record();
  }

  static AssignmentOutcome assignOnce(AssignmentScenario s) {
    return Assignment.assign(s.manifest, s.source, s.input);
  }

  /** One complete assignment of 10,000 visits. */
  @Benchmark
  public AssignmentOutcome assign() {
    return assignOnce(scenario);
  }

  /** One complete verification of the 10,000-visit record. */
  @Benchmark
  public Verification verify() {
    return Assignment.verify(record, scenario.input);
  }
}
