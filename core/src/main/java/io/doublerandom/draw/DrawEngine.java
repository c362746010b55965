package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Runs the selection of docs/draw-spec.md ("Selection") for a manifest and a seed: pure,
 * deterministic, independent of the order of the population.
 */
final class DrawEngine {
  /** Populations at least this large are split into chunks drawn in parallel, then merged. */
  static final int PARALLEL_THRESHOLD = 1 << 16;

  private DrawEngine() {}

  static List<DrawRecord.StratumDraw> run(byte[] seed, Manifest manifest, Population population) {
    return run(new Prf(seed, manifest.keyStream()), manifest, population);
  }

  /**
   * Runs the selection with the keys of {@code keys}: a {@link Prf} of the seed and the
   * manifest's key stream in every draw, synthetic keys in enumeration tests.
   */
  static List<DrawRecord.StratumDraw> run(KeyFunction keys, Manifest manifest,
      Population population) {
    checkArgument(population.strata().size() == manifest.strata().size(),
        "the population has %s strata, the manifest %s", population.strata().size(),
        manifest.strata().size());
    return switch (manifest.design().method()) {
      case SRSWOR -> srswor(keys, manifest, population);
      case POISSON, PIVOTAL -> weighted(keys, manifest, population);
    };
  }

  // ---- simple random sampling without replacement ----

  private static List<DrawRecord.StratumDraw> srswor(KeyFunction keys, Manifest manifest,
      Population population) {
    StreamingSelection selection;
    if (keys instanceof Prf prf) {
      selection = select(prf, manifest, population.candidates());
    } else {
      selection = StreamingSelection.withGivenKeys(manifest);
      for (Candidate c : population.candidates()) {
        selection.offer(c, keys.order(c));
      }
    }
    return selection.result();
  }

  /**
   * Offers every candidate to a {@link StreamingSelection}, in parallel chunks for large
   * populations, merging the chunks' selections (the result does not depend on the split).
   */
  static StreamingSelection select(Prf prf, Manifest manifest, List<Candidate> candidates) {
    int n = candidates.size();
    int threads = Runtime.getRuntime().availableProcessors();
    if (n < PARALLEL_THRESHOLD || threads < 2) {
      StreamingSelection selection = StreamingSelection.forManifest(manifest, prf.copy());
      candidates.forEach(selection::offer);
      return selection;
    }
    int chunks = threads * 4;
    return IntStream.range(0, chunks).parallel().mapToObj(i -> {
      StreamingSelection part = StreamingSelection.forManifest(manifest, prf.copy());
      int from = (int) ((long) n * i / chunks);
      int to = (int) ((long) n * (i + 1) / chunks);
      for (int j = from; j < to; j++) {
        part.offer(candidates.get(j));
      }
      return part;
    }).reduce(StreamingSelection::merge).orElseThrow();
  }

  // ---- risk-weighted: Poisson and ordered pivotal ----

  private static List<DrawRecord.StratumDraw> weighted(KeyFunction keys, Manifest manifest,
      Population population) {
    Map<String, List<Candidate>> byStratum = groupByStratum(population);
    List<DrawRecord.StratumDraw> out = new ArrayList<>();
    for (Manifest.StratumPlan s : manifest.strata()) {
      List<Candidate> members = byStratum.get(s.stratum());
      checkArgument(members != null && members.size() == s.population(),
          "stratum %s: the manifest counts %s candidates, the population has %s", s.stratum(),
          s.population(), members == null ? 0 : members.size());
      out.add(weightedStratum(keys, manifest.design(), s, members));
    }
    return out;
  }

