package io.doublerandom.benchmarks;

import io.doublerandom.draw.Candidate;
import io.doublerandom.draw.DrawDesign;
import io.doublerandom.draw.DrawMethod;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.Manifest;
import io.doublerandom.draw.Population;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import io.doublerandom.draw.SizeRule;
import io.doublerandom.draw.StreamingSelection;
import io.doublerandom.draw.TargetDraw;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the stratified target draw over 1 million and 10 million synthetic candidates
 * ({@link SyntheticCandidates}: four strata of 40/30/20/10%, generated on the fly, never stored),
 * a 1% sample per stratum (rounded up) and 3 alternates, single-threaded. Every benchmark's score
 * is in <b>candidates per second</b> ({@link OperationsPerInvocation} is the population size).
 *
 * <ul>
 *   <li>{@code drawPrepared*}: the draw alone: {@link StreamingSelection} offered candidates built
 *       once per trial and held in an array ({@link Prepared1M}, {@link Prepared10M}), so that the
 *       score is not the making of the input. The figure to compare with the 5 M/s target.
 *   <li>{@code naivePrepared*}: the naive baseline below on the same array (copied, shuffled).
 *   <li>{@code targetDraw1M}: {@link TargetDraw#draw} of a frozen population, as a real draw runs:
 *       on every core, the record built; candidates per second of the machine.
 *   <li>{@code stream*}: {@link StreamingSelection} fed {@link Candidate}s from the iterator (the
 *       candidate objects are built per candidate, as a reader would); memory bounded by the
 *       sample.
 *   <li>{@code streamIds*}: the same draw through {@link StreamingSelection#offer(String,
 *       String)}, which builds a candidate only when it enters a heap.
 *   <li>{@code naiveShuffle*}: the baseline platforms use: store every candidate, shuffle them all
 *       with a seeded {@link SplittableRandom} (Fisher–Yates), take the first {@code n_h} of each
 *       stratum. Not verifiable, and O(N) memory.
 *   <li>{@code populationDigest*}: the first pass of a real draw, which the streaming draw does
 *       not include: store every candidate, {@link Population#of} (sort by id bytes, check
 *       duplicates) and its digest. O(N) memory.
 *   <li>{@code generateOnly1M}, {@code sha256Only1M}, {@code hmacPrecomputed1M},
 *       {@code jcaHmac1M}: profile aids: the cost of producing the candidates alone; of one
 *       SHA-256 digest of the 55-byte key message (one compression); of the key as the streaming
 *       draw computes it (two compressions from the cloned padded-key states); and of the same
 *       HMAC through {@code javax.crypto.Mac} (which re-hashes the padded key every time: four
 *       compressions).
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TargetDrawBenchmark -f 1 -wi 3 -i 5}
 * (add {@code -prof gc} for the bytes allocated per candidate). Peak heap is measured by
 * {@link TargetDrawFootprint}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class TargetDrawBenchmark {
  static final int ONE_MILLION = 1_000_000;
  static final int TEN_MILLION = 10_000_000;
  static final String KEY_STREAM = "SX-2025-BENCH";
  static final int ALTERNATES = 3;
  /** The draw seed: SHA-256 of "doublerandom benchmark". */
  static final byte[] SEED = sha256("doublerandom benchmark".getBytes(StandardCharsets.UTF_8));

  // ---- the streaming draw ----

  /** Streaming draw of candidate objects. */
  static List<DrawRecord.StratumDraw> stream(long n) {
    return StreamingSelection.select(SEED, KEY_STREAM, SyntheticCandidates.onePercent(n),
        ALTERNATES, new SyntheticCandidates(n));
  }

  /** Streaming draw of ids and labels. */
  static List<DrawRecord.StratumDraw> streamIds(long n) {
    StreamingSelection s = StreamingSelection.of(SEED, KEY_STREAM,
        SyntheticCandidates.onePercent(n), ALTERNATES);
    SyntheticCandidates it = new SyntheticCandidates(n);
    while (it.hasNext()) {
      String id = it.nextId();
      s.offer(id, it.lastStratum());
    }
    return s.result();
  }

  /** 1M candidates, streaming. */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public List<DrawRecord.StratumDraw> stream1M() {
    return stream(ONE_MILLION);
  }

  /** 10M candidates, streaming. */
  @Benchmark
  @OperationsPerInvocation(TEN_MILLION)
  public List<DrawRecord.StratumDraw> stream10M() {
    return stream(TEN_MILLION);
  }

  /** 1M ids, streaming. */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public List<DrawRecord.StratumDraw> streamIds1M() {
    return streamIds(ONE_MILLION);
  }

  /** 10M ids, streaming. */
  @Benchmark
  @OperationsPerInvocation(TEN_MILLION)
  public List<DrawRecord.StratumDraw> streamIds10M() {
    return streamIds(TEN_MILLION);
  }

  // ---- the draw alone, on candidates already in memory ----

  /**
   * Candidates built once per trial and held in an array, so that a benchmark over them measures
   * the draw (or the baseline) alone, not the making of its input. The array is the harness's
   * memory, not the draw's: {@link TargetDrawFootprint} measures the draw's.
   */
  @State(Scope.Benchmark)
  public static class Prepared1M {
    final Candidate[] candidates = store(ONE_MILLION);
  }

  /** As {@link Prepared1M}, 10 million candidates (about 1.5 GiB of heap). */
  @State(Scope.Benchmark)
  public static class Prepared10M {
    final Candidate[] candidates = store(TEN_MILLION);
  }

  /**
   * A frozen population of 1M candidates and its manifest ({@code ratio 0.01 ceiling}, 3
   * alternates, recorded seed), for {@link #targetDraw1M}.
   */
  @State(Scope.Benchmark)
  public static class Frozen1M {
    final Population population = Population.of(java.util.Arrays.asList(store(ONE_MILLION)));
    final Manifest manifest = Manifest.create("SX-2025-BENCH", KEY_STREAM,
        DrawDesign.of(DrawMethod.SRSWOR, SizeRule.ratio("0.01")).withAlternates(ALTERNATES),
        SeedPlan.recorded(), population);
    final SeedSource seed = new SeedSource.Recorded(java.util.HexFormat.of().formatHex(SEED));
  }

  /**
   * {@link TargetDraw#draw} of a frozen population of 1M candidates, as the library and the
   * command line run a draw: on every core (chunks of the population drawn in parallel and
   * merged), the record built. Candidates per second of the whole machine, not per core.
   */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public DrawRecord targetDraw1M(Frozen1M in) {
    return TargetDraw.draw(in.manifest, in.seed, in.population);
  }

  /** Streaming draw of candidates already in memory. */
  static List<DrawRecord.StratumDraw> streamPrepared(Candidate[] all) {
    StreamingSelection s = StreamingSelection.of(SEED, KEY_STREAM,
        SyntheticCandidates.onePercent(all.length), ALTERNATES);
    for (Candidate c : all) {
      s.offer(c);
    }
    return s.result();
  }

  /** 1M candidates in memory, streaming draw. */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public List<DrawRecord.StratumDraw> drawPrepared1M(Prepared1M in) {
    return streamPrepared(in.candidates);
  }

  /** 10M candidates in memory, streaming draw. */
  @Benchmark
  @OperationsPerInvocation(TEN_MILLION)
  public List<DrawRecord.StratumDraw> drawPrepared10M(Prepared10M in) {
    return streamPrepared(in.candidates);
  }

  /** 1M candidates in memory, naive baseline (on a copy of the array, which it shuffles). */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public List<Candidate> naivePrepared1M(Prepared1M in) {
    return shuffleAndTake(in.candidates.clone(), ONE_MILLION);
  }

  /** 10M candidates in memory, naive baseline (on a copy of the array, which it shuffles). */
  @Benchmark
  @OperationsPerInvocation(TEN_MILLION)
  public List<Candidate> naivePrepared10M(Prepared10M in) {
    return shuffleAndTake(in.candidates.clone(), TEN_MILLION);
  }

  // ---- the naive baseline ----

  /**
   * Stores all candidates, shuffles them with a seeded generator and takes the first {@code n_h}
   * of each stratum.
   */
  static List<Candidate> naiveShuffle(long n) {
    return shuffleAndTake(store(n), n);
  }

  /** Every candidate, stored. */
  static Candidate[] store(long n) {
    Candidate[] all = new Candidate[Math.toIntExact(n)];
    SyntheticCandidates it = new SyntheticCandidates(n);
    for (int i = 0; i < all.length; i++) {
      all[i] = it.next();
    }
    return all;
  }

  /** Shuffles {@code all} in place and takes the first {@code n_h} of each stratum. */
  static List<Candidate> shuffleAndTake(Candidate[] all, long n) {
    SplittableRandom random = new SplittableRandom(20250301L);
    for (int i = all.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Candidate t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    Map<String, Integer> sizes = SyntheticCandidates.onePercent(n);
    int[] need = new int[SyntheticCandidates.STRATA.length];
    int remaining = 0;
    for (int s = 0; s < need.length; s++) {
      need[s] = sizes.get(SyntheticCandidates.STRATA[s]);
      remaining += need[s];
    }
    List<Candidate> selected = new ArrayList<>(remaining);
    for (int i = 0; i < all.length && remaining > 0; i++) {
      int s = all[i].stratum().charAt(0) - 'A';
      if (need[s] > 0) {
        need[s]--;
        remaining--;
        selected.add(all[i]);
      }
    }
    return selected;
  }

  /** 1M candidates, naive shuffle. */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public List<Candidate> naiveShuffle1M() {
    return naiveShuffle(ONE_MILLION);
  }

  /** 10M candidates, naive shuffle. */
  @Benchmark
  @OperationsPerInvocation(TEN_MILLION)
  public List<Candidate> naiveShuffle10M() {
    return naiveShuffle(TEN_MILLION);
  }

  // ---- the population digest pass ----

  /** Stores all candidates and builds the {@link Population} (sort, checks, digest). */
  static String populationDigest(long n) {
    List<Candidate> all = new ArrayList<>(Math.toIntExact(n));
    new SyntheticCandidates(n).forEachRemaining(all::add);
    return Population.of(all).digest();
  }

  /** 1M candidates, population digest. */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public String populationDigest1M() {
    return populationDigest(ONE_MILLION);
  }

  /** 10M candidates, population digest. */
  @Benchmark
  @OperationsPerInvocation(TEN_MILLION)
  public String populationDigest10M() {
    return populationDigest(TEN_MILLION);
  }

  // ---- profile aids ----

  /** Producing 1M candidates, nothing else. */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public void generateOnly1M(Blackhole bh) {
    SyntheticCandidates it = new SyntheticCandidates(ONE_MILLION);
    while (it.hasNext()) {
      bh.consume(it.next());
    }
  }

  /** One HMAC-SHA-256 per candidate id through javax.crypto.Mac, for comparison. */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public void jcaHmac1M(Blackhole bh) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SEED, "HmacSHA256"));
    byte[] message = new byte[55];
    byte[] out = new byte[32];
    SyntheticCandidates it = new SyntheticCandidates(ONE_MILLION);
    while (it.hasNext()) {
      String id = it.nextId();
      for (int i = 0; i < 18; i++) {
        message[37 + i] = (byte) id.charAt(i);
      }
      mac.update(message);
      mac.doFinal(out, 0);
      bh.consume(out);
    }
  }

  /**
   * One SHA-256 digest of the 55-byte key message per candidate (one compression, the padding
   * included): the floor of the key's cost, which needs two.
   */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public void sha256Only1M(Blackhole bh) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    byte[] message = new byte[55];
    byte[] out = new byte[32];
    SyntheticCandidates it = new SyntheticCandidates(ONE_MILLION);
    while (it.hasNext()) {
      String id = it.nextId();
      for (int i = 0; i < 18; i++) {
        message[37 + i] = (byte) id.charAt(i);
      }
      md.update(message);
      md.digest(out, 0, 32);
      bh.consume(out);
    }
  }

  /**
   * The key as {@link StreamingSelection} computes it, without the selection: HMAC-SHA-256 from
   * the padded-key states hashed once and cloned per candidate (two compressions).
   */
  @Benchmark
  @OperationsPerInvocation(ONE_MILLION)
  public void hmacPrecomputed1M(Blackhole bh) throws GeneralSecurityException,
      CloneNotSupportedException {
    byte[] ipad = new byte[64];
    byte[] opad = new byte[64];
    for (int i = 0; i < 64; i++) {
      byte k = i < 32 ? SEED[i] : 0;
      ipad[i] = (byte) (k ^ 0x36);
      opad[i] = (byte) (k ^ 0x5c);
    }
    MessageDigest inner = MessageDigest.getInstance("SHA-256");
    inner.update(ipad);
    MessageDigest outer = MessageDigest.getInstance("SHA-256");
    outer.update(opad);
    byte[] message = new byte[55];
    byte[] innerHash = new byte[32];
    byte[] out = new byte[32];
    SyntheticCandidates it = new SyntheticCandidates(ONE_MILLION);
    while (it.hasNext()) {
      String id = it.nextId();
      for (int i = 0; i < 18; i++) {
        message[37 + i] = (byte) id.charAt(i);
      }
      MessageDigest in = (MessageDigest) inner.clone();
      in.update(message);
      in.digest(innerHash, 0, 32);
      MessageDigest o = (MessageDigest) outer.clone();
      o.update(innerHash);
      o.digest(out, 0, 32);
      bh.consume(out);
    }
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