  private static DrawRecord.StratumDraw weightedStratum(KeyFunction keys, DrawDesign design,
      Manifest.StratumPlan plan, List<Candidate> members) {
    InclusionProbabilities pi = InclusionProbabilities.compute(scores(members), plan.sample());
    checkArgument(pi.size() == plan.sample(),
        "stratum %s: the manifest's sample size %s is not the capped size %s", plan.stratum(),
        plan.sample(), pi.size());
    BigInteger d = pi.denominator();
    int count = members.size();
    Unit[] units = new Unit[count];
    for (int k = 0; k < count; k++) {
      Candidate c = members.get(k);
      units[k] = new Unit(new Keyed(c, keys.order(c)), pi.numerator(k));
    }
    if (design.method() == DrawMethod.POISSON) {
      for (Unit u : units) {
        u.selected = below(u.kv, u.p, d);
      }
    } else {
      Unit[] order = units.clone();
      java.util.Arrays.sort(order, Comparator.comparing((Unit u) -> u.k, Keyed.KEY_ORDER));
      BigInteger[] p = new BigInteger[count];
      for (int i = 0; i < count; i++) {
        p[i] = order[i].p;
      }
      boolean[] chosen = Pivotal.run(p, d, (j, num, den) -> {
        BigInteger v = new BigInteger(1, keys.pivot(order[j].k.candidate));
        return below(v, num, den);
      });
      for (int i = 0; i < count; i++) {
        order[i].selected = chosen[i];
      }
    }
    List<Unit> ranked = new ArrayList<>();
    for (Unit u : units) {
      if (u.p.signum() > 0) {
        ranked.add(u);
      }
    }
    ranked.sort(Unit.RANK_ORDER);
    List<DrawRecord.Drawn> selected = new ArrayList<>();
    List<DrawRecord.Drawn> reserve = new ArrayList<>();
    for (Unit u : ranked) {
      DrawRecord.Drawn drawn = new DrawRecord.Drawn(u.k.candidate.id(), u.k.keyHex(),
          Rational.of(u.p, d));
      if (u.selected) {
        selected.add(drawn);
      } else if (reserve.size() < design.alternates()) {
        reserve.add(drawn);
      }
    }
    List<DrawRecord.Probability> probabilities = new ArrayList<>(count);
    for (Unit u : units) {
      probabilities.add(new DrawRecord.Probability(u.k.candidate.id(), Rational.of(u.p, d)));
    }
    return new DrawRecord.StratumDraw(plan.stratum(), plan.population(), plan.sample(), selected,
        reserve, probabilities);
  }

  /**
   * Whether the uniform {@code x / 2^256} is below {@code num / den}, exactly: {@code x·den <
   * num·2^256}. Over a uniform 256-bit {@code x} this holds with probability {@code
   * ceil(num·2^256/den) / 2^256}, within {@code 2^-256} of {@code num/den}.
   */
  static boolean below(BigInteger x, BigInteger num, BigInteger den) {
    return x.multiply(den).compareTo(num.shiftLeft(256)) < 0;
  }

  /** A candidate of a weighted stratum: key, probability numerator (over D), outcome. */
  private static final class Unit {
    /** Ascending ξ = K/π (cross-multiplied: K_a·P_b vs K_b·P_a), ties by id bytes. */
    static final Comparator<Unit> RANK_ORDER = (a, b) -> {
      int c = a.kv.multiply(b.p).compareTo(b.kv.multiply(a.p));
      return c != 0 ? c : Codec.compareBytes(a.k.candidate.idBytes(), b.k.candidate.idBytes());
    };

    final Keyed k;
    final BigInteger kv;
    final BigInteger p;
    boolean selected;

    Unit(Keyed k, BigInteger p) {
      this.k = k;
      this.kv = k.keyValue();
      this.p = p;
    }
  }

  /** The candidates of each stratum in id order, strata in label order. */
  static Map<String, List<Candidate>> groupByStratum(Population population) {
    Map<String, List<Candidate>> m = new TreeMap<>(Codec.UTF8_ORDER);
    for (Candidate c : population.candidates()) {
      m.computeIfAbsent(c.stratum(), x -> new ArrayList<>()).add(c);
    }
    return m;
  }

  /** The scores of candidates of a weighted design; every candidate must have one. */
  static List<BigDecimal> scores(List<Candidate> members) {
    List<BigDecimal> scores = new ArrayList<>(members.size());
    for (Candidate c : members) {
      scores.add(c.score().orElseThrow(() -> new IllegalArgumentException("candidate " + c.id()
          + " in stratum " + c.stratum() + " has no risk score; weighted designs need one")));
    }
    return scores;
  }
}
